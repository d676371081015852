import type { Schemas } from '@/lib/api-client';
import { EMAIL_PATTERN, type FieldErrors, type FieldRules } from '@/lib/record-form';

type Settings = Schemas['AccountSettings'];

export type SettingsFormValues = {
  email: string;
  language: Schemas['MailLanguage'];
  digestSubscribed: boolean;
  digestWeekday: Schemas['Weekday'];
};

export const SETTINGS_FORM_FIELDS: readonly (keyof SettingsFormValues)[] = ['email', 'language', 'digestSubscribed', 'digestWeekday'];

export function settingsToForm(s: Settings | undefined): SettingsFormValues {
  return {
    email: s?.email ?? '',
    language: s?.language ?? 'de',
    digestSubscribed: s?.digestSubscribed ?? false,
    digestWeekday: s?.digestWeekday ?? 'MONDAY',
  };
}

export function settingsToInput(v: SettingsFormValues): Schemas['AccountSettingsInput'] {
  const email = v.email.trim();
  return { email: email === '' ? null : email, language: v.language, digestSubscribed: v.digestSubscribed, digestWeekday: v.digestWeekday };
}

export const settingsRules = (emailMessage: string): FieldRules<SettingsFormValues> => ({
  email: { maxLength: 254, pattern: { regex: EMAIL_PATTERN, message: emailMessage } },
});

/** Subscribing needs an address (the API's rule). */
export function checkSettings(v: SettingsFormValues, emailNeeded: string): FieldErrors<SettingsFormValues> {
  return v.digestSubscribed && v.email.trim() === '' ? { email: emailNeeded } : {};
}
