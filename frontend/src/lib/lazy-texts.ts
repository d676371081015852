import { i18n, initI18n, type LazyTexts } from './i18n';
import type { Lang } from './paths';

/**
 * Texts of a lazily loaded part of the app (the editing and admin screens), kept out of the start page's bundle.
 * The module that owns them registers them when it is first imported, after adding their key and type to `LazyTexts`
 * (see i18n.ts), so `t('admin.…')` stays checked.
 */
export function registerTexts<K extends keyof LazyTexts>(key: K, texts: Record<Lang, LazyTexts[K]>) {
  // a module imported by an entry (the embeds' layout) registers its texts before the entry's own code runs
  if (!i18n.isInitialized) initI18n();
  for (const lang of Object.keys(texts) as Lang[]) {
    if (!i18n.hasResourceBundle(lang, 'translation') || i18n.getResource(lang, 'translation', key) === undefined) {
      i18n.addResourceBundle(lang, 'translation', { [key]: texts[lang] }, true, false);
    }
  }
}
