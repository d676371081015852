import { describe, expect, it } from 'vitest';
import { indicatorFixture } from '../testing-fixture';
import { checkIndicator, indicatorFormToInput, indicatorToForm, mergePasted, rowOf } from './indicator-form';

const messages = (key: string, params: Record<string, string | number>) => `${key} ${JSON.stringify(params)}`;

describe('indicator form', () => {
  it('round-trips an indicator through the form, numbers with the German comma', () => {
    const indicator = indicatorFixture();
    const values = indicatorToForm(indicator, 'de');
    expect(values.values[0]).toBe(rowOf(['2017', '13,8', '6,4', '', '']));
    const input = indicatorFormToInput(values, indicator);
    expect(input.values).toEqual([
      { year: 2017, date: null, value: 13.8, cityValue: 6.4, note: null, source: null },
      { year: 2024, date: null, value: 10.4, cityValue: 5.9, note: null, source: null },
      { year: 2025, date: null, value: 9.8, cityValue: 5.9, note: null, source: null },
    ]);
    expect(input.baseline).toMatchObject({ year: 2017, value: 13.8 });
    expect(input.targets).toEqual([{ year: 2028, value: 8, note: null }]);
  });

  it('takes pasted values in time order, replacing a year already there', () => {
    const rows = indicatorToForm(indicatorFixture(), 'de').values;
    const merged = mergePasted(
      rows,
      [
        { period: { year: 2025, date: null }, value: 9.5, cityValue: null },
        { period: { year: 2020, date: null }, value: 13.5, cityValue: 6.5 },
      ],
      'de',
    );
    expect(merged.map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['2017 13,8', '2020 13,5', '2024 10,4', '2025 9,5']);
  });

  it('refuses what the API would: wrong periods, duplicates, numbers of another type, targets without a year', () => {
    const values = indicatorToForm(indicatorFixture(), 'de');
    values.values = [rowOf(['2024', '12', '', '', '']), rowOf(['2024', '130', '', '', '']), rowOf(['Sommer', 'x', '', '', ''])];
    values.targets = [rowOf(['', '8', ''])];
    const errors = checkIndicator(values, messages);
    expect(errors.values).toContain('duplicate {"position":2,"period":"2024"}');
    expect(errors.values).toContain('percent {"position":2}');
    expect(errors.values).toContain('period {"position":3}');
    expect(errors.values).toContain('value {"position":3}');
    expect(errors.targets).toContain('targetYear {"position":1}');
  });
});
