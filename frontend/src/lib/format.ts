import type { Lang } from './paths';

const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** Parses `YYYY-MM-DD` as a calendar date (UTC midnight), so that no time zone shifts the day. */
export function parseDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatDate(date: string | null | undefined, lang: Lang, style: 'long' | 'medium' = 'medium'): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(locales[lang], {
    day: style === 'long' ? 'numeric' : '2-digit',
    month: style === 'long' ? 'long' : '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseDate(date));
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits }).format(value);
}

export function formatMoney(money: { amount: string; currency: string } | null | undefined, lang: Lang): string {
  if (!money) return '';
  return new Intl.NumberFormat(locales[lang], {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: 0,
  }).format(Number(money.amount));
}

/** Today as `YYYY-MM-DD` in local time. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A moment (ISO 8601 with time) as date and time to the second, in the reader's time zone. */
export function formatDateTime(timestamp: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(timestamp));
}

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekdays in order, Monday first (as the API names them). */
export const WEEKDAY_NAMES: readonly Weekday[] = WEEKDAYS;

/** The name of a weekday in the language, e.g. `MONDAY` → "Montag" / "Monday". */
export function weekday(day: Weekday, lang: Lang): string {
  // 2024-01-01 was a Monday
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(locales[lang], { weekday: 'long', timeZone: 'UTC' }).format(date);
}
