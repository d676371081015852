import { registerTexts } from '@/lib/lazy-texts';

const de = {
  preline: 'Ausschuss',
  municipality: 'Ausschuss des Rates der Stadt {{municipality}}',
  inRis: 'Der Ausschuss im Ratsinformationssystem',
};

type CommitteePageTexts = typeof de;

const en: CommitteePageTexts = {
  preline: 'Committee',
  municipality: 'Council committee of {{municipality}}',
  inRis: 'The committee in the council information system',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    committeePage: CommitteePageTexts;
  }
}

registerTexts('committeePage', { de, en });
