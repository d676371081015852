import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Bedarfe ohne Maßnahme',
  intro: 'Auf diese Bedarfe des Quartiers antwortet noch keine Maßnahme. Sie zeigen, wo das Konzept noch Lücken hat.',
  filter: 'Bedarfe filtern',
  actionField: 'Handlungsfeld',
  all: 'Alle Handlungsfelder',
  apply: 'Anzeigen',
  count_one: '{{count}} Bedarf ohne Maßnahme.',
  count_other: '{{count}} Bedarfe ohne Maßnahme.',
  none: 'Auf jeden Bedarf antwortet mindestens eine Maßnahme.',
  noneInField: 'In diesem Handlungsfeld antwortet auf jeden Bedarf mindestens eine Maßnahme.',
};

type UncoveredTexts = typeof de;

const en: UncoveredTexts = {
  title: 'Needs without a measure',
  intro: 'No measure answers these needs of the quarter yet. They show where the concept still has gaps.',
  filter: 'Filter the needs',
  actionField: 'Action field',
  all: 'All action fields',
  apply: 'Show',
  count_one: '{{count}} need without a measure.',
  count_other: '{{count}} needs without a measure.',
  none: 'Every need is answered by at least one measure.',
  noneInField: 'In this action field, every need is answered by at least one measure.',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    uncoveredNeeds: UncoveredTexts;
  }
}

registerTexts('uncoveredNeeds', { de, en });
