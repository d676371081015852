import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { localeFromPath, type Locale } from './paths';

/**
 * Texts of lazily loaded parts of the app (the editing and admin screens), by key. The module that owns such texts
 * registers them with `registerTexts` (lazy-texts.ts) and adds its key here by declaration merging, so that
 * `t('admin.…')` stays checked while this module knows nothing of them:
 *
 *   declare module '@/lib/i18n' {
 *     interface LazyTexts { admin: AdminTexts }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- empty on purpose: the owners of the texts add its members
export interface LazyTexts {}

/** All texts: the initial ones (de.ts) and the lazily registered ones. */
export type Texts = typeof de & LazyTexts;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Texts };
  }
}

/**
 * Starts i18next in the language of the URL (German unless the path starts with /en or /ls). Leichte Sprache is the
 * language `ls`, which falls back to German for every text it does not have; its texts, and the English ones, load with `loadLanguageTexts`.
 */
export function initI18n(lang: Locale = typeof window === 'undefined' ? 'de' : localeFromPath(window.location.pathname)) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { de: { translation: de } },
      lng: lang,
      fallbackLng: 'de',
      supportedLngs: ['de', 'en', 'ls'],
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
