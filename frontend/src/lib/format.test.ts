import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, WEEKDAY_NAMES, weekday } from './format';

describe('weekday', () => {
  it('names the weekdays of the API in both languages, Monday first', () => {
    expect(WEEKDAY_NAMES[0]).toBe('MONDAY');
    expect(weekday('MONDAY', 'de')).toBe('Montag');
    expect(weekday('SUNDAY', 'de')).toBe('Sonntag');
    expect(weekday('WEDNESDAY', 'en')).toBe('Wednesday');
  });
});

// formatNumber, formatDate and formatMoney format by hand what Intl would (see format.ts); these compare the two.
describe('formatting by hand, as Intl formats', () => {
  const langs = ['de', 'en'] as const;
  const intlLocale = { de: 'de-DE', en: 'en-GB' };

  it('numbers with up to 0, 1, 2 and 6 decimals', () => {
    const values = [0, -0, 1, 5, 999, 1000, 1234, -1234, 12345.678, 999999.5, 1000000, 0.5, 1.5, 2.5, -2.5, 1.005, 1.015, 0.045, 0.0001,
      9.995, 99.95, 0.1 + 0.2, 123456789.123456, 1e20, 1e21, 1e-7, -0.4, Number.NaN, Infinity, 33.3333333, 66.66666666];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) values.push(Math.round((random() - 0.3) * 10 ** (1 + (i % 8)) * 1000) / 10 ** (i % 5));
    for (const lang of langs) {
      for (const digits of [0, 1, 2, 6]) {
        const intl = new Intl.NumberFormat(intlLocale[lang], { maximumFractionDigits: digits });
        for (const value of values) expect(`${value}: ${formatNumber(value, lang, digits)}`).toBe(`${value}: ${intl.format(value)}`);
      }
    }
  });

  it('calendar dates, medium and long', () => {
    const dates = ['2026-01-01', '2026-12-09', '2027-03-10', '1999-07-31', '2024-02-29', '2030-10-05', '2026-13-01', '2026-02-30', '0999-01-01'];
    for (const lang of langs) {
      for (const style of ['medium', 'long'] as const) {
        const intl = new Intl.DateTimeFormat(intlLocale[lang], {
          day: style === 'long' ? 'numeric' : '2-digit',
          month: style === 'long' ? 'long' : '2-digit',
          year: 'numeric',
          timeZone: 'UTC',
        });
        for (const date of dates) {
          const parsed = new Date(`${date}T00:00:00Z`);
          const expected = Number.isNaN(parsed.getTime()) ? 'Invalid' : intl.format(parsed);
          let actual: string;
          try {
            actual = formatDate(date, lang, style);
          } catch {
            actual = 'Invalid';
          }
          expect(`${date}: ${actual}`).toBe(`${date}: ${expected}`);
        }
      }
    }
  });

  it('money in euros and in other currencies', () => {
    const amounts = ['0', '0.40', '-0.40', '12', '1234', '1234567.89', '-2500', '999.50', '750000.00'];
    for (const lang of langs) {
      for (const currency of ['EUR', 'USD']) {
        const intl = new Intl.NumberFormat(intlLocale[lang], { style: 'currency', currency, maximumFractionDigits: 0 });
        for (const amount of amounts) {
          expect(`${amount} ${currency}: ${formatMoney({ amount, currency }, lang)}`).toBe(`${amount} ${currency}: ${intl.format(Number(amount))}`);
        }
      }
    }
  });
});
