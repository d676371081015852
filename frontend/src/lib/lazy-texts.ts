import { i18n } from './i18n';
import type { Lang } from './paths';

/**
 * Texts of a lazily loaded part of the app (the editing and admin screens), kept out of the start page's bundle.
 * The module that owns them registers them when it is first imported; their type is added to `Texts` in i18n.ts
 * with a type-only import, so `t('admin.…')` stays checked.
 */
export function registerTexts<T extends object>(key: string, texts: Record<Lang, T>) {
  for (const lang of Object.keys(texts) as Lang[]) {
    if (!i18n.hasResourceBundle(lang, 'translation') || i18n.getResource(lang, 'translation', key) === undefined) {
      i18n.addResourceBundle(lang, 'translation', { [key]: texts[lang] }, true, false);
    }
  }
}
