import { registerTexts } from '@/lib/lazy-texts';

const de = {
  publish: 'Veröffentlichen',
  unpublish: 'Zum Entwurf machen',
  pending: 'Wird gespeichert …',
  published: '„{{name}}“ ist veröffentlicht.',
  unpublished: '„{{name}}“ ist jetzt ein Entwurf.',
  changed: 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  refused: 'Nicht gespeichert: {{reason}}',
  draftFilter: 'Veröffentlichungsstand',
  allRecords: 'Alle',
  draftsOnly: 'Nur Entwürfe',
  publishedOnly: 'Nur veröffentlichte',
};

type PublishTexts = typeof de;

const en: PublishTexts = {
  publish: 'Publish',
  unpublish: 'Make draft',
  pending: 'Saving …',
  published: '“{{name}}” is published.',
  unpublished: '“{{name}}” is a draft now.',
  changed: 'The record was changed meanwhile. Please reload the page and try again.',
  refused: 'Not saved: {{reason}}',
  draftFilter: 'Publication state',
  allRecords: 'All',
  draftsOnly: 'Drafts only',
  publishedOnly: 'Published only',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    publishUi: PublishTexts;
  }
}

registerTexts('publishUi', { de, en });
