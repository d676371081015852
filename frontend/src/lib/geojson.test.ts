import { describe, expect, it } from 'vitest';
import { anchorOf, fieldColor, geometryText, groupByCell, parseGeometry, polygonOf } from './geojson';

const square = [
  [8.0, 52.0],
  [8.1, 52.0],
  [8.1, 52.1],
  [8.0, 52.0],
];

describe('parseGeometry', () => {
  it('takes a point, drops its altitude, and treats empty text as no geometry', () => {
    expect(parseGeometry('{"type":"Point","coordinates":[8.07,52.28,60]}', ['Point'])).toEqual({ geometry: { type: 'Point', coordinates: [8.07, 52.28] } });
    expect(parseGeometry('  ', ['Point'])).toEqual({ geometry: null });
  });

  it('takes the geometry of a pasted Feature or of a FeatureCollection with one feature', () => {
    const feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } };
    expect(parseGeometry(JSON.stringify(feature), ['Polygon'])).toEqual({ geometry: { type: 'Polygon', coordinates: [square] } });
    expect(parseGeometry(JSON.stringify({ type: 'FeatureCollection', features: [feature] }), ['Polygon', 'MultiPolygon'])).toHaveProperty('geometry.type', 'Polygon');
  });

  it('names what is wrong as the API would refuse it', () => {
    expect(parseGeometry('{"type":', ['Point'])).toEqual({ problem: 'json' });
    expect(parseGeometry('{"type":"Point","coordinates":[8,52]}', ['Polygon', 'MultiPolygon'])).toEqual({ problem: 'type' });
    expect(parseGeometry('{"type":"Point","coordinates":[200,52]}', ['Point'])).toEqual({ problem: 'position' });
    expect(parseGeometry('{"type":"Point","coordinates":["8",52]}', ['Point'])).toEqual({ problem: 'position' });
    const open = { type: 'Polygon', coordinates: [[...square.slice(0, 3), [8.0, 52.1]]] };
    expect(parseGeometry(JSON.stringify(open), ['Polygon'])).toEqual({ problem: 'ring' });
    const short = { type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] };
    expect(parseGeometry(JSON.stringify(short), ['Polygon'])).toEqual({ problem: 'ring' });
    const ring = Array.from({ length: 10_001 }, (_, i) => [8 + i / 1e6, 52]);
    expect(parseGeometry(JSON.stringify({ type: 'Polygon', coordinates: [[...ring, ring[0]]] }), ['Polygon'])).toEqual({ problem: 'size' });
  });

  it('round-trips through the text the form shows', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[square as [number, number][]]] };
    expect(parseGeometry(geometryText(geometry), ['MultiPolygon'])).toEqual({ geometry });
    expect(geometryText(null)).toBe('');
  });
});

describe('drawing and placing', () => {
  it('closes a polygon of three or more clicked corners', () => {
    expect(polygonOf([[8, 52]])).toBeNull();
    expect(polygonOf([
      [8, 52],
      [8.1, 52],
      [8.1, 52.1],
    ])).toEqual({ type: 'Polygon', coordinates: [[[8, 52], [8.1, 52], [8.1, 52.1], [8, 52]]] });
  });

  it('puts the marker of a polygon in the middle of its bounds', () => {
    expect(anchorOf({ type: 'Point', coordinates: [8.07, 52.28] })).toEqual([8.07, 52.28]);
    const [lon, lat] = anchorOf({ type: 'Polygon', coordinates: [square as [number, number][]] });
    expect(lon).toBeCloseTo(8.05);
    expect(lat).toBeCloseTo(52.05);
  });

  it('groups points in the same screen cell and keeps the others apart', () => {
    const groups = groupByCell(
      [
        { x: 10, y: 10, item: 'a' },
        { x: 400, y: 10, item: 'b' },
        { x: 30, y: 40, item: 'c' },
      ],
      48,
    );
    expect(groups).toEqual([['a', 'c'], ['b']]);
  });

  it('joins points of neighbouring cells whose markers would overlap, and only those', () => {
    const points = [
      { x: 46, y: 10, item: 'a' },
      { x: 50, y: 12, item: 'b' },
      { x: 100, y: 10, item: 'c' },
    ];
    expect(groupByCell(points, 48)).toEqual([['a'], ['b'], ['c']]);
    expect(groupByCell(points, 48, 32)).toEqual([['a', 'b'], ['c']]);
  });

  it('colours a marker by its action field, or by the field’s place when it has no colour', () => {
    expect(fieldColor('#2E7D32', 0)).toBe('#2E7D32');
    expect(fieldColor(null, 0)).not.toBe(fieldColor(null, 1));
    expect(fieldColor('red', 9)).toBe(fieldColor(null, 1));
  });
});
