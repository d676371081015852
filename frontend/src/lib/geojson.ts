/** GeoJSON geometries as the API keeps them (RFC 7946, [longitude, latitude] in WGS 84). */
export type Position = [number, number];
export type Point = { type: 'Point'; coordinates: Position };
export type Polygon = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type Geometry = Point | Polygon | MultiPolygon;
export type GeometryType = Geometry['type'];

/** Why a pasted text is no usable geometry (the form says it in the reader's language). */
export type GeometryProblem = 'json' | 'type' | 'position' | 'ring' | 'size';

export const MAX_POSITIONS = 10_000;

/**
 * Reads a geometry from pasted text: a geometry, or a Feature or FeatureCollection with one feature (its geometry is
 * taken), checked by the API's rules (allowed type, positions in range, closed rings of four or more positions).
 * Empty text is no geometry (`null`).
 */
export function parseGeometry(text: string, allowed: readonly GeometryType[]): { geometry: Geometry | null } | { problem: GeometryProblem } {
  if (!text.trim()) return { geometry: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'json' };
  }
  const geometry = unwrap(value);
  if (!isObject(geometry) || !allowed.includes(geometry.type as GeometryType)) return { problem: 'type' };
  const counter = { positions: 0 };
  const problem = check(geometry.type as GeometryType, geometry.coordinates, counter);
  if (problem) return { problem };
  return { geometry: { type: geometry.type, coordinates: strip(geometry.coordinates) } as Geometry };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unwrap(value: unknown): unknown {
  if (!isObject(value)) return value;
  if (value.type === 'Feature') return value.geometry;
  if (value.type === 'FeatureCollection' && Array.isArray(value.features) && value.features.length === 1) return unwrap(value.features[0]);
  return value;
}

function check(type: GeometryType, coordinates: unknown, counter: { positions: number }): GeometryProblem | null {
  if (type === 'Point') return position(coordinates, counter);
  if (type === 'Polygon') return polygon(coordinates, counter);
  if (!Array.isArray(coordinates) || coordinates.length === 0) return 'ring';
  for (const p of coordinates) {
    const problem = polygon(p, counter);
    if (problem) return problem;
  }
  return null;
}

function position(p: unknown, counter: { positions: number }): GeometryProblem | null {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) return 'position';
  const [lon, lat] = p as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return 'position';
  return ++counter.positions > MAX_POSITIONS ? 'size' : null;
}

function polygon(rings: unknown, counter: { positions: number }): GeometryProblem | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'ring';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return 'ring';
    for (const p of ring) {
      const problem = position(p, counter);
      if (problem) return problem;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return 'ring';
  }
  return null;
}

/** Drops altitudes: the API keeps [longitude, latitude] only. */
function strip(coordinates: unknown): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return coordinates.slice(0, 2);
  return (coordinates as unknown[]).map(strip);
}

/** The geometry as the form's text shows it (one line per ring would be longer than helpful: compact JSON). */
export function geometryText(geometry: Geometry | null | undefined): string {
  return geometry ? JSON.stringify({ type: geometry.type, coordinates: geometry.coordinates }) : '';
}

/** A point that stands for the geometry (where its marker goes): a point itself, else the middle of its bounds. */
export function anchorOf(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  const [west, south, east, north] = boundsOf(geometry);
  return [(west + east) / 2, (south + north) / 2];
}

/** [west, south, east, north] of a geometry. */
export function boundsOf(geometry: Geometry): [number, number, number, number] {
  const positions: Position[] =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** A polygon of the clicked positions, closed (null until there are three). */
export function polygonOf(clicked: Position[]): Polygon | null {
  if (clicked.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...clicked, clicked[0] as Position]] };
}

/** Coordinates rounded to 6 decimals (about 10 cm), as a click on the map gives far more digits than meaningful. */
export function rounded(p: Position): Position {
  return [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
}

/**
 * Groups points that lie close together on the screen: points in the same grid cell of `cell` pixels become one
 * group (a cluster marker when it has more than one point). Points of neighbouring cells can still lie a few pixels
 * apart, so groups whose markers (at the centre of their points) would be closer than `apart` pixels are joined too:
 * markers never overlap, and each stays a target of its own (WCAG 2.5.8). Keeps the order of first appearance.
 */
export function groupByCell<T>(points: readonly { x: number; y: number; item: T }[], cell: number, apart = 0): T[][] {
  const cells = new Map<string, { x: number; y: number; item: T }[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const group = cells.get(key);
    if (group) group.push(p);
    else cells.set(key, [p]);
  }
  const groups = [...cells.values()];
  const centre = (group: { x: number; y: number }[]) => {
    const xs = group.map((p) => p.x);
    const ys = group.map((p) => p.y);
    return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  };
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < groups.length && !joined; i++) {
      for (let j = i + 1; j < groups.length && !joined; j++) {
        const a = centre(groups[i]!);
        const b = centre(groups[j]!);
        if (Math.hypot(a.x - b.x, a.y - b.y) < apart) {
          groups[i]!.push(...groups[j]!);
          groups.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return groups.map((group) => group.map((p) => p.item));
}

/** Colours of action fields without one of their own, by their place in the area's list (contrast ≥ 3:1 on white). */
const PALETTE = ['#1F6FB2', '#B23A1F', '#2E7D32', '#6A1B9A', '#8C5A00', '#00695C', '#AD1457', '#37474F'];

/** The marker colour of an action field: its own colour, else one of the palette by its index. */
export function fieldColor(color: string | null | undefined, index: number): string {
  return color && /^#[0-9A-Fa-f]{6}$/.test(color) ? color : (PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] as string);
}
