import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useAreas } from '@/features/areas/api/areas';
import { useSession } from '@/features/auth/hooks/use-session';
import { useMeasuresOfActors } from '@/features/measures/api/measures';
import { MyMeasureCard } from '@/features/measures/components/my-measure-card';
import { paths } from '@/lib/paths';
import type { Schemas } from '@/lib/api-client';

/** Contributors: the measures their actors lead or partner in, to update status, progress and steps. */
export default function MyMeasuresPage() {
  const { t } = useTranslation();
  const session = useSession();
  const areas = useAreas();
  const actorIds = session.me?.actors.map((a) => a.id) ?? [];
  const areaList = session.me ? (areas.data?.items ?? []) : [];
  const results = useMeasuresOfActors(areaList.map((a) => a.slug), actorIds);

  if (session.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading>{t('myMeasures.title')}</PageHeading>
        <Skeleton lines={6} />
      </div>
    );
  }
  if (!session.me) {
    return (
      <>
        <PageHeading>{t('myMeasures.title')}</PageHeading>
        <p className="kern-body">{t('myMeasures.loginFirst')}</p>
        <AppLink to={paths.login(paths.myMeasures())}>{t('login.link')}</AppLink>
      </>
    );
  }

  const failed = areas.error ?? results.find((r) => r.isError)?.error;
  const loading = areas.isPending || results.some((r) => r.isPending);
  // One entry per area and measure, even when several of the user's actors work in it.
  const byArea = new Map<string, { name: string; measures: Map<string, Schemas['Measure']> }>();
  for (const r of results) {
    if (!r.data) continue;
    const area = areaList.find((a) => a.slug === r.data.slug);
    const entry = byArea.get(r.data.slug) ?? { name: area?.name ?? r.data.slug, measures: new Map() };
    for (const m of r.data.page.items) entry.measures.set(m.id, m);
    if (entry.measures.size) byArea.set(r.data.slug, entry);
  }

  return (
    <>
      <PageHeading>{t('myMeasures.title')}</PageHeading>
      <p className="kern-body">{t('myMeasures.intro')}</p>
      {session.me.actors.length ? (
        <p className="kern-body kern-body--small">{t('myMeasures.forActor', { name: session.me.actors.map((a) => a.name).join(', ') })}</p>
      ) : null}
      {failed ? <ErrorState error={failed} onRetry={() => void areas.refetch()} /> : null}
      {loading && !failed ? (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={6} />
        </div>
      ) : null}
      {!loading && !failed && byArea.size === 0 ? <EmptyState>{t('myMeasures.empty')}</EmptyState> : null}
      {[...byArea.entries()].map(([slug, entry]) => (
        <section key={slug} aria-labelledby={`area-${slug}`} className="section">
          <h2 className="kern-heading-medium" id={`area-${slug}`}>
            {entry.name}
          </h2>
          {[...entry.measures.values()].map((m) => (
            <MyMeasureCard key={m.id} slug={slug} measure={m} />
          ))}
        </section>
      ))}
    </>
  );
}
