import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { EasyLanguageSummary } from '@/components/ui/easy-language-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { ProgressBar } from '@/components/ui/progress-bar';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { DraftBadge, StatusBadge } from '@/components/ui/status-badge';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useSession } from '@/features/auth/hooks/use-session';
import { HistoryLink } from '@/features/history/components/history-link';
import { useMeasure, useSteps } from '@/features/measures/api/measures';
import { StepChecklist } from '@/features/measures/components/step-checklist';
import { formatPeriod } from '@/features/measures/utils/period';
import { usePresentations } from '@/features/presentations/api/presentations';
import { PresentationList } from '@/features/presentations/components/presentation-list';
import { RespondSection } from '@/features/messages/components/respond-section';
import { formatMoney } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

// Only measures with a place load the map.
const PlaceSection = lazy(() => import('@/features/map/components/place-section').then((m) => ({ default: m.PlaceSection })));

/** Everything about one measure. */
export default function MeasurePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const { slug = '', id = '' } = useParams();
  const measure = useMeasure(slug, id);
  const steps = useSteps(slug, id);
  const presentations = usePresentations(slug);
  const { hash } = useLocation();
  const session = useSession();

  // Links to a step (…#step-<id>, e.g. from "steps due soon" or search) jump to it once the steps are there.
  useEffect(() => {
    if (steps.isSuccess && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [steps.isSuccess, hash]);

  if (measure.isError) {
    return (
      <>
        <PageHeading>{t('measure.title')}</PageHeading>
        <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />
      </>
    );
  }
  if (measure.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('measure.title')}>
          <span className="visually-hidden">{t('measure.title')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <Skeleton lines={4} />
        <Skeleton className="skeleton--card" lines={8} />
      </div>
    );
  }

  const m = measure.data;
  const label = (g: { labelDe: string; labelEn: string }) => (lang === 'en' ? g.labelEn : g.labelDe);
  const presented = presentations.data?.items.filter((p) => p.measures.some((pm) => pm.id === m.id)) ?? [];

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
        <span aria-hidden="true"> › </span>
        <AppLink to={paths.measures(slug)}>{t('nav.measures')}</AppLink>
      </p>
      <PageHeading preline={`${t('measure.title')} ${m.code}`} content>
        {m.title}
      </PageHeading>

      {session.me ? (
        <p className="edit-link inline-list no-print">
          {session.canEdit(slug) ? (
            <AppLink to={paths.measureEdit(slug, m.id)} className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t('measureEdit.link')}</span>
            </AppLink>
          ) : null}
          <HistoryLink to={paths.history.measure(slug, m.id)} />
        </p>
      ) : null}
      <div className="measure-status">
        <DraftBadge status={m.publicationStatus} />
        <StatusBadge status={m.status} />
        <ProgressBar value={m.progress} />
      </div>

      <EasyLanguageSummary text={m.easyLanguageSummary} />
      {m.summary ? (
        <p className="kern-body kern-body--large lead" lang={contentLang}>
          {m.summary}
        </p>
      ) : null}
      {m.description ? (
        <div className="prose" lang={contentLang}>
          {m.description.split(/\n{2,}/).map((para, i) => (
            <p key={i} className="kern-body">
              {para}
            </p>
          ))}
        </div>
      ) : null}

      <section aria-labelledby="facts-heading" className="section">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t('measure.facts')}
        </h2>
        <dl className="kern-description-list facts">
          <Fact label={t('measure.period')}>{formatPeriod(m.startDate, m.endDate, lang, t('measure.open'), t('measure.noPeriod'))}</Fact>
          <Fact label={t('measure.lead')}>
            {m.leadActor ? (
              <AppLink to={`${paths.actors(slug)}#actor-${m.leadActor.id}`}>{m.leadActor.name}</AppLink>
            ) : (
              '–'
            )}
          </Fact>
          <Fact label={t('measure.partners')}>
            {m.partnerActors.length
              ? m.partnerActors.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 ? ', ' : ''}
                    <AppLink to={`${paths.actors(slug)}#actor-${a.id}`}>{a.name}</AppLink>
                  </span>
                ))
              : '–'}
          </Fact>
          <Fact label={t('measure.targetGroups')}>{m.targetGroups.length ? m.targetGroups.map(label).join(', ') : '–'}</Fact>
          <Fact label={t('measure.actionFields')}>
            <AppLink to={paths.actionField(slug, m.actionField.id)}>{m.actionField.title}</AppLink>
            {m.furtherActionFields.map((f) => (
              <span key={f.id}>
                {', '}
                <AppLink to={paths.actionField(slug, f.id)}>{f.title}</AppLink>
              </span>
            ))}
          </Fact>
          <Fact label={t('measure.priority')}>{t(`priority.${m.priority}`)}</Fact>
          {m.location ? <Fact label={t('measure.location')}>{m.location}</Fact> : null}
          <Fact label={t('measure.budget')}>
            {m.budget ? formatMoney(m.budget, lang) : '–'}
            {m.fundingSource ? ` (${m.fundingSource})` : ''}
          </Fact>
        </dl>
      </section>

      {m.locationGeometry ? (
        <Suspense fallback={<div className="map-placeholder map-placeholder--small" />}>
          <PlaceSection measure={m} />
        </Suspense>
      ) : null}

      <section aria-labelledby="needs-heading" className="section">
        <h2 id="needs-heading" className="kern-heading-medium">
          {t('measure.needs')}
        </h2>
        {m.needs.length ? (
          <ul className="kern-list">
            {m.needs.map((n) => (
              <li key={n.id}>
                <AppLink to={paths.need(slug, n.id)}>
                  {n.code} {n.title}
                </AppLink>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('measure.noNeeds')}</EmptyState>
        )}
      </section>

      <section aria-labelledby="steps-heading" className="section" aria-busy={steps.isPending}>
        <h2 id="steps-heading" className="kern-heading-medium">
          {t('measure.steps')}
        </h2>
        {steps.isPending ? (
          <Skeleton lines={Math.max(2, m.steps.length * 2)} />
        ) : steps.isError ? (
          <ErrorState error={steps.error} onRetry={() => void steps.refetch()} />
        ) : (
          <StepChecklist steps={steps.data.items} historyOf={(stepId) => paths.history.step(slug, m.id, stepId)} />
        )}
      </section>

      <section aria-labelledby="dates-heading" className="section" aria-busy={presentations.isPending}>
        <h2 id="dates-heading" className="kern-heading-medium">
          {t('measure.presentations')}
        </h2>
        {presentations.isPending ? (
          <Skeleton lines={3} />
        ) : presentations.isError ? (
          <ErrorState error={presentations.error} onRetry={() => void presentations.refetch()} />
        ) : presented.length ? (
          <PresentationList slug={slug} presentations={presented} hideMeasures />
        ) : (
          <EmptyState>{t('measure.noPresentations')}</EmptyState>
        )}
      </section>

      {m.links.length ? (
        <section aria-labelledby="links-heading" className="section">
          <h2 id="links-heading" className="kern-heading-medium">
            {t('measure.links')}
          </h2>
          <ul className="kern-list">
            {m.links.map((l) => (
              <li key={l.url}>
                <a className="kern-link" href={l.url} rel="noopener">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RespondSection slug={slug} measureId={m.id} />
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
