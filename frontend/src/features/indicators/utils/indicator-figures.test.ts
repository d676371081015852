import { describe, expect, it } from 'vitest';
import { indicatorFixture } from '../testing-fixture';
import { parseNumber, parsePeriod, parseValueTable, sortedValues, targetStatus, trendOf } from './indicator-figures';

describe('indicator figures', () => {
  it('orders values in time, a year counting as its middle', () => {
    const values = sortedValues([
      { year: 2021, date: null, value: 1, cityValue: null, note: null, source: null },
      { year: null, date: '2021-03-01', value: 2, cityValue: null, note: null, source: null },
      { year: 2020, date: null, value: 3, cityValue: null, note: null, source: null },
    ]);
    expect(values.map((v) => v.value)).toEqual([3, 2, 1]);
  });

  it('rates a fall as better when lower is better, and a rise as worse', () => {
    expect(trendOf(indicatorFixture())).toMatchObject({ change: 'down', rating: 'better', delta: -0.6 });
    const rising = indicatorFixture({ direction: 'HIGHER_IS_BETTER' });
    expect(trendOf(rising)).toMatchObject({ change: 'down', rating: 'worse' });
    expect(trendOf(indicatorFixture({ values: indicatorFixture().values.slice(0, 1) }))).toBeUndefined();
  });

  it('measures the distance to the next target in the right direction', () => {
    expect(targetStatus(indicatorFixture())).toMatchObject({ reached: false, distance: 1.8, target: { year: 2028 } });
    expect(targetStatus(indicatorFixture({ targets: [{ year: 2028, value: 10, note: null }] }))).toMatchObject({ reached: true });
    expect(targetStatus(indicatorFixture({ targets: [] }))).toBeUndefined();
  });

  it('reads German and English numbers and periods', () => {
    expect(parseNumber('18,4')).toBe(18.4);
    expect(parseNumber('18.4')).toBe(18.4);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('viel')).toBeUndefined();
    expect(parsePeriod('2025')).toEqual({ year: 2025, date: null });
    expect(parsePeriod('30.06.2025')).toEqual({ year: null, date: '2025-06-30' });
    expect(parsePeriod('2025-02-30')).toBeUndefined();
  });

  it('reads a table pasted from a spreadsheet and reports the lines it could not read', () => {
    const { values, skipped } = parseValueTable('Jahr\tQuote\n2023\t11,2\t6,1\n2024;10,4\n\n31.12.2025;9,8;5,9\n2026\tk. A.');
    expect(values).toEqual([
      { period: { year: 2023, date: null }, value: 11.2, cityValue: 6.1 },
      { period: { year: 2024, date: null }, value: 10.4, cityValue: null },
      { period: { year: null, date: '2025-12-31' }, value: 9.8, cityValue: 5.9 },
    ]);
    expect(skipped).toEqual([1, 6]);
  });
});
