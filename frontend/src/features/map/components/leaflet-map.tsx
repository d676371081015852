// Leaflet and its styles: loaded only by pages that show a map (see map-view.tsx, which imports this module lazily).
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../map-texts';
import type { MapMarker, MapTiles } from '../utils/map-types';
import { anchorOf, boundsOf, groupByCell, polygonOf, rounded, type Geometry, type GeometryType, type Position } from '@/lib/geojson';

const GERMANY: L.LatLngExpression = [51.16, 10.45];
/** Markers closer than this many pixels are grouped into one cluster marker. */
const CLUSTER_CELL = 48;
/** Markers (28 pixels wide) whose centres would be closer than this are grouped too, so that none overlap. */
const MARKER_APART = 32;
const MAX_ZOOM = 19;

const latLng = (p: Position): L.LatLngTuple => [p[1], p[0]];

function shapeOf(geometry: Geometry, style: L.PathOptions): L.Layer | null {
  if (geometry.type === 'Point') return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return L.polygon(
    polygons.map((rings) => rings.map((ring) => ring.map(latLng))),
    { ...style, interactive: false },
  );
}

function extent(geometries: Geometry[]): L.LatLngBounds | null {
  if (!geometries.length) return null;
  const bounds = L.latLngBounds([]);
  for (const g of geometries) {
    const [w, s, e, n] = boundsOf(g);
    bounds.extend([s, w]).extend([n, e]);
  }
  return bounds;
}

/**
 * A focusable marker: a coloured dot (a div icon, styled by classes; the colour is set through the DOM, which the
 * content security policy allows) with a name, opened with a click, Enter or Space.
 */
function focusableMarker(at: L.LatLngExpression, label: string, className: string, color: string | null, html: string, onActivate?: () => void) {
  const marker = L.marker(at, {
    icon: L.divIcon({ className, html, iconSize: [28, 28], iconAnchor: [14, 14] }),
    keyboard: Boolean(onActivate),
    title: label,
    riseOnHover: true,
  });
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', label);
    if (color) element.style.setProperty('--marker-color', color);
    if (!onActivate) {
      element.setAttribute('role', 'img');
      return;
    }
    element.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        onActivate();
      }
    });
  });
  if (onActivate) marker.on('click', onActivate);
  return marker;
}

/** Maps that were removed (their element left the page, or the language changed and a new map replaced them). */
const removedMaps = new WeakSet<L.Map>();

/**
 * Whether layers may be added to the map: when a render both replaces the map (a new ref callback) and changes what
 * it shows, the effects run once more with the removed map before the new one is in state, and Leaflet throws on a
 * removed map's panes.
 */
function isLive(map: L.Map | null): map is L.Map {
  return map !== null && !removedMaps.has(map);
}

/**
 * A Leaflet map in the element the returned ref is given (a React 19 ref callback with its cleanup): zoom buttons in
 * the reader's language, the tiles of the settings (none: a plain background), Leaflet's keyboard navigation, and a
 * name for the focusable map as a region.
 */
function useLeaflet(label: string, tiles: MapTiles | null | undefined, describedBy?: string) {
  const { t } = useTranslation();
  const [map, setMap] = useState<L.Map | null>(null);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      const created = L.map(element, { zoomControl: false, attributionControl: false, maxZoom: MAX_ZOOM, keyboard: true }).setView(GERMANY, 5);
      L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(created);
      if (tiles) {
        L.control.attribution({ prefix: false }).addTo(created);
        L.tileLayer(tiles.url, { attribution: tiles.attribution ?? '', maxZoom: MAX_ZOOM }).addTo(created);
      }
      // Leaflet makes the container focusable for its keyboard navigation; a region with a name says what it is.
      element.setAttribute('role', 'region');
      element.setAttribute('aria-label', label);
      if (describedBy) element.setAttribute('aria-describedby', describedBy);
      setMap(created);
      return () => {
        removedMaps.add(created);
        created.remove();
        setMap(null);
      };
    },
    [tiles, t, label, describedBy],
  );
  return [map, ref] as const;
}

/** Shows an area's boundary and measures as markers (grouped when close), each opening its measure. */
export function LeafletMap({
  label,
  describedBy,
  boundary,
  markers,
  tiles,
  onOpen,
  className = 'map',
}: {
  label: string;
  describedBy?: string;
  boundary?: Geometry | null;
  markers: MapMarker[];
  tiles?: MapTiles | null;
  onOpen?: (to: string) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const [map, ref] = useLeaflet(label, tiles, describedBy);

  // boundary and shapes, and the first view
  useEffect(() => {
    if (!isLive(map)) return;
    const layers = L.layerGroup().addTo(map);
    if (boundary) shapeOf(boundary, { color: '#1b1b1b', weight: 2, dashArray: '6 4', fillColor: '#1F6FB2', fillOpacity: 0.06 })?.addTo(layers);
    for (const m of markers) shapeOf(m.geometry, { color: m.color, weight: 2, fillColor: m.color, fillOpacity: 0.25 })?.addTo(layers);
    const bounds = extent([...(boundary ? [boundary] : []), ...markers.map((m) => m.geometry)]);
    if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
    return () => void layers.remove();
  }, [map, boundary, markers]);

  // markers, regrouped at every zoom
  useEffect(() => {
    if (!isLive(map)) return;
    const layers = L.layerGroup().addTo(map);
    const draw = () => {
      layers.clearLayers();
      const zoom = map.getZoom();
      const placed = markers.map((m) => {
        const at = latLng(anchorOf(m.geometry));
        const px = map.project(at, zoom);
        return { x: px.x, y: px.y, item: { marker: m, at } };
      });
      const groups = zoom >= MAX_ZOOM ? placed.map((p) => [p.item]) : groupByCell(placed, CLUSTER_CELL, MARKER_APART);
      for (const group of groups) {
        const [first] = group;
        if (first && group.length === 1) {
          const { marker: m, at } = first;
          const to = m.to;
          focusableMarker(at, m.label, 'map-marker', m.color, '', onOpen && to ? () => onOpen(to) : undefined).addTo(layers);
        } else {
          const bounds = L.latLngBounds(group.map((g) => g.at));
          const names = group.map((g) => g.marker.label).join('; ');
          focusableMarker(bounds.getCenter(), t('map.cluster', { count: group.length, names }), 'map-cluster', null, `<span>${group.length}</span>`, () =>
            map.fitBounds(bounds, { padding: [48, 48], maxZoom: Math.min(MAX_ZOOM, zoom + 3) }),
          ).addTo(layers);
        }
      }
    };
    draw();
    map.on('zoomend', draw);
    return () => {
      map.off('zoomend', draw);
      layers.remove();
    };
  }, [map, markers, onOpen, t]);

  return <div ref={ref} className={className} />;
}

/**
 * Draws or changes a geometry: a click on the map sets a point, or adds a corner of a polygon; keyboard users move the
 * map (arrow keys) under the cross in its middle and use the buttons. The text field next to it shows the result.
 */
export function GeometryEditor({
  label,
  value,
  onChange,
  allowed,
  context,
  tiles,
}: {
  label: string;
  value: Geometry | null;
  onChange: (geometry: Geometry | null) => void;
  allowed: readonly GeometryType[];
  /** Shown for orientation (the area's boundary when a measure's place is drawn). */
  context?: Geometry | null;
  tiles?: MapTiles | null;
}) {
  const { t } = useTranslation();
  const [map, ref] = useLeaflet(label, tiles, 'geometry-editor-hint');
  const canPoint = allowed.includes('Point');
  const [mode, setMode] = useState<'point' | 'polygon'>(canPoint ? 'point' : 'polygon');
  const [corners, setCorners] = useState<Position[]>([]);
  const fitted = useRef(false);

  const add = (p: Position) => {
    if (mode === 'point') onChange({ type: 'Point', coordinates: rounded(p) });
    else setCorners((c) => [...c, rounded(p)]);
  };
  const addRef = useRef(add);
  useEffect(() => {
    addRef.current = add;
  });

  useEffect(() => {
    if (!isLive(map)) return;
    const onClick = (e: L.LeafletMouseEvent) => addRef.current([e.latlng.lng, e.latlng.lat]);
    map.on('click', onClick);
    return () => void map.off('click', onClick);
  }, [map]);

  useEffect(() => {
    if (!isLive(map)) return;
    const layers = L.layerGroup().addTo(map);
    if (context) shapeOf(context, { color: '#1b1b1b', weight: 2, dashArray: '6 4', fillOpacity: 0.04 })?.addTo(layers);
    if (value) {
      shapeOf(value, { color: '#1F6FB2', weight: 3, fillOpacity: 0.2 })?.addTo(layers);
      if (value.type === 'Point') focusableMarker(latLng(value.coordinates), t('map.chosenPoint'), 'map-marker', '#1F6FB2', '').addTo(layers);
    }
    if (corners.length) {
      L.polyline(corners.map(latLng), { color: '#B23A1F', weight: 3, dashArray: '4 4', interactive: false }).addTo(layers);
      corners.forEach((c, i) => focusableMarker(latLng(c), t('map.corner', { n: i + 1 }), 'map-marker map-marker--small', '#B23A1F', '').addTo(layers));
    }
    if (!fitted.current) {
      const bounds = extent([...(value ? [value] : []), ...(context ? [context] : [])]);
      if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
      fitted.current = true;
    }
    return () => void layers.remove();
  }, [map, value, context, corners, t]);

  const center = (): Position => {
    const c = map?.getCenter();
    return c ? [c.lng, c.lat] : [0, 0];
  };
  const finish = () => {
    const polygon = polygonOf(corners);
    if (polygon) onChange(polygon);
    setCorners([]);
  };

  return (
    <div className="geometry-editor">
      <fieldset className="kern-fieldset geometry-editor__modes">
        <legend className="kern-label">{t('map.drawMode')}</legend>
        <div className="inline-list">
          {canPoint ? (
            <label className="kern-form-check">
              <input className="kern-form-check__radio" type="radio" name="draw-mode" checked={mode === 'point'} onChange={() => setMode('point')} />
              <span className="kern-label">{t('map.modePoint')}</span>
            </label>
          ) : null}
          <label className="kern-form-check">
            <input className="kern-form-check__radio" type="radio" name="draw-mode" checked={mode === 'polygon'} onChange={() => setMode('polygon')} />
            <span className="kern-label">{t('map.modePolygon')}</span>
          </label>
        </div>
      </fieldset>
      <p className="kern-hint" id="geometry-editor-hint">
        {mode === 'point' ? t('map.hintPoint') : t('map.hintPolygon')}
      </p>
      <div ref={ref} className="map map--editor" />
      <p className="inline-list geometry-editor__actions" role="group" aria-label={t('map.actions')}>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => add(center())}>
          <span className="kern-label">{mode === 'point' ? t('map.setCenter') : t('map.addCenterCorner')}</span>
        </button>
        {mode === 'polygon' ? (
          <>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={finish} disabled={corners.length < 3}>
              <span className="kern-label">{t('map.finishPolygon', { count: corners.length })}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setCorners((c) => c.slice(0, -1))} disabled={!corners.length}>
              <span className="kern-label">{t('map.undoCorner')}</span>
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => {
            setCorners([]);
            onChange(null);
          }}
          disabled={!value && !corners.length}
        >
          <span className="kern-label">{t('map.clear')}</span>
        </button>
      </p>
    </div>
  );
}
