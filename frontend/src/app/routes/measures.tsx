import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DownloadLinks } from '@/components/ui/download-links';
import { PageHeading } from '@/components/ui/page-heading';
import { Pagination } from '@/components/ui/pagination';
import { PublicationFilter } from '@/components/ui/publication-filter';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useActorsOfArea } from '@/features/actors/api/actors';
import { useSession } from '@/features/auth/hooks/use-session';
import { useMeasures, useTargetGroups } from '@/features/measures/api/measures';
import { ActiveFilters, useActiveFilterChips } from '@/features/measures/components/active-filters';
import { MeasureFilterForm, type FilterOptions } from '@/features/measures/components/measure-filter-form';
import { MeasureList } from '@/features/measures/components/measure-list';
import { MeasureTimeline } from '@/features/measures/components/measure-timeline';
import { NewMeasureLink } from '@/features/measures/components/new-measure-link';
import { RESULT_COUNT_ID, useMeasureFilters } from '@/features/measures/hooks/use-measure-filters';
import { DEFAULT_FILTERS, filtersToApiQuery, filtersToMapQuery, filtersToSearchParams, hasActiveFilters, PAGE_SIZE, type MeasureFilters } from '@/features/measures/utils/filters';
import { paths, sheetPaths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

const MeasuresMap = lazy(() => import('@/features/map/components/map-view').then((m) => ({ default: m.MeasuresMap })));

/** The measures of an area: filters, sorting and paging in the URL; as a list or on a timeline. */
export default function MeasuresPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { slug = '' } = useParams();
  const [filters, setFilters] = useMeasureFilters();
  // on narrow screens the filters fold away (CSS shows them always on wide ones)
  const [filtersOpen, setFiltersOpen] = useState(false);
  const canEdit = useSession().canEdit(slug);
  const timeline = filters.view === 'timeline';
  const onMap = filters.view === 'map';
  // The timeline shows every match on one axis; the list pages through them.
  const measures = useMeasures(slug, timeline ? { ...filters, page: 1 } : filters, timeline ? 200 : PAGE_SIZE);
  const fields = useActionFields(slug);
  const groups = useTargetGroups();
  const actors = useActorsOfArea(slug);

  const options: FilterOptions = {
    actionFields: (fields.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` })),
    targetGroups: (groups.data?.items ?? []).map((g) => ({ value: g.code, label: lang === 'en' ? g.labelEn : g.labelDe })),
    actors: (actors.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
  };

  const chips = useActiveFilterChips(filters, options);
  const apply = (next: MeasureFilters) => {
    setFiltersOpen(false);
    // the same filters again change no URL, so the layout moves no focus: the count takes it here
    if (String(filtersToSearchParams(next)) === String(filtersToSearchParams(filters))) document.getElementById(RESULT_COUNT_ID)?.focus();
    else setFilters(next);
  };

  const hrefWith = (change: Partial<MeasureFilters>) => paths.measures(slug, filtersToSearchParams({ ...filters, ...change }));
  const total = measures.data?.totalItems;
  const totalPages = measures.data?.totalPages ?? 0;

  return (
    <>
      <PageHeading>{t('measures.title')}</PageHeading>
      <NewMeasureLink slug={slug} />
      {canEdit ? <PublicationFilter /> : null}
      <div className="measures-layout">
        <div className="filter-panel">
          <button type="button" className="kern-btn kern-btn--secondary filter-panel__toggle" aria-expanded={filtersOpen} aria-controls="measure-filters" onClick={() => setFiltersOpen((o) => !o)}>
            <span className={filtersOpen ? 'kern-icon kern-icon--arrow-up' : 'kern-icon kern-icon--arrow-down'} aria-hidden="true" />
            <span className="kern-label">
              {filtersOpen ? t('measureFilters.hide') : t('measureFilters.show')}
              {chips.length ? ` (${t('measureFilters.activeCount', { count: chips.length })})` : ''}
            </span>
          </button>
          <div id="measure-filters" className={filtersOpen ? 'filter-panel__body' : 'filter-panel__body filter-panel__body--closed'}>
            <MeasureFilterForm filters={filters} options={options} onApply={apply} onReset={() => apply({ ...DEFAULT_FILTERS, view: filters.view })} />
          </div>
        </div>

        <section aria-labelledby="results-heading" className="results" aria-busy={measures.isFetching}>
          <div className="results__header">
            <h2 id="results-heading" className="kern-heading-small">
              {t('measures.results')}
            </h2>
            <nav aria-label={t('measures.viewLabel')} className="view-switch">
              <ul>
                <li>
                  <AppLink to={hrefWith({ view: 'list', page: 1 })} aria-current={filters.view === 'list' ? 'page' : undefined}>
                    {t('measures.viewList')}
                  </AppLink>
                </li>
                <li>
                  <AppLink to={hrefWith({ view: 'timeline', page: 1 })} aria-current={timeline ? 'page' : undefined}>
                    {t('measures.viewTimeline')}
                  </AppLink>
                </li>
                <li>
                  <AppLink to={hrefWith({ view: 'map', page: 1 })} aria-current={onMap ? 'page' : undefined}>
                    {t('measureFilters.viewMap')}
                  </AppLink>
                </li>
              </ul>
            </nav>
          </div>
          <ActiveFilters chips={chips} onRemove={(without) => setFilters({ ...filters, ...without, page: 1 })} />
          <p className="kern-body results__count" role="status" aria-live="polite" id={RESULT_COUNT_ID} tabIndex={-1}>
            {total === undefined
              ? t('state.loading')
              : timeline || onMap || totalPages <= 1
                ? t('measures.count', { count: total })
                : t('measures.countPaged', { count: total, page: filters.page, pages: totalPages })}
          </p>
          <DownloadLinks apiPath={sheetPaths.measures(slug)} query={filtersToApiQuery(filters)} what={t('download.measures')} />

          {measures.isPending ? (
            <>
              <LoadingStatus />
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} className="skeleton--row" lines={4} />
              ))}
            </>
          ) : measures.isError ? (
            <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
          ) : measures.data.items.length === 0 ? (
            <EmptyState>
              {hasActiveFilters(filters) ? t('measures.emptyFiltered') : t('measures.empty')}
              {hasActiveFilters(filters) ? (
                <>
                  {' '}
                  <AppLink to={paths.measures(slug)}>{t('measures.reset')}</AppLink>
                </>
              ) : null}
            </EmptyState>
          ) : onMap ? (
            <Suspense fallback={<LoadingStatus />}>
              <MeasuresMap slug={slug} label={t('measureFilters.mapLabel')} query={filtersToMapQuery(filters)} total={total} headingLevel={3} />
            </Suspense>
          ) : timeline ? (
            <MeasureTimeline slug={slug} measures={measures.data.items} />
          ) : (
            <>
              <MeasureList slug={slug} measures={measures.data.items} />
              <Pagination page={filters.page} totalPages={totalPages} hrefOf={(page) => hrefWith({ page })} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
