import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Einstellungen',
  intro: 'Ihre E-Mail-Adresse und die wöchentliche Erinnerung.',
  loginFirst: 'Bitte melden Sie sich an, um Ihre Einstellungen zu sehen.',
  fields: {
    email: 'E-Mail-Adresse',
    language: 'Sprache der E-Mails',
    digestSubscribed: 'Wöchentliche Erinnerung per E-Mail erhalten',
    digestWeekday: 'Wochentag der Erinnerung',
  },
  emailHint: 'An diese Adresse geht die Erinnerung.',
  emailPattern: 'Bitte eine E-Mail-Adresse wie name@example.org angeben.',
  emailNeeded: 'Für die Erinnerung braucht es eine E-Mail-Adresse.',
  digestHint:
    'Einmal pro Woche: Handlungsschritte, die überfällig oder in den nächsten 14 Tagen fällig sind, Maßnahmen, die lange nicht aktualisiert wurden, Bedarfe ohne Maßnahme (Redaktion) und anstehende Ausschusstermine Ihrer Fördergebiete. Abbestellen können Sie hier oder mit dem Link in jeder E-Mail.',
  languages: { de: 'Deutsch', en: 'Englisch' },
  mailNotConfigured: 'Der Versand von E-Mails ist auf diesem Server nicht eingerichtet; solange werden keine Erinnerungen verschickt.',
  saved: 'Ihre Einstellungen wurden gespeichert.',
  tokenHasNone: 'Mit einem API-Token gibt es keine persönlichen Einstellungen.',
};

type SettingsTexts = typeof de;

const en: SettingsTexts = {
  title: 'Settings',
  intro: 'Your e-mail address and the weekly reminder.',
  loginFirst: 'Please log in to see your settings.',
  fields: {
    email: 'E-mail address',
    language: 'Language of e-mails',
    digestSubscribed: 'Receive the weekly reminder by e-mail',
    digestWeekday: 'Weekday of the reminder',
  },
  emailHint: 'The reminder is sent to this address.',
  emailPattern: 'Please give an e-mail address like name@example.org.',
  emailNeeded: 'The reminder needs an e-mail address.',
  digestHint:
    'Once a week: action steps overdue or due in the next 14 days, measures not updated for a long time, needs without a measure (editors) and upcoming committee dates of your areas. Unsubscribe here or with the link in every e-mail.',
  languages: { de: 'German', en: 'English' },
  mailNotConfigured: 'Sending e-mail is not set up on this server; until it is, no reminders are sent.',
  saved: 'Your settings were saved.',
  tokenHasNone: 'An API token has no personal settings.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    accountSettings: SettingsTexts;
  }
}

registerTexts('accountSettings', { de, en });
