import { lazy, useMemo } from 'react';
import { useMapTiles } from '../api/map';
import '../map-texts';
import { geometryText, parseGeometry, type Geometry, type GeometryType } from '@/lib/geojson';
import { LazyMap } from './map-view';

const GeometryEditor = lazy(() => import('./leaflet-map').then((m) => ({ default: m.GeometryEditor })));

/**
 * Draws a geometry on a map for a form whose field holds it as GeoJSON text (the text field, which the form shows
 * next to it, is the other way to enter it: pasted GeoJSON).
 */
export function GeometryMapEditor({
  label,
  text,
  onText,
  allowed,
  context,
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  allowed: readonly GeometryType[];
  context?: Geometry | null;
}) {
  const tiles = useMapTiles();
  const parsed = useMemo(() => parseGeometry(text, allowed), [text, allowed]);
  const value = 'geometry' in parsed ? parsed.geometry : null;
  return (
    <LazyMap fallbackClassName="map map--editor">
      {tiles === undefined ? null : (
        <GeometryEditor label={label} value={value} onChange={(g) => onText(geometryText(g))} allowed={allowed} context={context} tiles={tiles} />
      )}
    </LazyMap>
  );
}
