import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DownloadLinks } from '@/components/ui/download-links';
import { PageHeading } from '@/components/ui/page-heading';
import { PublicationFilter, usePublicationFilter } from '@/components/ui/publication-filter';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useArea } from '@/features/areas/api/area-edit';
import { CalendarSubscription } from '@/features/calendar-feeds/components/calendar-subscription';
import { feedPaths } from '@/features/calendar-feeds/utils/feed-urls';
import { HistoryLink } from '@/features/history/components/history-link';
import { useSession } from '@/features/auth/hooks/use-session';
import { useCommittees, usePresentations } from '@/features/presentations/api/presentations';
import { OparlSync } from '@/features/presentations/components/oparl-sync';
import { PresentationEditorActions } from '@/features/presentations/components/presentation-editor-actions';
import { groupByCommittee, PresentationList, splitPresentations } from '@/features/presentations/components/presentation-list';
import '@/features/presentations/presentation-form-texts';
import type { Schemas } from '@/lib/api-client';
import { paths, sheetPaths } from '@/lib/paths';

/** Upcoming and past committee dates of an area, by committee. */
export default function PresentationsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const session = useSession();
  const canEdit = session.canEdit(slug);
  const [publicationStatus] = usePublicationFilter();
  const presentations = usePresentations(slug, canEdit ? publicationStatus : undefined);
  const committees = useCommittees();
  // The calendar feed shows what anonymous readers see: a draft area has none yet.
  const area = useArea(slug);
  const oparl = new Map((committees.data?.items ?? []).map((c) => [c.id, c.oparlOrganizationUrl]));

  const body = () => {
    if (presentations.isPending) {
      return (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton className="skeleton--card" lines={6} />
          <Skeleton className="skeleton--card" lines={6} />
        </div>
      );
    }
    if (presentations.isError) return <ErrorState error={presentations.error} onRetry={() => void presentations.refetch()} />;
    const { upcoming, past } = splitPresentations(presentations.data.items);
    // committees whose dates can follow the council information system: linked, or with dates taken from a meeting
    const syncable = groupByCommittee(presentations.data.items)
      .filter(({ committee, items }) => oparl.get(committee.id) || items.some((p) => p.oparlMeetingUrl))
      .map(({ committee }) => committee);
    const group = (items: Schemas['Presentation'][], prefix: string) =>
      groupByCommittee(items).map(({ committee, items: entries }) => (
        <div key={committee.id} className="committee-group">
          <h3 id={`${prefix}-${committee.id}`} className="kern-heading-small">
            <AppLink to={paths.committee(committee.id)}>
              {committee.name}
              {committee.shortName ? ` (${committee.shortName})` : ''}
            </AppLink>
          </h3>
          {oparl.get(committee.id) ? (
            <p className="kern-body kern-body--small">
              <a className="kern-link" href={oparl.get(committee.id)!} rel="noopener">
                {t('presentation.committeeInRis', { name: committee.shortName ?? committee.name })}
              </a>
            </p>
          ) : null}
          <p className="kern-body kern-body--small no-print">
            <HistoryLink to={paths.history.committee(committee.id)} label={committee.name} />
          </p>
          <PresentationList
            slug={slug}
            presentations={entries}
            level={4}
            hideCommittee
            actions={canEdit ? (p) => <PresentationEditorActions slug={slug} presentation={p} /> : undefined}
          />
        </div>
      ));
    return (
      <>
        {canEdit ? <OparlSync committees={syncable} /> : null}
        <section aria-labelledby="upcoming-heading" className="section">
          <h2 id="upcoming-heading" className="kern-heading-medium">
            {t('presentations.upcoming')}
          </h2>
          {upcoming.length ? group(upcoming, 'upcoming') : <EmptyState>{t('presentations.noUpcoming')}</EmptyState>}
        </section>
        <section aria-labelledby="past-heading" className="section">
          <h2 id="past-heading" className="kern-heading-medium">
            {t('presentations.past')}
          </h2>
          {past.length ? group(past, 'past') : <EmptyState>{t('presentations.noPast')}</EmptyState>}
        </section>
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('presentations.title')}</PageHeading>
      <p className="kern-body lead">{t('presentations.intro')}</p>
      {canEdit ? (
        <div className="edit-actions no-print">
          <AppLink to={paths.presentationNew(slug)} className="kern-btn kern-btn--secondary kern-btn--x-small">
            <span className="kern-label">{t('presentationForm.newLink')}</span>
          </AppLink>
          <PublicationFilter />
        </div>
      ) : null}
      <DownloadLinks
        apiPath={sheetPaths.presentations(slug)}
        query={{ publicationStatus: canEdit ? publicationStatus : undefined }}
        what={t('download.presentations')}
      />
      {body()}
      {area.data?.publicationStatus === 'PUBLISHED' ? (
        <CalendarSubscription feedPath={feedPaths.area(slug)} kind="area" />
      ) : area.data ? (
        <p className="kern-body kern-body--small kern-body--muted no-print">{t('calendarFeed.draftArea')}</p>
      ) : null}
    </>
  );
}
