import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { LoadingStatus } from '@/components/ui/skeleton';
import { filtersFromSearchParams, filtersToMapQuery, filtersToSearchParams } from '@/features/measures/utils/filters';
import { paths } from '@/lib/paths';
import { EmbedHeading } from '../../embed/embed-heading';

const MeasuresMap = lazy(() => import('@/features/map/components/map-view').then((m) => ({ default: m.MeasuresMap })));

/** Embed: the measures of an area on a map (with the list beside it), with the measure list's filters. */
export default function MapEmbed() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const filters = { ...filtersFromSearchParams(params), publicationStatus: 'PUBLISHED' as const, view: 'map' as const, page: 1 };
  return (
    <>
      <EmbedHeading slug={slug}>{t('embed.mapTitle')}</EmbedHeading>
      <Suspense fallback={<LoadingStatus />}>
        <MeasuresMap slug={slug} label={t('measureFilters.mapLabel')} query={filtersToMapQuery(filters)} />
      </Suspense>
      <p className="kern-body embed__more">
        <AppLink to={paths.measures(slug, filtersToSearchParams({ ...filters, publicationStatus: undefined }))}>{t('embed.onMapInApp')}</AppLink>
      </p>
    </>
  );
}
