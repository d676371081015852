import type { Schemas } from '@/lib/api-client';

type Measure = Schemas['Measure'];
type StepSummary = Schemas['StepSummary'];

/** Measures still under way; finished (`COMPLETED`) and given up (`DISCONTINUED`) ones need no work. */
export const ACTIVE_MEASURE_STATUSES: Schemas['MeasureStatus'][] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'ONGOING'];

/** A measure counts as neglected when nobody changed it for this many months. */
export const STALE_AFTER_MONTHS = 6;

export interface OverdueMeasure {
  measure: Measure;
  steps: StepSummary[];
}

export interface MeasureWork {
  withoutSteps: Measure[];
  withOverdueSteps: OverdueMeasure[];
  /** Oldest change first. */
  notUpdated: Measure[];
}

/** The same time of day `months` calendar months earlier (the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/** Open or running steps whose due date (YYYY-MM-DD) lies before `today`. */
export function overdueSteps(measure: Measure, today: string): StepSummary[] {
  return measure.steps.filter(
    (s) => s.dueDate !== null && s.dueDate < today && (s.status === 'OPEN' || s.status === 'IN_PROGRESS'),
  );
}

/** What needs an editor's attention among the (active) measures of an area. */
export function selectMeasureWork(measures: Measure[], now: Date, today: string): MeasureWork {
  const active = measures.filter((m) => ACTIVE_MEASURE_STATUSES.includes(m.status));
  const cutoff = monthsBefore(now, STALE_AFTER_MONTHS).getTime();
  return {
    withoutSteps: active.filter((m) => m.steps.length === 0),
    withOverdueSteps: active
      .map((measure) => ({ measure, steps: overdueSteps(measure, today) }))
      .filter((o) => o.steps.length > 0),
    notUpdated: active
      .filter((m) => new Date(m.updatedAt).getTime() < cutoff)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
  };
}
