import { lazy, Suspense, useCallback, useId, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { StatusBadge } from '@/components/ui/status-badge';
import { ErrorState } from '@/components/ui/states';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { useNearViewport } from '@/hooks/use-near-viewport';
import { paths } from '@/lib/paths';
import { useMapTiles, useMeasureFeatures, type MeasureMapQuery } from '../api/map';
import '../map-texts';
import './map.css';
import { fieldColor, type Geometry } from '@/lib/geojson';
import type { MapMarker } from '../utils/map-types';

// Leaflet (about 40 KB gzipped) is fetched only when a map is shown.
const LeafletMap = lazy(() => import('./leaflet-map').then((m) => ({ default: m.LeafletMap })));

function MapFallback({ className = 'map' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`${className} map--loading`} role="status">
      <span className="kern-body">{t('map.loading')}</span>
    </div>
  );
}

/** A lazily loaded map; the fallback keeps its place while Leaflet loads. */
export function LazyMap({ fallbackClassName, children }: { fallbackClassName?: string; children: ReactNode }) {
  return <Suspense fallback={<MapFallback className={fallbackClassName} />}>{children}</Suspense>;
}

/**
 * The measures of an area that have a place, on a map (with the area's boundary) and in a list next to it, so that
 * the map is never the only way to a measure. `query` takes the measure list's filters.
 */
export function MeasuresMap({
  slug,
  label,
  boundary,
  boundaryApproximate,
  query,
  total,
  headingLevel = 2,
}: {
  slug: string;
  label: string;
  boundary?: Geometry | null;
  boundaryApproximate?: boolean;
  query?: MeasureMapQuery;
  /** How many measures the list has with these filters (those without a place are named as such). */
  total?: number;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const tiles = useMapTiles();
  const features = useMeasureFeatures(slug, query);
  const fields = useActionFields(slug);
  const descriptionId = useId();
  const listId = useId();
  // Leaflet is loaded and run only when the map comes near the screen: far down a phone's area page, it used to
  // hold up the main thread while the reader was still at the top (the list next to it is there at once).
  const mapColumn = useRef<HTMLDivElement>(null);
  const near = useNearViewport(mapColumn);

  const order = useMemo(() => new Map((fields.data?.items ?? []).map((f, i) => [f.id, i])), [fields.data]);
  const items = useMemo(
    () =>
      (features.data?.features ?? []).flatMap((f) =>
        f.geometry
          ? [
              {
                ...f.properties,
                geometry: f.geometry as unknown as Geometry,
                color: fieldColor(f.properties.actionField.color, order.get(f.properties.actionField.id) ?? 0),
              },
            ]
          : [],
      ),
    [features.data, order],
  );
  const markers: MapMarker[] = useMemo(
    () =>
      items.map((m) => ({
        id: m.id,
        label: `${m.code} ${m.title}${m.approximate ? ` (${t('map.approximate')})` : ''}`,
        color: m.color,
        geometry: m.geometry,
        to: paths.measure(slug, m.id),
      })),
    [items, slug, t],
  );
  const open = useCallback((to: string) => navigate(to), [navigate]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  if (features.isError) return <ErrorState error={features.error} onRetry={() => void features.refetch()} />;
  const withoutPlace = total !== undefined && features.data ? total - items.length : 0;
  return (
    <div className="map-layout">
      <div className="map-layout__map" ref={mapColumn}>
        <p className="kern-hint" id={descriptionId}>
          {t('map.keyboard')}
        </p>
        {tiles === undefined || features.isPending || !near ? (
          <MapFallback />
        ) : (
          <LazyMap>
            <LeafletMap label={label} describedBy={descriptionId} boundary={boundary} markers={markers} tiles={tiles} onOpen={open} />
          </LazyMap>
        )}
        {boundary && boundaryApproximate ? <p className="kern-body kern-body--small">{t('map.approximateBoundary')}</p> : null}
      </div>
      <section className="map-layout__list" aria-labelledby={listId}>
        <Heading id={listId} className="kern-heading-small">
          {t('map.listHeading')}
        </Heading>
        <p className="kern-body kern-body--small" role="status">
          {features.isPending ? t('map.loading') : items.length ? t('map.count', { count: items.length }) : t('map.none')}
        </p>
        {items.length ? (
          <ul className="map-list">
            {items.map((m) => (
              <li key={m.id} className="map-list__item">
                <span className="map-swatch" aria-hidden="true" style={{ '--marker-color': m.color } as CSSProperties} />
                <span>
                  <AppLink to={paths.measure(slug, m.id)}>
                    {m.code} {m.title}
                  </AppLink>
                  <span className="map-list__meta kern-body kern-body--small">
                    {m.actionField.title}
                    {m.approximate ? ` · ${t('map.approximate')}` : ''}
                  </span>
                </span>
                <StatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        ) : null}
        {items.some((m) => m.approximate) ? <p className="kern-body kern-body--small">{t('map.approximateNote')}</p> : null}
        {withoutPlace > 0 ? <p className="kern-body kern-body--small">{t('map.withoutPlace', { count: withoutPlace })}</p> : null}
      </section>
    </div>
  );
}

/** The place of one measure on a map. */
export function PlaceMap({ label, geometry, approximate, context }: { label: string; geometry: Geometry; approximate: boolean; context?: Geometry | null }) {
  const { t } = useTranslation();
  const tiles = useMapTiles();
  const markers = useMemo<MapMarker[]>(() => [{ id: 'place', label, color: '#1F6FB2', geometry }], [label, geometry]);
  return (
    <>
      {tiles === undefined ? (
        <MapFallback className="map map--small" />
      ) : (
        <LazyMap fallbackClassName="map map--small">
          <LeafletMap label={label} boundary={context} markers={markers} tiles={tiles} className="map map--small" />
        </LazyMap>
      )}
      {approximate ? <p className="kern-body kern-body--small">{t('map.approximatePlace')}</p> : null}
    </>
  );
}
