import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useAreas } from '@/features/areas/api/areas';
import { AreaList } from '@/features/areas/components/area-list';
import { paths, withLang } from '@/lib/paths';
import { storedLang } from '@/lib/stored-lang';
import { useLocale } from '@/lib/use-lang';

/** Start page: the areas; an installation with a single area goes straight into it. */
export default function StartPage() {
  const { t } = useTranslation();
  const lang = useLocale();
  const areas = useAreas();
  const { pathname } = useLocation();

  // The bare address opens in the language chosen earlier with the language switch; every other URL says its own.
  if (pathname === '/' && storedLang() === 'en') {
    return <Navigate replace to={withLang(paths.home(), 'en')} />;
  }

  if (areas.data && areas.data.totalItems === 1 && areas.data.items[0]) {
    return <Navigate replace to={withLang(paths.area(areas.data.items[0].slug), lang)} />;
  }

  return (
    <>
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="kern-body kern-body--large lead">{t('start.intro')}</p>
      <section aria-labelledby="areas-heading" aria-busy={areas.isPending}>
        <h2 id="areas-heading" className="kern-heading-medium">
          {t('start.areas')}
        </h2>
        {areas.isPending ? (
          <>
            <LoadingStatus />
            <div className="card-grid">
              {[0, 1].map((i) => (
                <Skeleton key={i} className="skeleton--card" lines={5} />
              ))}
            </div>
          </>
        ) : areas.isError ? (
          <ErrorState error={areas.error} onRetry={() => void areas.refetch()} />
        ) : areas.data.items.length === 0 ? (
          <EmptyState>{t('start.empty')}</EmptyState>
        ) : (
          <AreaList areas={areas.data.items} />
        )}
      </section>
    </>
  );
}
