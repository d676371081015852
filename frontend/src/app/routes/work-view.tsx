import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { DraftBadge } from '@/components/ui/status-badge';
import { useSession } from '@/features/auth/hooks/use-session';
import { useActiveMeasures, useUncoveredNeeds, useUpcomingPresentations } from '@/features/work-view/api/work-view';
import { MeasureWorkItem } from '@/features/work-view/components/measure-work-item';
import { WorkSection } from '@/features/work-view/components/work-section';
import '@/features/work-view/texts';
import { selectMeasureWork } from '@/features/work-view/utils/work-items';
import { formatDate, today } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** For the editors of an area: the gaps and the neglected, each linking to the record and its edit page. */
export default function WorkViewPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { pathname } = useLocation();
  const session = useSession();

  if (session.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading>{t('workView.title')}</PageHeading>
        <Skeleton lines={8} />
      </div>
    );
  }
  if (!session.canEdit(slug)) {
    return (
      <>
        <PageHeading>{t('workView.title')}</PageHeading>
        <p className="kern-body">{t('workView.onlyEditors')}</p>
        {!session.me ? (
          <p className="kern-body">
            <AppLink to={paths.login(pathname)}>{t('workView.loginFirst')}</AppLink>
          </p>
        ) : null}
      </>
    );
  }
  return <WorkLists slug={slug} />;
}

function WorkLists({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const needs = useUncoveredNeeds(slug);
  const measures = useActiveMeasures(slug);
  const presentations = useUpcomingPresentations(slug);
  const now = today();
  const work = measures.data ? selectMeasureWork(measures.data, new Date(), now) : undefined;
  const retryMeasures = () => void measures.refetch();

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      <PageHeading>{t('workView.title')}</PageHeading>
      <p className="kern-body">{t('workView.intro')}</p>
      <p className="kern-body no-print inline-list">
        <AppLink to={paths.steps(slug)}>{t('areaSteps.link')}</AppLink>
        <AppLink to={paths.importSheet(slug)}>{t('nav.importSheet')}</AppLink>
      </p>

      <WorkSection
        id="uncovered-needs"
        title={t('workView.uncoveredNeeds')}
        none={t('workView.uncoveredNeedsNone')}
        count={needs.data?.items.length}
        total={needs.data?.totalItems}
        error={needs.error}
        onRetry={() => void needs.refetch()}
      >
        {needs.data?.items.map((n) => (
          <li key={n.id} className="work-item" data-testid="work-item">
            <p className="kern-body work-item__title">
              <AppLink to={paths.need(slug, n.id)}>
                {n.code} <span lang={contentLang}>{n.title}</span>
              </AppLink>{' '}
              <DraftBadge status={n.publicationStatus} />
            </p>
            <p className="kern-body kern-body--small">
              {t('field.title')}: <AppLink to={paths.actionField(slug, n.actionField.id)}>{n.actionField.title}</AppLink>
            </p>
          </li>
        ))}
      </WorkSection>

      <WorkSection
        id="overdue-steps"
        title={t('workView.overdueSteps')}
        none={t('workView.overdueStepsNone')}
        count={work?.withOverdueSteps.length}
        error={measures.error}
        onRetry={retryMeasures}
      >
        {work?.withOverdueSteps.map(({ measure, steps }) => (
          <MeasureWorkItem key={measure.id} slug={slug} measure={measure}>
            <ul className="kern-list work-item__steps">
              {steps.map((s) => (
                <li key={s.id}>
                  <AppLink to={`${paths.measure(slug, measure.id)}#step-${s.id}`}>
                    <span lang={contentLang}>{s.title}</span>
                  </AppLink>{' '}
                  <span className="due-list__date--overdue">{t('workView.dueOn', { date: formatDate(s.dueDate, lang) })}</span>
                </li>
              ))}
            </ul>
          </MeasureWorkItem>
        ))}
      </WorkSection>

      <WorkSection
        id="without-steps"
        title={t('workView.withoutSteps')}
        none={t('workView.withoutStepsNone')}
        count={work?.withoutSteps.length}
        error={measures.error}
        onRetry={retryMeasures}
      >
        {work?.withoutSteps.map((m) => <MeasureWorkItem key={m.id} slug={slug} measure={m} />)}
      </WorkSection>

      <WorkSection
        id="not-updated"
        title={t('workView.notUpdated')}
        none={t('workView.notUpdatedNone')}
        count={work?.notUpdated.length}
        error={measures.error}
        onRetry={retryMeasures}
      >
        {work?.notUpdated.map((m) => (
          <MeasureWorkItem key={m.id} slug={slug} measure={m}>
            <p className="kern-body kern-body--small">
              {t('workView.lastChange', { date: formatDate(m.updatedAt.slice(0, 10), lang) })}
            </p>
          </MeasureWorkItem>
        ))}
      </WorkSection>

      <WorkSection
        id="upcoming-presentations"
        title={t('workView.upcoming')}
        none={t('workView.upcomingNone')}
        count={presentations.data?.items.length}
        total={presentations.data?.totalItems}
        error={presentations.error}
        onRetry={() => void presentations.refetch()}
      >
        {presentations.data?.items.map((p) => (
          <li key={p.id} className="work-item" data-testid="work-item">
            <p className="kern-body work-item__title">
              <time dateTime={p.date}>{formatDate(p.date, lang)}</time>
              {' · '}
              <AppLink to={`${paths.presentations(slug)}#presentation-${p.id}`}>
                {p.committee.name}: <span lang={contentLang}>{p.title}</span>
              </AppLink>{' '}
              <DraftBadge status={p.publicationStatus} />
              {p.status !== 'SCHEDULED' ? (
                <span className="kern-badge kern-badge--warning">
                  <span className="kern-label kern-label--small">{t(`presentationStatus.${p.status}`)}</span>
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </WorkSection>
    </>
  );
}
