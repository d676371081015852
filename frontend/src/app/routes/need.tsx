import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { HistoryLink } from '@/features/history/components/history-link';
import { NewMeasureLink } from '@/features/measures/components/new-measure-link';
import { useSession } from '@/features/auth/hooks/use-session';
import { useNeed } from '@/features/needs/api/needs';
import { NeedCard } from '@/features/needs/components/need-card';
import { NeedEditorActions } from '@/features/needs/components/need-editor-actions';
import { RespondSection } from '@/features/messages/components/respond-section';
import { paths } from '@/lib/paths';

/** A need and the measures answering it. */
export default function NeedPage() {
  const { t } = useTranslation();
  const { slug = '', id = '' } = useParams();
  const need = useNeed(slug, id);
  const session = useSession();

  if (need.isError) {
    return (
      <>
        <PageHeading>{t('need.title')}</PageHeading>
        <ErrorState error={need.error} onRetry={() => void need.refetch()} />
      </>
    );
  }
  if (need.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('need.title')}>
          <span className="visually-hidden">{t('need.title')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <Skeleton lines={6} />
      </div>
    );
  }
  const n = need.data;
  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
        <span aria-hidden="true"> › </span>
        <AppLink to={paths.actionField(slug, n.actionField.id)}>
          {t('field.title')} {n.actionField.title}
        </AppLink>
      </p>
      <PageHeading preline={`${t('need.title')} ${n.code}`} content>
        {n.title}
      </PageHeading>
      <p className="no-print">
        <HistoryLink to={paths.history.need(slug, n.id)} />
      </p>
      <NeedCard slug={slug} need={n} showTitle={false} actions={session.canEdit(slug) ? <NeedEditorActions slug={slug} need={n} /> : undefined} />
      <NewMeasureLink slug={slug} need={n.id} />
      <RespondSection slug={slug} needId={n.id} />
    </>
  );
}
