import { i18n } from './i18n';
import type { Locale } from './paths';

/** The interface texts other than German, each a chunk of its own: the start page carries only the German ones. */
const chunks = {
  en: () => import('./locales/en').then((m) => m.en),
  ls: () => import('./locales/ls').then((m) => m.ls),
} satisfies Record<Exclude<Locale, 'de'>, () => Promise<object>>;

const loading = new Map<Locale, Promise<void>>();
const loaded = new Set<Locale>(['de']);

/**
 * Loads the interface texts of a language and adds them to i18next: English, or Leichte Sprache (the language `ls`,
 * whose missing texts stay German). Loads once; a failed load is tried again on the next call.
 */
export function loadLanguageTexts(locale: Locale): Promise<void> {
  if (locale === 'de') return Promise.resolve();
  let load = loading.get(locale);
  if (!load) {
    load = chunks[locale]()
      .then((texts) => {
        i18n.addResourceBundle(locale, 'translation', texts, true, true);
        loaded.add(locale);
      })
      .catch((error: unknown) => {
        loading.delete(locale);
        throw error;
      });
    loading.set(locale, load);
  }
  return load;
}

const settled = new Map<Locale, Promise<void>>();

/**
 * A promise that settles when the texts of a language have loaded or failed to load (the page then shows German), the
 * same one for each language: a component suspends on it with `use`, so that a navigation into another language keeps
 * the old page until the new one can be shown in its own words. (After a failure it stays settled: the page shows
 * German, and `loadLanguageTexts` tries again.)
 */
export function languageTextsSettled(locale: Locale): Promise<void> {
  let promise = settled.get(locale);
  if (!promise) {
    promise = loaded.has(locale) ? fulfilled() : loadLanguageTexts(locale).catch(() => undefined);
    settled.set(locale, promise);
  }
  return promise;
}

/** A promise marked as fulfilled the way React marks the promises it has seen, so that `use` returns at once. */
function fulfilled(): Promise<void> {
  return Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });
}

/** Whether the texts of a language are there already. */
export function languageTextsLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}
