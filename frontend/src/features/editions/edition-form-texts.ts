import { registerTexts } from '@/lib/lazy-texts';

const de = {
  listTitle: 'Fassungen des Konzepts',
  listIntro: 'Das Integrierte Handlungskonzept wird fortgeschrieben; jede Fassung wird veröffentlicht und in den Ausschüssen vorgestellt.',
  empty: 'Es gibt noch keine Fassung.',
  newTitle: 'Neue Fassung',
  newLink: 'Neue Fassung',
  editTitle: 'Fassung bearbeiten',
  editLink: 'Bearbeiten',
  editNamed: '„{{label}}“ bearbeiten',
  label: 'Bezeichnung',
  labelHint: 'Zum Beispiel „IHK 2022“ oder „Fortschreibung 2025“.',
  publishedOn: 'Veröffentlicht am',
  documentUrl: 'Link zum Dokument',
  urlHint: 'Vollständige Adresse mit http:// oder https://',
  urlPattern: 'Bitte eine vollständige Adresse angeben, die mit http:// oder https:// beginnt und keine Leerzeichen enthält.',
  summary: 'Zusammenfassung',
  notPublished: 'noch nicht veröffentlicht',
  delete: 'Fassung löschen',
  deleteQuestion: 'Die Fassung „{{label}}“ wird gelöscht.',
};

type EditionFormTexts = typeof de;

const en: EditionFormTexts = {
  listTitle: 'Editions of the concept',
  listIntro: 'The integrated action concept is updated over time; each edition is published and presented to the committees.',
  empty: 'There is no edition yet.',
  newTitle: 'New edition',
  newLink: 'New edition',
  editTitle: 'Edit edition',
  editLink: 'Edit',
  editNamed: 'Edit “{{label}}”',
  label: 'Label',
  labelHint: 'For example “IHK 2022” or “Update 2025”.',
  publishedOn: 'Published on',
  documentUrl: 'Link to the document',
  urlHint: 'Full address with http:// or https://',
  urlPattern: 'Please enter a full address that starts with http:// or https:// and contains no spaces.',
  summary: 'Summary',
  notPublished: 'not published yet',
  delete: 'Delete edition',
  deleteQuestion: 'The edition “{{label}}” will be deleted.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    editionForm: EditionFormTexts;
  }
}

registerTexts('editionForm', { de, en });
