import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { DraftBadge } from '@/components/ui/status-badge';
import { ErrorState } from '@/components/ui/states';
import { useSession } from '@/features/auth/hooks/use-session';
import { HistoryLink } from '@/features/history/components/history-link';
import { useIndicator } from '@/features/indicators/api/indicators';
import { IndicatorChart } from '@/features/indicators/components/indicator-chart';
import { IndicatorStatus } from '@/features/indicators/components/indicator-status';
import { IndicatorTable } from '@/features/indicators/components/indicator-table';
import '@/features/indicators/indicator-texts';
import { formatFigure, periodText } from '@/features/indicators/utils/indicator-figures';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** An indicator: what it measures, where it stands, its development as a chart and as a table, and what it is linked to. */
export default function IndicatorPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const { slug = '', id = '' } = useParams();
  const indicator = useIndicator(slug, id);
  const session = useSession();

  if (indicator.isError) {
    return (
      <>
        <PageHeading>{t('indicators.heading')}</PageHeading>
        <ErrorState error={indicator.error} onRetry={() => void indicator.refetch()} />
      </>
    );
  }
  if (indicator.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('indicators.heading')}>
          <span className="visually-hidden">{t('indicators.heading')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <Skeleton lines={8} />
      </div>
    );
  }
  const i = indicator.data;
  const fig = (v: number) => formatFigure(v, i.unit, lang);
  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      <PageHeading preline={t('indicators.heading')} content>
        {i.name}
      </PageHeading>
      <p className="inline-list record-tools no-print">
        <DraftBadge status={i.publicationStatus} />
        {session.canEdit(slug) ? (
          <AppLink to={paths.indicatorEdit(slug, i.id)} className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('indicators.form.editLink')}: ${i.name}`}>
            <span className="kern-label">{t('indicators.form.editLink')}</span>
          </AppLink>
        ) : null}
        <HistoryLink to={paths.history.indicator(slug, i.id)} />
      </p>
      {i.description ? (
        <p className="kern-body prose" lang={contentLang}>
          {i.description}
        </p>
      ) : null}
      <IndicatorStatus indicator={i} />
      <dl className="facts kern-body kern-body--small">
        {i.unit ? (
          <>
            <dt>{t('indicators.unit')}</dt>
            <dd lang={contentLang}>{i.unit}</dd>
          </>
        ) : null}
        <dt>{t('indicators.form.direction')}</dt>
        <dd>{t(`indicators.direction.${i.direction}`)}</dd>
        <dt>{t('indicators.spatialLevelLabel')}</dt>
        <dd>{t(`indicators.spatialLevel.${i.spatialLevel}`)}</dd>
        {i.baseline ? (
          <>
            <dt>{t('indicators.baseline')}</dt>
            <dd>{t('indicators.baselineValue', { value: fig(i.baseline.value), period: periodText(i.baseline, lang) })}</dd>
          </>
        ) : null}
        {i.source ? (
          <>
            <dt>{t('indicators.source')}</dt>
            <dd lang={contentLang}>{i.source}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="development-heading" className="section">
        <h2 id="development-heading" className="kern-heading-medium">
          {t('indicators.page.chartHeading')}
        </h2>
        {i.values.length ? <IndicatorChart indicator={i} /> : null}
        <h3 className="kern-heading-small">{t('indicators.page.tableHeading')}</h3>
        <IndicatorTable indicator={i} />
        {i.targets.length ? (
          <>
            <h3 className="kern-heading-small">{t('indicators.page.targets')}</h3>
            <ul className="kern-body" role="list">
              {i.targets.map((target) => (
                <li key={target.year}>
                  {t('indicators.target', { year: target.year, value: fig(target.value) })}
                  {target.note ? <span lang={contentLang}> – {target.note}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {i.actionFields.length || i.needs.length || i.measures.length ? (
        <section aria-labelledby="links-heading" className="section">
          <h2 id="links-heading" className="kern-heading-medium">
            {t('indicators.measures')}
          </h2>
          {i.actionFields.length ? (
            <>
              <h3 className="kern-heading-small">{t('indicators.linkedFields')}</h3>
              <ul className="kern-body" role="list">
                {i.actionFields.map((f) => (
                  <li key={f.id}>
                    <AppLink to={paths.actionField(slug, f.id)}>{f.title}</AppLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {i.needs.length ? (
            <>
              <h3 className="kern-heading-small">{t('indicators.linkedNeeds')}</h3>
              <ul className="kern-body" role="list">
                {i.needs.map((n) => (
                  <li key={n.id}>
                    <AppLink to={paths.need(slug, n.id)}>
                      {n.code} {n.title}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {i.measures.length ? (
            <>
              <h3 className="kern-heading-small">{t('indicators.linkedMeasures')}</h3>
              <ul className="kern-body" role="list">
                {i.measures.map((m) => (
                  <li key={m.id}>
                    <AppLink to={paths.measure(slug, m.id)}>
                      {m.code} {m.title}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
