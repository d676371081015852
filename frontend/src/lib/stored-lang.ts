import type { Lang } from './paths';

const KEY = 'ihk.lang';

/** Remembers the language a person chose with the language switch. */
export function storeLang(lang: Lang) {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // storage may be unavailable (private mode); the URL carries the language anyway
  }
}

/** The language chosen earlier, if any. */
export function storedLang(): Lang | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'de' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}
