import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { FormUiTexts } from '@/components/ui/form-texts';
import type { AdminTexts } from '@/features/admin/admin-texts';
import type { PublishTexts } from '@/components/ui/publish-texts';
import type { ActionFieldFormTexts } from '@/features/action-fields/action-field-form-texts';
import type { AreaFormTexts } from '@/features/areas/area-form-texts';
import type { EditionFormTexts } from '@/features/editions/edition-form-texts';
import type { NeedFormTexts } from '@/features/needs/need-form-texts';
import type { PresentationFormTexts } from '@/features/presentations/presentation-form-texts';
import type { MeasureFormTexts } from '@/features/measures/measure-form-texts';
import type { historyTexts } from '@/features/history/texts';
import type { workViewTexts } from '@/features/work-view/texts';
import { de } from './locales/de';
import { en } from './locales/en';
import { langFromPath, type Lang } from './paths';

/**
 * All texts: the initial ones (de.ts) and those of lazily loaded screens, registered with `registerTexts`
 * (lazy-texts.ts). Add each lazy module's type here with a type-only import.
 */
export type Texts = typeof de & {
  formUi: FormUiTexts;
  measureForm: MeasureFormTexts;
  history: typeof historyTexts.de;
  workView: typeof workViewTexts.de;
  admin: AdminTexts;
  publishUi: PublishTexts;
  actionFieldForm: ActionFieldFormTexts;
  areaForm: AreaFormTexts;
  needForm: NeedFormTexts;
  presentationForm: PresentationFormTexts;
  editionForm: EditionFormTexts;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Texts };
  }
}

/** Starts i18next in the language of the URL (German unless the path starts with /en). */
export function initI18n(lang: Lang = typeof window === 'undefined' ? 'de' : langFromPath(window.location.pathname)) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { de: { translation: de }, en: { translation: en } },
      lng: lang,
      fallbackLng: 'de',
      supportedLngs: ['de', 'en'],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      showSupportNotice: false,
    });
  } else if (i18n.language !== lang) {
    void i18n.changeLanguage(lang);
  }
  return i18n;
}

export { i18n };
