import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { EmptyState } from '@/components/ui/states';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** The current edition of the concept with its document link, and the way to all editions. */
export function EditionBox({ slug, edition }: { slug: string; edition: Schemas['NullableEdition'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const allEditions = (
    <p>
      <AppLink to={paths.editions(slug)}>{t('edition.all')}</AppLink>
    </p>
  );
  if (!edition)
    return (
      <>
        <EmptyState>{t('area.noEdition')}</EmptyState>
        {allEditions}
      </>
    );
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
      <p>
        <AppLink to={paths.edition(slug, edition.id)}>{t('edition.open', { label: edition.label })}</AppLink>
      </p>
      <p>
        {/* the concept as the server writes it down (HTML; the edition's page also offers the PDF) */}
        <a className="kern-link" href={paths.editionDocument(slug, edition.id, 'html')} type="text/html">
          {t('edition.document', { label: edition.label })}
        </a>
      </p>
      {edition.documentUrl ? (
        <p>
          <a className="kern-link" href={edition.documentUrl} rel="noopener">
            {t('edition.external', { label: edition.label })}
            <span className="kern-icon kern-icon--open-in-new kern-icon--small" aria-hidden="true" />
          </a>
        </p>
      ) : null}
      {allEditions}
    </div>
  );
}
