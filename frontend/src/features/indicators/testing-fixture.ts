import type { Schemas } from '@/lib/api-client';

/** An indicator as the API answers, for tests: a share that should fall, with city values, baseline and target. */
export function indicatorFixture(overrides: Partial<Schemas['Indicator']> = {}): Schemas['Indicator'] {
  const value = (year: number, v: number, city: number | null = null): Schemas['IndicatorValue'] => ({
    year,
    date: null,
    value: v,
    cityValue: city,
    note: null,
    source: null,
  });
  return {
    id: '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    version: 2,
    createdAt: '2026-02-02T10:00:00Z',
    updatedAt: '2026-11-20T08:15:00Z',
    name: 'Schulabgänger ohne Abschluss',
    description: null,
    unit: '%',
    valueType: 'PERCENT',
    direction: 'LOWER_IS_BETTER',
    source: 'Sozialmonitoring',
    spatialLevel: 'AREA',
    baseline: { year: 2017, date: null, value: 13.8, cityValue: 6.4, note: null, source: null },
    targets: [{ year: 2028, value: 8, note: null }],
    values: [value(2025, 9.8, 5.9), value(2017, 13.8, 6.4), value(2024, 10.4, 5.9)],
    actionFields: [],
    needs: [],
    measures: [],
    publicationStatus: 'PUBLISHED',
    ...overrides,
  };
}
