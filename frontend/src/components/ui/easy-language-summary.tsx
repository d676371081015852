import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@/lib/use-lang';

/** The lines of a text in Leichte Sprache: one sentence per line, blank lines dropped. */
export function easyLanguageLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A record's summary in Leichte Sprache, shown only to readers who chose Leichte Sprache: one sentence per line, or,
 * where the record has none, a note saying so (the page's usual text follows).
 */
export function EasyLanguageSummary({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const locale = useLocale();
  if (locale !== 'ls') return null;
  const lines = easyLanguageLines(text);
  if (lines.length === 0) {
    return (
      <div className="kern-alert kern-alert--info easy-language-missing" role="note">
        <div className="kern-alert__body">
          {easyLanguageLines(t('easyLanguage.missing')).map((line) => (
            <p key={line} className="kern-body">
              {line}
            </p>
          ))}
        </div>
      </div>
    );
  }
  return (
    <section aria-labelledby={id} className="section easy-language-summary">
      <h2 id={id} className="kern-heading-medium">
        {t('easyLanguage.heading')}
      </h2>
      <div className="easy-language-summary__text">
        {lines.map((line, i) => (
          <p key={i} className="kern-body">
            {line}
          </p>
        ))}
      </div>
    </section>
  );
}
