import { registerTexts } from '@/lib/lazy-texts';

const de = {
  newTitle: 'Neuer Bedarf',
  newLink: 'Neuer Bedarf',
  editTitle: 'Bedarf bearbeiten',
  editLink: 'Bearbeiten',
  actionField: 'Handlungsfeld',
  code: 'Kürzel',
  titleField: 'Titel',
  description: 'Beschreibung',
  evidence: 'Herleitung',
  evidenceHint: 'Wo der Bedarf festgestellt wurde, z. B. in einer Bewohnerbefragung.',
  priority: 'Priorität',
  targetGroups: 'Zielgruppen',
  measures: 'Maßnahmen, die diesen Bedarf beantworten',
  measuresHint: 'Suchen Sie nach Kürzel oder Titel. Die Verknüpfung wird bei den Maßnahmen gespeichert.',
  publicationStatus: 'Veröffentlichung',
  codePattern: 'Das Kürzel beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich.',
  delete: 'Bedarf löschen',
  deleteQuestion: 'Der Bedarf „{{title}}“ wird gelöscht. Das geht nur, wenn keine Maßnahme ihn mehr beantwortet.',
};

type NeedFormTexts = typeof de;

const en: NeedFormTexts = {
  newTitle: 'New need',
  newLink: 'New need',
  editTitle: 'Edit need',
  editLink: 'Edit',
  actionField: 'Action field',
  code: 'Code',
  titleField: 'Title',
  description: 'Description',
  evidence: 'Evidence',
  evidenceHint: 'Where the need was found, e.g. in a resident survey.',
  priority: 'Priority',
  targetGroups: 'Target groups',
  measures: 'Measures answering this need',
  measuresHint: 'Search by code or title. The link is saved with the measures.',
  publicationStatus: 'Publication',
  codePattern: 'The code starts with a letter or digit and contains only letters, digits, dots, hyphens and underscores.',
  delete: 'Delete need',
  deleteQuestion: 'The need “{{title}}” will be deleted. This is only possible when no measure answers it any more.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    needForm: NeedFormTexts;
  }
}

registerTexts('needForm', { de, en });
