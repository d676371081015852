import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { monthsBefore, overdueSteps, selectMeasureWork } from './work-items';

type Measure = Schemas['Measure'];
type Step = Schemas['StepSummary'];

const step = (id: string, dueDate: string | null, status: Step['status'] = 'OPEN'): Step => ({ id, title: `Step ${id}`, dueDate, status, position: 0 });

function measure(code: string, over: Partial<Measure> = {}): Measure {
  return {
    id: code,
    code,
    title: `Measure ${code}`,
    status: 'IN_PROGRESS',
    steps: [step(`${code}-1`, '2027-01-01')],
    updatedAt: '2026-11-01T10:00:00Z',
    publicationStatus: 'PUBLISHED',
    ...over,
  } as Measure;
}

const now = new Date('2026-11-26T12:00:00Z');
const today = '2026-11-26';

describe('monthsBefore', () => {
  it('goes back calendar months and keeps the day, or the last day of a shorter month', () => {
    expect(monthsBefore(now, 6).toISOString()).toBe('2026-05-26T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-08-31T00:00:00Z'), 6).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(monthsBefore(new Date('2026-03-15T00:00:00Z'), 6).toISOString()).toBe('2025-09-15T00:00:00.000Z');
  });
});

describe('overdueSteps', () => {
  it('lists open and running steps due before today, not done, cancelled, undated or due today', () => {
    const m = measure('A', {
      steps: [
        step('open-late', '2026-11-25'),
        step('running-late', '2026-01-01', 'IN_PROGRESS'),
        step('done-late', '2026-01-01', 'DONE'),
        step('cancelled-late', '2026-01-01', 'CANCELLED'),
        step('undated', null),
        step('today', today),
      ],
    });
    expect(overdueSteps(m, today).map((s) => s.id)).toEqual(['open-late', 'running-late']);
  });
});

describe('selectMeasureWork', () => {
  it('finds measures without steps, with overdue steps and not updated for six months', () => {
    const fresh = measure('FRESH');
    const noSteps = measure('EMPTY', { steps: [] });
    const late = measure('LATE', { steps: [step('x', '2026-10-01')] });
    const old = measure('OLD', { updatedAt: '2026-05-25T23:59:59Z' });
    const older = measure('OLDER', { updatedAt: '2025-01-01T00:00:00Z', steps: [] });
    const justInTime = measure('RECENT', { updatedAt: '2026-05-26T12:00:00Z' });
    const work = selectMeasureWork([fresh, noSteps, late, old, older, justInTime], now, today);
    expect(work.withoutSteps.map((m) => m.code)).toEqual(['EMPTY', 'OLDER']);
    expect(work.withOverdueSteps.map((o) => [o.measure.code, o.steps.map((s) => s.id)])).toEqual([['LATE', ['x']]]);
    expect(work.notUpdated.map((m) => m.code)).toEqual(['OLDER', 'OLD']);
  });

  it('leaves out completed and discontinued measures', () => {
    const work = selectMeasureWork(
      [
        measure('DONE', { status: 'COMPLETED', steps: [], updatedAt: '2020-01-01T00:00:00Z' }),
        measure('STOPPED', { status: 'DISCONTINUED', steps: [step('y', '2020-01-01')] }),
        measure('ONGOING', { status: 'ONGOING', steps: [] }),
      ],
      now,
      today,
    );
    expect(work.withoutSteps.map((m) => m.code)).toEqual(['ONGOING']);
    expect(work.withOverdueSteps).toEqual([]);
    expect(work.notUpdated).toEqual([]);
  });
});
