import type { Lang } from './paths';

const locales: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

// Creating an Intl formatter costs far more than formatting with it: each is made once per language and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locales[lang], options)));
  return format;
}

export function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locales[lang], options)));
  return format;
}

// The first Intl formatter of a page costs 30–90 ms on a desktop processor (the browser loads its locale data then),
// four times that on a phone, in the middle of the first render. Plain numbers, calendar dates and euro amounts, which
// the public pages show, are therefore formatted here as Intl formats them in German and British English (the tests
// compare the two); everything else goes to Intl.

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * `value` with at most `decimals` decimals and grouped thousands, as `Intl.NumberFormat` formats it: rounded half away
 * from zero on the shortest decimal form of the number, trailing zeros of the decimals dropped. Undefined for what
 * JavaScript writes with an exponent (and NaN, Infinity), which Intl formats.
 */
function plainNumber(value: number, lang: Lang, decimals: number): string | undefined {
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  let [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length > decimals) {
    const kept = whole + fraction.slice(0, decimals);
    const rounded = (fraction[decimals] ?? '0') >= '5' ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
    whole = rounded.slice(0, rounded.length - decimals) || '0';
    fraction = rounded.slice(rounded.length - decimals);
  }
  fraction = fraction.replace(/0+$/, '');
  const { group, decimal } = SEPARATORS[lang];
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + whole.replace(/\B(?=(\d{3})+$)/g, group) + (fraction ? decimal + fraction : '');
}

/** Parses `YYYY-MM-DD` as a calendar date (UTC midnight), so that no time zone shifts the day. */
export function parseDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatDate(date: string | null | undefined, lang: Lang, style: 'long' | 'medium' = 'medium'): string {
  if (!date) return '';
  const parts = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(date);
  // (a day the month does not have, such as 30 February, is left to Intl, which rolls it over)
  if (parts && parseDate(date).getUTCDate() === Number(parts[3])) {
    const [, year, month, day] = parts;
    if (style === 'medium') return lang === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
    const monthName = MONTHS[lang][Number(month) - 1];
    return lang === 'de' ? `${Number(day)}. ${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
  }
  return dateTimeFormat(lang, {
    day: style === 'long' ? 'numeric' : '2-digit',
    month: style === 'long' ? 'long' : '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseDate(date));
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return plainNumber(value, lang, maximumFractionDigits) ?? numberFormat(lang, { maximumFractionDigits }).format(value);
}

export function formatMoney(money: { amount: string; currency: string } | null | undefined, lang: Lang): string {
  if (!money) return '';
  const amount = Number(money.amount);
  const euros = money.currency === 'EUR' ? plainNumber(Math.abs(amount), lang, 0) : undefined;
  if (euros !== undefined) {
    const sign = amount < 0 ? '-' : '';
    return lang === 'de' ? `${sign}${euros}\u00a0€` : `${sign}€${euros}`;
  }
  return numberFormat(lang, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 }).format(amount);
}

/** Today as `YYYY-MM-DD` in local time. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A moment (ISO 8601 with time) as date and time to the second, in the reader's time zone. */
export function formatDateTime(timestamp: string, lang: Lang): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(timestamp));
}

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekdays in order, Monday first (as the API names them). */
export const WEEKDAY_NAMES: readonly Weekday[] = WEEKDAYS;

/** The name of a weekday in the language, e.g. `MONDAY` → "Montag" / "Monday". */
export function weekday(day: Weekday, lang: Lang): string {
  // 2024-01-01 was a Monday
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}
