import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useSession } from '@/features/auth/hooks/use-session';
import { useEdition, useEditionContent, useEditions } from '@/features/editions/api/editions';
import { AdoptEdition } from '@/features/editions/components/adopt-edition';
import '@/features/editions/edition-form-texts';
import '@/features/editions/edition-texts';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** One edition of the concept: what it is, where it was heard, its document, and what changed since. */
export default function EditionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const { slug = '', id = '' } = useParams();
  const session = useSession();
  const edition = useEdition(slug, id);
  const content = useEditionContent(slug, id);
  const editions = useEditions(slug);

  const breadcrumb = (
    <p className="breadcrumb kern-body kern-body--small">
      <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      {' / '}
      <AppLink to={paths.editions(slug)}>{t('editionView.allEditions')}</AppLink>
    </p>
  );
  if (edition.isPending) {
    return (
      <div aria-busy="true">
        {breadcrumb}
        <LoadingStatus />
        <Skeleton lines={8} />
      </div>
    );
  }
  if (edition.isError) {
    return (
      <>
        {breadcrumb}
        <ErrorState error={edition.error} onRetry={() => void edition.refetch()} />
      </>
    );
  }
  const e = edition.data;
  const adopted = e.status === 'ADOPTED' && e.adoptedOn;
  const adoptedDate = e.adoptedOn ? formatDate(e.adoptedOn, lang, 'long') : '';
  const later = (editions.data?.items ?? []).filter((other) => other.id !== e.id && other.status === 'PREPARING');

  return (
    <>
      {breadcrumb}
      <PageHeading content preline={adopted ? t('editionView.adoptedOn', { date: adoptedDate }) : t('editionView.preparing')}>
        {e.label}
      </PageHeading>
      <p className="kern-body lead">{adopted ? t('editionView.adoptedNote', { date: adoptedDate }) : t('editionView.preparingNote')}</p>

      <section aria-labelledby="edition-documents" className="section">
        <h2 id="edition-documents" className="kern-heading-medium">
          {t('editionView.documents')}
        </h2>
        <p className="inline-list kern-body">
          <a className="kern-link" href={paths.editionDocument(slug, id, 'pdf')} type="application/pdf">
            {t('editionView.documentPdf')}
          </a>
          <a className="kern-link" href={paths.editionDocument(slug, id, 'html')} type="text/html">
            {t('editionView.documentHtml')}
          </a>
        </p>
        {adopted ? (
          <p className="kern-body">
            <AppLink to={paths.editionCompare(slug, id, 'current')} className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t('editionView.whatChanged')}</span>
            </AppLink>
          </p>
        ) : null}
        {adopted && later.length ? (
          <ul className="plain-list kern-body kern-body--small">
            {later.map((other) => (
              <li key={other.id}>
                <AppLink to={paths.editionCompare(slug, id, other.id)}>{t('editionView.compareWith', { label: other.label })}</AppLink>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {e.summary ? (
        <section aria-labelledby="edition-summary" className="section">
          <h2 id="edition-summary" className="kern-heading-medium">
            {t('editionView.summary')}
          </h2>
          <p className="kern-body prose" lang={contentLang}>
            {e.summary}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="edition-presentations" className="section">
        <h2 id="edition-presentations" className="kern-heading-medium">
          {t('editionView.presentations')}
        </h2>
        {content.isPending ? (
          <Skeleton lines={3} />
        ) : content.isError ? (
          <ErrorState error={content.error} onRetry={() => void content.refetch()} />
        ) : (
          <>
            <p className="kern-body">
              {t('editionView.counts', {
                fields: content.data.actionFields.length,
                needs: content.data.needs.length,
                measures: content.data.measures.length,
              })}
            </p>
            {content.data.presentations.length ? (
              <ul className="plain-list">
                {content.data.presentations.map((p) => (
                  <li key={p.id} className="kern-body">
                    <time dateTime={p.date}>{formatDate(p.date, lang, 'long')}</time>
                    {' · '}
                    <span lang={contentLang}>{p.committee.name}</span>
                    {' · '}
                    <span lang={contentLang}>{p.title}</span>
                    {p.status ? ` (${t(`presentationStatus.${p.status}`)})` : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="kern-body">{t('editionView.noPresentations')}</p>
            )}
          </>
        )}
      </section>

      {!adopted && session.canEdit(slug) ? <AdoptEdition slug={slug} edition={e} /> : null}

      <p className="inline-list kern-body kern-body--small">
        <AppLink to={paths.history.edition(slug, id)}>{t('editionView.history')}</AppLink>
        {!adopted && session.canEdit(slug) ? <AppLink to={paths.editionEdit(slug, id)}>{t('editionForm.editNamed', { label: e.label })}</AppLink> : null}
      </p>
    </>
  );
}
