import { registerTexts } from '@/lib/lazy-texts';

const de = {
  filter: 'Termine filtern',
  committee: 'Ausschuss',
  all: 'Alle Ausschüsse',
  apply: 'Anzeigen',
  about: 'Über den Ausschuss',
};

type CommitteeDatesTexts = typeof de;

const en: CommitteeDatesTexts = {
  filter: 'Filter the dates',
  committee: 'Committee',
  all: 'All committees',
  apply: 'Show',
  about: 'About the committee',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    committeeDates: CommitteeDatesTexts;
  }
}

registerTexts('committeeDates', { de, en });
