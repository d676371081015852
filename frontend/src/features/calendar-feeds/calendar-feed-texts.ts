import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Termine abonnieren',
  introArea: 'Abonnieren Sie die Ausschusstermine dieses Fördergebiets in Ihrem Kalender. Neue, verschobene und abgesagte Termine erscheinen dort von selbst.',
  introCommittee: 'Abonnieren Sie die Termine dieses Ausschusses aus allen Fördergebieten in Ihrem Kalender. Neue, verschobene und abgesagte Termine erscheinen dort von selbst.',
  subscribe: 'Im Kalender abonnieren',
  urlLabel: 'Adresse des Kalenders',
  copy: 'Link kopieren',
  copied: 'Der Link wurde kopiert.',
  copyFailed: 'Der Link konnte nicht kopiert werden. Bitte markieren und kopieren Sie ihn selbst.',
  howTo: 'So abonnieren Sie den Kalender',
  outlook: 'Outlook: „Kalender hinzufügen“ → „Aus dem Internet“ bzw. „Im Web abonnieren“ wählen und die Adresse einfügen.',
  google: 'Google Kalender: Neben „Weitere Kalender“ auf „+“ → „Per URL“ klicken und die Adresse einfügen.',
  apple: 'Apple Kalender (Mac, iPhone): „Ablage“ → „Neues Kalenderabonnement“ bzw. „Kalender hinzufügen“ → „Kalenderabonnement“ wählen und die Adresse einfügen – oder einfach den Abonnieren-Link öffnen.',
  refresh: 'Kalenderprogramme fragen abonnierte Kalender in eigenen Abständen ab (Google etwa alle paar Stunden); Änderungen erscheinen deshalb nicht sofort.',
  draftArea: 'Den Kalender zum Abonnieren gibt es, sobald das Fördergebiet veröffentlicht ist. Er enthält nur veröffentlichte Termine.',
};

type CalendarFeedTexts = typeof de;

const en: CalendarFeedTexts = {
  title: 'Subscribe to dates',
  introArea: 'Subscribe to the committee dates of this redevelopment area in your calendar. New, postponed and cancelled dates show up there by themselves.',
  introCommittee: 'Subscribe to the dates of this committee in all redevelopment areas in your calendar. New, postponed and cancelled dates show up there by themselves.',
  subscribe: 'Subscribe in your calendar',
  urlLabel: 'Address of the calendar',
  copy: 'Copy link',
  copied: 'The link has been copied.',
  copyFailed: 'The link could not be copied. Please select and copy it yourself.',
  howTo: 'How to subscribe',
  outlook: 'Outlook: choose “Add calendar” → “From internet” or “Subscribe from web” and paste the address.',
  google: 'Google Calendar: next to “Other calendars” click “+” → “From URL” and paste the address.',
  apple: 'Apple Calendar (Mac, iPhone): choose “File” → “New Calendar Subscription” or “Add Calendar” → “Add Subscription Calendar” and paste the address – or simply open the subscribe link.',
  refresh: 'Calendar programs check subscribed calendars at intervals of their own (Google every few hours, for instance), so changes do not appear at once.',
  draftArea: 'The calendar to subscribe to is available once the redevelopment area is published. It contains only published dates.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    calendarFeed: CalendarFeedTexts;
  }
}

registerTexts('calendarFeed', { de, en });
