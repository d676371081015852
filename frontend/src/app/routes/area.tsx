import { lazy, memo, Suspense, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DownloadLinks } from '@/components/ui/download-links';
import { EasyLanguageSummary } from '@/components/ui/easy-language-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { ProgressBar } from '@/components/ui/progress-bar';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { DraftBadge } from '@/components/ui/status-badge';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { areaOverviewQuery, useAreaOverview } from '@/features/areas/api/areas';
import { ActionFieldCards } from '@/features/areas/components/action-field-cards';
import { EditionBox } from '@/features/areas/components/edition-box';
import { KeyFigures, KeyFiguresSkeleton } from '@/features/areas/components/key-figures';
import { StatusChart } from '@/features/areas/components/status-chart';
import { StepsDueSoon } from '@/features/areas/components/steps-due-soon';
import { useSession } from '@/features/auth/hooks/use-session';
import { HistoryLink } from '@/features/history/components/history-link';
import { IndicatorSection } from '@/features/indicators/components/indicator-section';
import { PresentationList } from '@/features/presentations/components/presentation-list';
import { paths, sheetPaths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';
import type { PageModule } from '../page';

// What only editors see (its form definitions and publish button) loads only for them.
const AreaEditorActions = lazy(() =>
  import('@/features/areas/components/area-editor-actions').then((m) => ({ default: m.AreaEditorActions })),
);
// The map (Leaflet and its texts) loads after the rest of the page.
const AreaMapSection = lazy(() => import('@/features/map/components/area-map-section').then((m) => ({ default: m.AreaMapSection })));

/**
 * The page's data, fetched before the first render when the server sent the page pre-rendered (see main.tsx): once,
 * and waited for 1.5 s at most, so that a slow or failing answer does not keep the app from starting (the page then
 * shows its skeleton or the error).
 */
export const prefetch: PageModule['prefetch'] = (queryClient, { slug = '' }) =>
  Promise.race([
    queryClient.query({ ...areaOverviewQuery(slug), retry: false }).then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, 1500)),
  ]);

/** Front page of an area: key figures, profile, action fields, progress, next committee dates, due steps, edition. */
export default function AreaPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const overview = useAreaOverview(slug);
  const contentLang = useContentLang();
  const session = useSession();
  // The overview does not say which action fields are drafts; those who see drafts get them from the list.
  const fieldList = useActionFields(slug, session.seesDrafts(slug));
  const o = overview.data;
  // Below the heading, key figures and profile the page is built in a deferred render, which React does in slices:
  // the top shows at once, and the main thread stays free while the rest is built.
  const later = useDeferredValue(o);
  // (as text, so that the memoised sections below see a change only when the drafts change)
  const draftIds = fieldList.data?.items.flatMap((f) => (f.publicationStatus === 'DRAFT' ? [f.id] : [])).join(' ') ?? '';

  if (overview.isError) {
    return (
      <>
        <PageHeading>{t('area.title')}</PageHeading>
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      </>
    );
  }

  if (!o) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('area.title')}>
          <span className="visually-hidden">{t('area.title')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <KeyFiguresSkeleton />
        <Skeleton lines={4} />
        <FieldCardsSkeleton />
      </div>
    );
  }

  const { area } = o;
  return (
    <>
      <PageHeading preline={area.municipality} content>
        {area.name}
      </PageHeading>
      {session.me ? (
        <p className="inline-list record-tools no-print">
          {session.canEdit(slug) ? <AppLink to={paths.workView(slug)}>{t('nav.workView')}</AppLink> : null}
          {session.canEdit(slug) ? <AppLink to={paths.importSheet(slug)}>{t('nav.importSheet')}</AppLink> : null}
          {session.canEdit(slug) ? <AppLink to={paths.messages(slug)}>{t('nav.inbox')}</AppLink> : null}
          <HistoryLink to={paths.history.area(slug)} />
        </p>
      ) : null}
      {session.canEdit(slug) ? (
        <Suspense fallback={<DraftBadge status={area.publicationStatus} />}>
          <AreaEditorActions area={area} />
        </Suspense>
      ) : (
        <DraftBadge status={area.publicationStatus} />
      )}
      <EasyLanguageSummary text={area.easyLanguageSummary} />
      <KeyFigures area={area} />

      {area.summary ? (
        <section aria-labelledby="profile-heading" className="section">
          <h2 id="profile-heading" className="kern-heading-medium">
            {t('area.profile')}
          </h2>
          <p className="kern-body prose" lang={contentLang}>
            {area.summary}
          </p>
          {area.description ? (
            <details className="more">
              <summary className="kern-link">{t('area.moreProfile')}</summary>
              <div className="prose" lang={contentLang}>
                {area.description.split(/\n{2,}/).map((para, i) => (
                  <p key={i} className="kern-body">
                    {para}
                  </p>
                ))}
              </div>
            </details>
          ) : null}
        </section>
      ) : null}

      {later ? (
        <AreaSections slug={slug} o={later} draftIds={draftIds} canEdit={session.canEdit(slug)} />
      ) : (
        <div aria-busy="true">
          <FieldCardsSkeleton />
        </div>
      )}
    </>
  );
}

type Overview = NonNullable<ReturnType<typeof useAreaOverview>['data']>;

function FieldCardsSkeleton() {
  return (
    <div className="card-grid card-grid--fields">
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <Skeleton key={i} className="skeleton--card" lines={6} />
      ))}
    </div>
  );
}

/**
 * The area page below its profile: action fields, map, indicators, progress, dates, due steps, edition. Memoised: the
 * page above renders again whenever one of its queries changes (the session, the action fields the map also asks for),
 * and such a render is synchronous, so it should not take this part along.
 */
const AreaSections = memo(function AreaSections({ slug, o, draftIds, canEdit }: { slug: string; o: Overview; draftIds: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const drafts = useMemo(() => new Set(draftIds.split(' ')), [draftIds]);
  const { area } = o;
  return (
    <>
      <section aria-labelledby="fields-heading" className="section">
        <h2 id="fields-heading" className="kern-heading-medium">
          {t('area.actionFields')}
        </h2>
        <p className="kern-body">
          {t('area.fieldsSummary', { needs: o.needsCount, measures: o.measuresCount })}{' '}
          {o.uncoveredNeedsCount > 0 ? <AppLink to={paths.uncoveredNeeds(slug)}>{t('area.uncoveredSummary', { count: o.uncoveredNeedsCount })}</AppLink> : null}
        </p>
        {o.actionFields.length ? (
          <ActionFieldCards slug={slug} fields={o.actionFields} drafts={drafts} />
        ) : (
          <EmptyState>{t('area.noFields')}</EmptyState>
        )}
        {o.needsCount > 0 ? <DownloadLinks apiPath={sheetPaths.needs(slug)} what={t('download.needs')} /> : null}
      </section>

      <Suspense fallback={<div className="map-placeholder" />}>
        <AreaMapSection slug={slug} area={area} />
      </Suspense>

      <IndicatorSection slug={slug} canEdit={canEdit} />

      <div className="two-columns">
        <section aria-labelledby="progress-heading" className="section">
          <h2 id="progress-heading" className="kern-heading-medium">
            {t('area.progress')}
          </h2>
          {o.meanProgress != null ? <ProgressBar value={o.meanProgress} label={t('area.meanProgress')} /> : null}
          <StatusChart counts={o.measuresByStatus} caption={t('area.statusChart', { count: o.measuresCount })} />
          <p className="no-print">
            <AppLink to={paths.measures(slug)}>{t('area.allMeasures')}</AppLink>
          </p>
        </section>

        <section aria-labelledby="dates-heading" className="section">
          <h2 id="dates-heading" className="kern-heading-medium">
            {t('area.nextDates')}
          </h2>
          {o.upcomingPresentations.length ? (
            <PresentationList slug={slug} presentations={o.upcomingPresentations} />
          ) : (
            <EmptyState>{t('area.noUpcoming')}</EmptyState>
          )}
          <p className="no-print">
            <AppLink to={paths.presentations(slug)}>{t('area.allDates')}</AppLink>
          </p>
        </section>
      </div>

      <div className="two-columns">
        <section aria-labelledby="due-heading" className="section">
          <h2 id="due-heading" className="kern-heading-medium">
            {t('area.stepsDue')}
          </h2>
          <StepsDueSoon slug={slug} steps={o.stepsDueSoon} />
          <p className="no-print">
            <AppLink to={paths.steps(slug)}>{t('areaSteps.link')}</AppLink>
          </p>
        </section>

        <section aria-labelledby="edition-heading" className="section">
          <h2 id="edition-heading" className="kern-heading-medium">
            {t('area.edition')}
          </h2>
          <EditionBox slug={slug} edition={o.currentEdition} />
          {o.currentEdition ? <HistoryLink to={paths.history.edition(slug, o.currentEdition.id)} label={o.currentEdition.label} /> : null}
        </section>
      </div>
    </>
  );
});
