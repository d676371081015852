import { useLocation } from 'react-router';
import { langFromPath, localeFromPath, type Lang, type Locale } from './paths';

/** The interface language, taken from the URL. */
export function useLang(): Lang {
  return langFromPath(useLocation().pathname);
}

/** How the interface reads, taken from the URL: German, English, or German in Leichte Sprache (under /ls). */
export function useLocale(): Locale {
  return localeFromPath(useLocation().pathname);
}

/**
 * The `lang` attribute for content from the API, which is entered in German: `"de"` on English pages (so that
 * screen readers pronounce it as German, WCAG 3.1.2), nothing on German pages.
 */
export function useContentLang(): 'de' | undefined {
  return useLang() === 'en' ? 'de' : undefined;
}
