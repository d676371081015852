import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { MapTiles } from '../utils/map-types';

/** The filters of the measure list that the map takes (no page, no size: the map shows every match). */
export type MeasureMapQuery = {
  actionField?: string;
  status?: ('IDEA' | 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'ONGOING' | 'DISCONTINUED')[];
  targetGroup?: string;
  actor?: string;
  from?: string;
  to?: string;
  q?: string;
  publicationStatus?: 'DRAFT' | 'PUBLISHED';
  sort?: string;
};

/** The measures of an area that have a place, as GeoJSON features, for the list's filters. */
export function useMeasureFeatures(slug: string, query: MeasureMapQuery = {}) {
  return useQuery({
    queryKey: ['areas', slug, 'measures', 'geojson', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/areas/{slug}/measures.geojson', {
          params: { path: { slug }, query },
          headers: { Accept: 'application/geo+json, application/problem+json' },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The background tiles of the maps (settings of the installation); null: a plain background. */
export function useMapTiles(): MapTiles | null | undefined {
  // the query of the imprint's operator details (same key, one request), kept here so that the map's chunk and the
  // imprint's share no code
  const site = useQuery({
    queryKey: ['site'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/site', { signal })),
    staleTime: 60 * 60_000,
  });
  const url = site.data?.mapTileUrl;
  const attribution = site.data?.mapAttribution ?? null;
  return useMemo(() => (site.isPending ? undefined : url ? { url, attribution } : null), [site.isPending, url, attribution]);
}
