import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { DownloadLinks } from '@/components/ui/download-links';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useActorsOfArea } from '@/features/actors/api/actors';
import { ActorList } from '@/features/actors/components/actor-list';
import { useAllMeasures } from '@/features/measures/api/measures';
import { sheetPaths } from '@/lib/paths';

/** The actors of an area with the measures each leads or supports. */
export default function ActorsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  const actors = useActorsOfArea(slug);
  const measures = useAllMeasures(slug);
  const ready = actors.isSuccess && measures.isSuccess;

  // Links like …/actors#actor-<id> jump to the actor once the list is there.
  useEffect(() => {
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);

  const error = actors.error ?? measures.error;
  return (
    <>
      <PageHeading>{t('actors.title')}</PageHeading>
      <p className="kern-body lead">{t('actors.intro')}</p>
      <DownloadLinks apiPath={sheetPaths.actors()} query={{ area: slug }} what={t('download.actors')} />
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void actors.refetch();
            void measures.refetch();
          }}
        />
      ) : !ready ? (
        <div aria-busy="true">
          <LoadingStatus />
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="skeleton--card" lines={5} />
          ))}
        </div>
      ) : actors.data.items.length === 0 ? (
        <EmptyState>{t('actors.empty')}</EmptyState>
      ) : (
        <ActorList slug={slug} actors={actors.data.items} measures={measures.data.items} />
      )}
    </>
  );
}
