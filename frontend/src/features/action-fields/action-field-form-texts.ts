import { registerTexts } from '@/lib/lazy-texts';

const de = {
  newTitle: 'Neues Handlungsfeld',
  newLink: 'Neues Handlungsfeld',
  editTitle: 'Handlungsfeld bearbeiten',
  editLink: 'Bearbeiten',
  code: 'Kürzel',
  titleField: 'Titel',
  goal: 'Ziel',
  description: 'Beschreibung',
  color: 'Farbe',
  colorHint: 'Als #RRGGBB, z. B. #1F6FB2; leer lassen für die Standardfarbe.',
  colorPattern: 'Die Farbe hat die Form #RRGGBB, z. B. #1F6FB2.',
  codePattern: 'Das Kürzel beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich.',
  publicationStatus: 'Veröffentlichung',
  delete: 'Handlungsfeld löschen',
  deleteQuestion: 'Das Handlungsfeld „{{title}}“ wird gelöscht. Das geht nur, wenn ihm keine Bedarfe und Maßnahmen mehr zugeordnet sind.',
  orderTitle: 'Reihenfolge der Handlungsfelder',
  orderLink: 'Reihenfolge ändern',
  orderIntro: 'In dieser Reihenfolge erscheinen die Handlungsfelder im Überblick des Gebiets. Jede Verschiebung wird sofort gespeichert.',
  up: 'Nach oben',
  down: 'Nach unten',
  moveUp: '„{{title}}“ nach oben verschieben',
  moveDown: '„{{title}}“ nach unten verschieben',
  moved: '„{{title}}“ steht jetzt an Stelle {{position}} von {{count}}.',
  moveFailed: 'Die Reihenfolge wurde nicht gespeichert: {{reason}} Die gespeicherte Reihenfolge ist neu geladen.',
  empty: 'Dieses Gebiet hat noch keine Handlungsfelder.',
};

type ActionFieldFormTexts = typeof de;

const en: ActionFieldFormTexts = {
  newTitle: 'New action field',
  newLink: 'New action field',
  editTitle: 'Edit action field',
  editLink: 'Edit',
  code: 'Code',
  titleField: 'Title',
  goal: 'Goal',
  description: 'Description',
  color: 'Colour',
  colorHint: 'As #RRGGBB, e.g. #1F6FB2; leave empty for the default colour.',
  colorPattern: 'The colour has the form #RRGGBB, e.g. #1F6FB2.',
  codePattern: 'The code starts with a letter or digit and contains only letters, digits, dots, hyphens and underscores.',
  publicationStatus: 'Publication',
  delete: 'Delete action field',
  deleteQuestion: 'The action field “{{title}}” will be deleted. This is only possible when no needs and measures belong to it any more.',
  orderTitle: 'Order of the action fields',
  orderLink: 'Change order',
  orderIntro: 'The action fields appear in this order on the area’s overview. Every move is saved at once.',
  up: 'Up',
  down: 'Down',
  moveUp: 'Move “{{title}}” up',
  moveDown: 'Move “{{title}}” down',
  moved: '“{{title}}” is now at place {{position}} of {{count}}.',
  moveFailed: 'The order was not saved: {{reason}} The saved order has been reloaded.',
  empty: 'This area has no action fields yet.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    actionFieldForm: ActionFieldFormTexts;
  }
}

registerTexts('actionFieldForm', { de, en });
