import { describe, expect, it } from 'vitest';
import { checkRules } from '@/lib/record-form';
import { checkSettings, SETTINGS_FORM_FIELDS, settingsRules, settingsToForm, settingsToInput, type SettingsFormValues } from './settings-form';

const labels = Object.fromEntries(SETTINGS_FORM_FIELDS.map((f) => [f, f])) as Record<keyof SettingsFormValues, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };

describe('settings form', () => {
  it('reads the settings and sends them back, an empty address as none', () => {
    const values = settingsToForm({
      version: 3,
      username: 'redaktion',
      email: 'redaktion@schinkel.example',
      language: 'en',
      digestSubscribed: true,
      digestWeekday: 'FRIDAY',
      mailConfigured: true,
    });
    expect(settingsToInput(values)).toEqual({ email: 'redaktion@schinkel.example', language: 'en', digestSubscribed: true, digestWeekday: 'FRIDAY' });
    expect(settingsToInput({ ...values, email: '  ', digestSubscribed: false }).email).toBeNull();
    expect(settingsToForm(undefined)).toEqual({ email: '', language: 'de', digestSubscribed: false, digestWeekday: 'MONDAY' });
  });

  it('checks the address like the API, and that subscribing needs one', () => {
    const values = settingsToForm(undefined);
    expect(checkRules({ ...values, email: 'name@localhost' }, settingsRules('pattern'), labels, messages)).toEqual({ email: 'pattern' });
    expect(checkRules({ ...values, email: 'name@example.de' }, settingsRules('pattern'), labels, messages)).toEqual({});
    expect(checkSettings({ ...values, digestSubscribed: true }, 'needed')).toEqual({ email: 'needed' });
    expect(checkSettings({ ...values, digestSubscribed: true, email: 'name@example.de' }, 'needed')).toEqual({});
    expect(checkSettings(values, 'needed')).toEqual({});
  });
});
