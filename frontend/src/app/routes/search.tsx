import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { Pagination } from '@/components/ui/pagination';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useSearch } from '@/features/search/api/search';
import { SearchResults } from '@/features/search/components/search-results';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** Search results for the query in the URL (`?q=…&area=…&page=…`). */
export default function SearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const area = params.get('area') ?? undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const search = useSearch(q, area, page);

  const hrefOf = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    return `/search?${next}`;
  };

  return (
    <>
      <PageHeading title={q ? t('search.titleFor', { q }) : t('search.title')}>
        {q ? t('search.titleFor', { q }) : t('search.title')}
      </PageHeading>
      {area && q ? (
        <p className="kern-body">
          {t('search.inArea')} <AppLink to={paths.search(q)}>{t('search.allAreas')}</AppLink>
        </p>
      ) : null}
      {!q ? (
        <EmptyState>{t('search.noQuery')}</EmptyState>
      ) : (
        <div aria-busy={search.isFetching}>
          <p className="kern-body" role="status" aria-live="polite">
            {search.data
              ? search.data.totalItemsCapped
                ? t('search.countCapped', { total: formatNumber(search.data.totalItems, lang) })
                : t('search.count', { count: search.data.totalItems })
              : t('state.loading')}
          </p>
          {search.isPending ? (
            <>
              <LoadingStatus />
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="skeleton--row" lines={3} />
              ))}
            </>
          ) : search.isError ? (
            <ErrorState error={search.error} onRetry={() => void search.refetch()} />
          ) : search.data.items.length === 0 ? (
            <EmptyState>{t('search.empty', { q })}</EmptyState>
          ) : (
            <>
              <SearchResults results={search.data.items} area={area} />
              <Pagination page={page} totalPages={search.data.totalPages} hrefOf={hrefOf} />
            </>
          )}
        </div>
      )}
    </>
  );
}
