import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { CalendarSubscription } from '@/features/calendar-feeds/components/calendar-subscription';
import { feedPaths } from '@/features/calendar-feeds/utils/feed-urls';
import { HistoryLink } from '@/features/history/components/history-link';
import { useCommittee } from '@/features/presentations/api/presentations';
import '@/features/presentations/committee-texts';
import { paths } from '@/lib/paths';

/** A council committee: its name, its link to the council information system, and its dates to subscribe to. */
export default function CommitteePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const committee = useCommittee(id);

  if (committee.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('committeePage.preline')}>
          <span className="visually-hidden">{t('committeePage.preline')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <Skeleton lines={4} />
      </div>
    );
  }
  if (committee.isError) {
    return (
      <>
        <PageHeading>{t('committeePage.preline')}</PageHeading>
        <ErrorState error={committee.error} onRetry={() => void committee.refetch()} />
      </>
    );
  }
  const c = committee.data;
  const name = `${c.name}${c.shortName ? ` (${c.shortName})` : ''}`;
  return (
    <>
      <PageHeading preline={t('committeePage.preline')} title={name} content>
        {name}
      </PageHeading>
      <p className="kern-body lead">{t('committeePage.municipality', { municipality: c.municipality })}</p>
      {c.oparlOrganizationUrl ? (
        <p className="kern-body">
          <a className="kern-link" href={c.oparlOrganizationUrl} rel="noopener">
            {t('committeePage.inRis')}
          </a>
        </p>
      ) : null}
      <p className="kern-body kern-body--small no-print">
        <HistoryLink to={paths.history.committee(c.id)} label={c.name} />
      </p>
      <CalendarSubscription feedPath={feedPaths.committee(c.id)} kind="committee" />
    </>
  );
}
