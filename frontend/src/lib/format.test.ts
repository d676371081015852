import { describe, expect, it } from 'vitest';
import { WEEKDAY_NAMES, weekday } from './format';

describe('weekday', () => {
  it('names the weekdays of the API in both languages, Monday first', () => {
    expect(WEEKDAY_NAMES[0]).toBe('MONDAY');
    expect(weekday('MONDAY', 'de')).toBe('Montag');
    expect(weekday('SUNDAY', 'de')).toBe('Sonntag');
    expect(weekday('WEDNESDAY', 'en')).toBe('Wednesday');
  });
});
