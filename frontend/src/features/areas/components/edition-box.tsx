import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/states';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useContentLang, useLang } from '@/lib/use-lang';

/** The current edition of the concept with its document link. */
export function EditionBox({ edition }: { edition: Schemas['NullableEdition'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  if (!edition) return <EmptyState>{t('area.noEdition')}</EmptyState>;
  return (
    <div className="edition">
      <p className="kern-body kern-body--bold">
        {edition.label}
        {edition.publishedOn ? (
          <>
            {' · '}
            {t('edition.publishedOn')} <time dateTime={edition.publishedOn}>{formatDate(edition.publishedOn, lang, 'long')}</time>
          </>
        ) : null}
      </p>
      {edition.summary ? (
        <p className="kern-body prose clamp-6" lang={contentLang}>
          {edition.summary}
        </p>
      ) : null}
      {edition.documentUrl ? (
        <p>
          <a className="kern-link" href={edition.documentUrl} rel="noopener">
            {t('edition.document', { label: edition.label })}
            <span className="kern-icon kern-icon--open-in-new kern-icon--small" aria-hidden="true" />
          </a>
        </p>
      ) : null}
    </div>
  );
}
