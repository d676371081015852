import { registerTexts } from '@/lib/lazy-texts';

const de = {
  // the embeds
  newTabNote: 'Links öffnen die vollständige Seite in einem neuen Tab.',
  concept: 'Integriertes Handlungskonzept',
  allDates: 'Alle Ausschusstermine ansehen',
  allMeasures: 'Alle {{count}} Maßnahmen ansehen',
  mapTitle: 'Maßnahmen auf der Karte',
  onMapInApp: 'Die Maßnahmen in der vollständigen Ansicht',
  notFound: 'Diese Einbettung gibt es nicht.',
  // the builder
  title: 'Auf der eigenen Website einbetten',
  intro:
    'Die Website der Stadt kann Maßnahmen, die Karte oder die anstehenden Ausschusstermine dieses Gebiets zeigen. Wählen Sie aus, was eingebettet werden soll, und kopieren Sie den Code in die Seite. Eingebettet wird nur, was veröffentlicht ist.',
  setup:
    'Der Betrieb muss die Website erlauben: Ihre Adresse gehört in die Einstellung FRAME_ANCESTORS (siehe Betriebshandbuch).',
  form: 'Was eingebettet wird',
  kind: 'Inhalt',
  kinds: { 'committee-dates': 'Anstehende Ausschusstermine', measures: 'Maßnahmen', map: 'Karte der Maßnahmen' },
  language: 'Sprache',
  languages: { de: 'Deutsch', en: 'Englisch' },
  committee: 'Ausschuss',
  allCommittees: 'Alle Ausschüsse',
  actionField: 'Handlungsfeld',
  status: 'Status',
  anyStatus: 'Jeder Status',
  targetGroup: 'Zielgruppe',
  any: 'Alle',
  code: 'Code zum Einbetten',
  codeLabel: 'HTML für die Seite der Website',
  codeHint: 'Das iframe zeigt den Inhalt; das Skript passt seine Höhe dem Inhalt an.',
  copy: 'Code kopieren',
  copied: 'Der Code ist in der Zwischenablage.',
  copyFailed: 'Der Browser hat das Kopieren nicht erlaubt. Bitte markieren und kopieren Sie den Code selbst.',
  preview: 'Vorschau',
  frameTitle: '{{what}}: {{area}}',
};

type EmbedTexts = typeof de;

const en: EmbedTexts = {
  newTabNote: 'Links open the full page in a new tab.',
  concept: 'Integrated action concept',
  allDates: 'See all committee dates',
  allMeasures: 'See all {{count}} measures',
  mapTitle: 'Measures on the map',
  onMapInApp: 'The measures in the full view',
  notFound: 'There is no such embed.',
  title: 'Embed in your own website',
  intro:
    "The city's website can show measures, the map or the upcoming committee dates of this area. Choose what to embed and copy the code into the page. Only what is published is embedded.",
  setup: 'The operators must allow the website: its address belongs in the setting FRAME_ANCESTORS (see the operations guide).',
  form: 'What is embedded',
  kind: 'Content',
  kinds: { 'committee-dates': 'Upcoming committee dates', measures: 'Measures', map: 'Map of the measures' },
  language: 'Language',
  languages: { de: 'German', en: 'English' },
  committee: 'Committee',
  allCommittees: 'All committees',
  actionField: 'Action field',
  status: 'Status',
  anyStatus: 'Any status',
  targetGroup: 'Target group',
  any: 'All',
  code: 'Code to embed',
  codeLabel: 'HTML for the page of the website',
  codeHint: 'The iframe shows the content; the script fits its height to the content.',
  copy: 'Copy the code',
  copied: 'The code is on the clipboard.',
  copyFailed: 'The browser did not allow copying. Please select and copy the code yourself.',
  preview: 'Preview',
  frameTitle: '{{what}}: {{area}}',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    embed: EmbedTexts;
  }
}

registerTexts('embed', { de, en });
