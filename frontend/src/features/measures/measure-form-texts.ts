import { registerTexts } from '@/lib/lazy-texts';

const de = {
  codePattern: 'Das Kürzel beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich.',
};

type MeasureFormTexts = typeof de;

const en: MeasureFormTexts = {
  codePattern: 'The code starts with a letter or digit and contains only letters, digits, dots, hyphens and underscores.',
};

registerTexts('measureForm', { de, en });

export type { MeasureFormTexts };
