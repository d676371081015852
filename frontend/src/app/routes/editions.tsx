import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useSession } from '@/features/auth/hooks/use-session';
import { useEditions } from '@/features/editions/api/editions';
import '@/features/editions/edition-form-texts';
import '@/features/editions/edition-texts';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** The editions of an area's concept, newest first; editors add and change them from here. */
export default function EditionsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const { slug = '' } = useParams();
  const session = useSession();
  const editions = useEditions(slug);
  const canEdit = session.canEdit(slug);

  const body = () => {
    if (editions.isPending) {
      return (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={6} />
        </div>
      );
    }
    if (editions.isError) return <ErrorState error={editions.error} onRetry={() => void editions.refetch()} />;
    if (!editions.data.items.length) return <EmptyState>{t('editionForm.empty')}</EmptyState>;
    return (
      <ul className="plain-list edition-list">
        {editions.data.items.map((e) => (
          <li key={e.id} className="edition-list__item">
            <h2 className="kern-heading-small" lang={contentLang}>
              <AppLink to={paths.edition(slug, e.id)}>{e.label}</AppLink>
            </h2>
            <p className="kern-body kern-body--small">
              <span className={`kern-badge ${e.status === 'ADOPTED' ? 'kern-badge--success' : 'kern-badge--info'}`}>
                <span className="kern-label kern-label--small">
                  {e.status === 'ADOPTED' && e.adoptedOn
                    ? t('editionView.adoptedOn', { date: formatDate(e.adoptedOn, lang, 'long') })
                    : t('editionView.preparing')}
                </span>
              </span>
            </p>
            <p className="kern-body kern-body--small">
              {e.publishedOn ? (
                <>
                  {t('editionForm.publishedOn')} <time dateTime={e.publishedOn}>{formatDate(e.publishedOn, lang, 'long')}</time>
                </>
              ) : (
                t('editionForm.notPublished')
              )}
            </p>
            {e.summary ? (
              <p className="kern-body prose" lang={contentLang}>
                {e.summary}
              </p>
            ) : null}
            <p className="inline-list kern-body kern-body--small">
              <a className="kern-link" href={paths.editionDocument(slug, e.id, 'html')} type="text/html">
                {t('edition.document', { label: e.label })}
              </a>
              {e.documentUrl ? (
                <a className="kern-link" href={e.documentUrl} rel="noopener">
                  {t('edition.external', { label: e.label })}
                </a>
              ) : null}
              <a className="kern-link" href={paths.editionDocument(slug, e.id, 'pdf')} type="application/pdf">
                {t('editionView.documentPdf')}
                <span className="visually-hidden"> {e.label}</span>
              </a>
              {canEdit && e.status !== 'ADOPTED' ? <AppLink to={paths.editionEdit(slug, e.id)}>{t('editionForm.editNamed', { label: e.label })}</AppLink> : null}
            </p>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      <PageHeading>{t('editionForm.listTitle')}</PageHeading>
      <p className="kern-body lead">{t('editionForm.listIntro')}</p>
      {canEdit ? (
        <p className="edit-actions">
          <AppLink to={paths.editionNew(slug)} className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('editionForm.newLink')}</span>
          </AppLink>
        </p>
      ) : null}
      {body()}
    </>
  );
}
