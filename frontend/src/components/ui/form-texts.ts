import { registerTexts } from '@/lib/lazy-texts';

const de = {
  picker: {
    searchHint: 'Tippen Sie, um zu suchen; Pfeiltasten wählen, Eingabe übernimmt, Escape schließt.',
    loading: 'Wird gesucht …',
    noResults: 'Keine Treffer.',
    results_one: '{{count}} Treffer. Mit den Pfeiltasten auswählen.',
    results_other: '{{count}} Treffer. Mit den Pfeiltasten auswählen.',
    remove: '„{{label}}“ entfernen',
    none: 'Keine Auswahl.',
    added: '„{{label}}“ ausgewählt.',
    removed: '„{{label}}“ entfernt.',
  },
  links: {
    label: 'Bezeichnung von Link {{position}}',
    url: 'Adresse von Link {{position}}',
    add: 'Link hinzufügen',
    remove: 'Link {{position}} entfernen',
    none: 'Noch keine Links.',
  },
  deletion: {
    confirmTitle: 'Wirklich löschen?',
    confirm: 'Ja, endgültig löschen',
    cancel: 'Nicht löschen',
    pending: 'Wird gelöscht …',
    refused: 'Löschen nicht möglich',
    changed: 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie ihn, bevor Sie ihn löschen.',
  },
};

type FormUiTexts = typeof de;

const en: FormUiTexts = {
  picker: {
    searchHint: 'Type to search; arrow keys choose, Enter picks, Escape closes.',
    loading: 'Searching …',
    noResults: 'No matches.',
    results_one: '{{count}} match. Use the arrow keys to choose.',
    results_other: '{{count}} matches. Use the arrow keys to choose.',
    remove: 'Remove “{{label}}”',
    none: 'Nothing chosen.',
    added: '“{{label}}” chosen.',
    removed: '“{{label}}” removed.',
  },
  links: {
    label: 'Label of link {{position}}',
    url: 'Address of link {{position}}',
    add: 'Add link',
    remove: 'Remove link {{position}}',
    none: 'No links yet.',
  },
  deletion: {
    confirmTitle: 'Delete for good?',
    confirm: 'Yes, delete for good',
    cancel: 'Do not delete',
    pending: 'Deleting …',
    refused: 'Cannot delete',
    changed: 'The record was changed meanwhile. Please reload the page and check it before deleting it.',
  },
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    formUi: FormUiTexts;
  }
}

registerTexts('formUi', { de, en });
