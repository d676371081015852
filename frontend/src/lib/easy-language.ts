import { i18n } from './i18n';

let loading: Promise<void> | undefined;

/**
 * Loads the interface texts in Leichte Sprache (their own chunk, never part of the start page) and adds them as the
 * language `ls`; texts they do not have stay German. Loads once; a failed load is tried again on the next call.
 */
export function loadEasyLanguage(): Promise<void> {
  loading ??= import('./locales/ls')
    .then(({ ls }) => {
      i18n.addResourceBundle('ls', 'translation', ls, true, true);
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
