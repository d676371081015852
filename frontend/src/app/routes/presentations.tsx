import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DownloadLinks } from '@/components/ui/download-links';
import { PageHeading } from '@/components/ui/page-heading';
import { SelectFilter } from '@/components/ui/select-filter';
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
import { committeesOf, PresentationList, splitPresentations } from '@/features/presentations/components/presentation-list';
import '@/features/presentations/committee-dates-texts';
import '@/features/presentations/presentation-form-texts';
import type { Schemas } from '@/lib/api-client';
import { paths, sheetPaths } from '@/lib/paths';

/** Upcoming (soonest first) and past (latest first) committee dates of an area, all committees or one (`?committee=`). */
export default function PresentationsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const session = useSession();
  const canEdit = session.canEdit(slug);
  const [publicationStatus] = usePublicationFilter();
  const presentations = usePresentations(slug, canEdit ? publicationStatus : undefined);
  const committees = useCommittees();
  // The calendar feed shows what anonymous readers see: a draft area has none yet.
  const area = useArea(slug);
  const oparl = new Map((committees.data?.items ?? []).map((c) => [c.id, c.oparlOrganizationUrl]));
  const committeeId = params.get('committee') ?? '';

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
    const all = presentations.data.items;
    const ofArea = committeesOf(all);
    const committee = ofArea.find((c) => c.id === committeeId);
    const shown = committee ? all.filter((p) => p.committee.id === committee.id) : all;
    const { upcoming, past } = splitPresentations(shown);
    // committees whose dates can follow the council information system: linked, or with dates taken from a meeting
    const syncable = ofArea.filter((c) => oparl.get(c.id) || all.some((p) => p.committee.id === c.id && p.oparlMeetingUrl));
    const list = (items: Schemas['Presentation'][]) => (
      <PresentationList slug={slug} presentations={items} actions={canEdit ? (p) => <PresentationEditorActions slug={slug} presentation={p} /> : undefined} />
    );
    return (
      <>
        {canEdit ? <OparlSync committees={syncable} /> : null}
        {ofArea.length > 1 ? (
          <SelectFilter
            formLabel={t('committeeDates.filter')}
            label={t('committeeDates.committee')}
            allLabel={t('committeeDates.all')}
            applyLabel={t('committeeDates.apply')}
            options={ofArea.map((c) => ({ value: c.id, label: `${c.name}${c.shortName ? ` (${c.shortName})` : ''}` }))}
            selected={committee?.id}
            hrefOf={(id) => paths.presentations(slug, id)}
          />
        ) : null}
        {committee ? (
          <section aria-labelledby="committee-heading" className="committee-about">
            <h2 id="committee-heading" className="kern-heading-small">
              {t('committeeDates.about')}
            </h2>
            <p className="kern-body inline-list">
              <AppLink to={paths.committee(committee.id)}>
                {committee.name}
                {committee.shortName ? ` (${committee.shortName})` : ''}
              </AppLink>
              {oparl.get(committee.id) ? (
                <a className="kern-link" href={oparl.get(committee.id)!} rel="noopener">
                  {t('presentation.committeeInRis', { name: committee.shortName ?? committee.name })}
                </a>
              ) : null}
              <HistoryLink to={paths.history.committee(committee.id)} label={committee.name} />
            </p>
          </section>
        ) : null}
        <section aria-labelledby="upcoming-heading" className="section">
          <h2 id="upcoming-heading" className="kern-heading-medium">
            {t('presentations.upcoming')}
          </h2>
          {upcoming.length ? list(upcoming) : <EmptyState>{t('presentations.noUpcoming')}</EmptyState>}
        </section>
        <section aria-labelledby="past-heading" className="section">
          <h2 id="past-heading" className="kern-heading-medium">
            {t('presentations.past')}
          </h2>
          {past.length ? list(past) : <EmptyState>{t('presentations.noPast')}</EmptyState>}
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
