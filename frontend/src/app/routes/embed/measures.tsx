import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useMeasures } from '@/features/measures/api/measures';
import { MeasureList } from '@/features/measures/components/measure-list';
import { filtersFromSearchParams, filtersToSearchParams, hasActiveFilters } from '@/features/measures/utils/filters';
import { paths } from '@/lib/paths';
import { EmbedHeading } from '../../embed/embed-heading';

/** How many measures an embed lists; the rest are a link away. */
const EMBED_SIZE = 20;

/** Embed: the measures of an area with the measure list's filters and order from the query string. */
export default function MeasuresEmbed() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  // published measures only (what anonymous readers see, also in the builder's preview), as a list from the first
  const asked = filtersFromSearchParams(params);
  const filters = { ...asked, publicationStatus: 'PUBLISHED' as const, view: 'list' as const, page: 1 };
  const measures = useMeasures(slug, filters, EMBED_SIZE);
  const inApp = paths.measures(slug, filtersToSearchParams({ ...filters, publicationStatus: undefined }));

  return (
    <>
      <EmbedHeading slug={slug}>{t('measures.title')}</EmbedHeading>
      <section aria-labelledby="results-heading" aria-busy={measures.isFetching}>
        <h2 id="results-heading" className="kern-heading-small">
          {measures.data ? t('measures.count', { count: measures.data.totalItems }) : t('measures.results')}
        </h2>
        {measures.isPending ? (
          <>
            <LoadingStatus />
            <Skeleton className="skeleton--row" lines={4} />
          </>
        ) : measures.isError ? (
          <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
        ) : measures.data.items.length === 0 ? (
          <EmptyState>{hasActiveFilters(asked) ? t('measures.emptyFiltered') : t('measures.empty')}</EmptyState>
        ) : (
          <MeasureList slug={slug} measures={measures.data.items} />
        )}
      </section>
      {measures.data && measures.data.totalItems > 0 ? (
        <p className="kern-body embed__more">
          <AppLink to={inApp}>{t('embed.allMeasures', { count: measures.data.totalItems })}</AppLink>
        </p>
      ) : null}
    </>
  );
}
