import { describe, expect, it } from 'vitest';
import { position, timelineRange } from './measure-timeline';

const m = (startDate: string | null, endDate: string | null) => ({ startDate, endDate }) as Parameters<typeof timelineRange>[0][number];

describe('timeline scale', () => {
  it('spans the years of all dated measures; open ends reach the current year', () => {
    expect(timelineRange([m('2019-07-01', '2021-06-30'), m('2022-01-01', '2023-12-31')], 2026)).toEqual({ first: 2019, last: 2023 });
    expect(timelineRange([m('2019-07-01', null)], 2026)).toEqual({ first: 2019, last: 2026 });
    expect(timelineRange([m(null, null)], 2026)).toBeUndefined();
  });

  it('places dates proportionally on the scale', () => {
    expect(position('2020-01-01', 2020, 2021)).toBe(0);
    expect(position('2021-01-01', 2020, 2021)).toBeCloseTo(50.07, 1);
    expect(position('2030-01-01', 2020, 2021)).toBe(100);
  });
});
