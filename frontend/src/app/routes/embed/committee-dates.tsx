import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { usePresentations } from '@/features/presentations/api/presentations';
import { PresentationList, splitPresentations } from '@/features/presentations/components/presentation-list';
import { paths } from '@/lib/paths';
import { EmbedHeading } from '../../embed/embed-heading';

/** Embed: the upcoming committee dates of an area (soonest first), of all committees or one (`?committee=`). */
export default function CommitteeDatesEmbed() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const committee = params.get('committee') ?? undefined;
  // what anonymous readers see, also in the builder's preview for a signed-in editor
  const presentations = usePresentations(slug, 'PUBLISHED');

  const body = () => {
    if (presentations.isPending) {
      return (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton className="skeleton--card" lines={6} />
        </div>
      );
    }
    if (presentations.isError) return <ErrorState error={presentations.error} onRetry={() => void presentations.refetch()} />;
    const shown = presentations.data.items.filter((p) => !committee || p.committee.id === committee);
    const { upcoming } = splitPresentations(shown);
    return (
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="kern-heading-small">
          {t('presentations.upcoming')}
        </h2>
        {upcoming.length ? <PresentationList slug={slug} presentations={upcoming} /> : <EmptyState>{t('presentations.noUpcoming')}</EmptyState>}
      </section>
    );
  };

  return (
    <>
      <EmbedHeading slug={slug}>{t('presentations.title')}</EmbedHeading>
      {body()}
      <p className="kern-body embed__more">
        <AppLink to={paths.presentations(slug, committee)}>{t('embed.allDates')}</AppLink>
      </p>
    </>
  );
}
