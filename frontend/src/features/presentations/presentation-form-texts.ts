import { registerTexts } from '@/lib/lazy-texts';

const de = {
  newTitle: 'Neuer Ausschusstermin',
  newLink: 'Neuer Termin',
  editTitle: 'Ausschusstermin bearbeiten',
  editNamed: '„{{title}}“ bearbeiten',
  committee: 'Ausschuss',
  date: 'Datum',
  time: 'Uhrzeit',
  timeHint: 'Als SS:MM, z. B. 17:00; leer lassen, wenn sie noch nicht feststeht.',
  timePattern: 'Die Uhrzeit hat die Form SS:MM, z. B. 17:00.',
  titleField: 'Titel',
  description: 'Beschreibung',
  status: 'Stand',
  edition: 'Vorgestellte Fassung',
  noEdition: 'Keine',
  measures: 'Vorgestellte Maßnahmen',
  measuresHint: 'Suchen Sie nach Kürzel oder Titel der Maßnahme.',
  presenter: 'Vorstellende Stelle',
  presenterHint: 'Suchen Sie nach dem Namen des Akteurs.',
  meetingUrl: 'Sitzung im Ratsinformationssystem',
  agendaItemUrl: 'Tagesordnungspunkt im Ratsinformationssystem',
  paperUrl: 'Vorlage im Ratsinformationssystem',
  urlHint: 'Vollständige Adresse mit http:// oder https://',
  urlPattern: 'Bitte eine vollständige Adresse angeben, die mit http:// oder https:// beginnt und keine Leerzeichen enthält.',
  publicationStatus: 'Veröffentlichung',
  delete: 'Termin löschen',
  deleteQuestion: 'Der Ausschusstermin „{{title}}“ wird gelöscht.',
};

type PresentationFormTexts = typeof de;

const en: PresentationFormTexts = {
  newTitle: 'New committee date',
  newLink: 'New date',
  editTitle: 'Edit committee date',
  editNamed: 'Edit “{{title}}”',
  committee: 'Committee',
  date: 'Date',
  time: 'Time',
  timeHint: 'As HH:MM, e.g. 17:00; leave empty while it is not fixed.',
  timePattern: 'The time has the form HH:MM, e.g. 17:00.',
  titleField: 'Title',
  description: 'Description',
  status: 'Status',
  edition: 'Edition presented',
  noEdition: 'None',
  measures: 'Measures presented',
  measuresHint: 'Search by the measure’s code or title.',
  presenter: 'Presented by',
  presenterHint: 'Search by the actor’s name.',
  meetingUrl: 'Meeting in the council information system',
  agendaItemUrl: 'Agenda item in the council information system',
  paperUrl: 'Paper in the council information system',
  urlHint: 'Full address with http:// or https://',
  urlPattern: 'Please enter a full address that starts with http:// or https:// and contains no spaces.',
  publicationStatus: 'Publication',
  delete: 'Delete date',
  deleteQuestion: 'The committee date “{{title}}” will be deleted.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    presentationForm: PresentationFormTexts;
  }
}

registerTexts('presentationForm', { de, en });
