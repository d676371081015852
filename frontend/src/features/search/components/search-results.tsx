import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import type { Schemas } from '@/lib/api-client';
import { pageOfApiHref } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';
import { Snippet } from './snippet';

type Result = Schemas['SearchResult'];
type ResultType = Schemas['SearchResultType'];

export const TYPE_ORDER: ResultType[] = ['MEASURE', 'NEED', 'ACTION_FIELD', 'ACTION_STEP', 'ACTOR', 'AREA'];

/** Groups results by type in a fixed order, keeping the relevance order within a group. */
export function groupResults(results: Result[]) {
  return TYPE_ORDER.map((type) => ({ type, items: results.filter((r) => r.type === type) })).filter((g) => g.items.length > 0);
}

/** Search results grouped by type, with highlighted matches. */
export function SearchResults({ results, area }: { results: Result[]; area?: string }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  return (
    <>
      {groupResults(results).map((group) => (
        <section key={group.type} aria-labelledby={`results-${group.type}`} className="section search-group">
          <h2 id={`results-${group.type}`} className="kern-heading-medium">
            {t(`searchType.${group.type}`)} <span className="kern-body kern-body--muted">({group.items.length})</span>
          </h2>
          <ul className="plain-list search-results">
            {group.items.map((r) => {
              const to = pageOfApiHref(r.href, area ?? r.area?.slug);
              return (
                <li key={`${r.type}-${r.id}`} className="search-result" lang={contentLang}>
                  <h3 className="kern-title kern-title--small">{to ? <AppLink to={to}>{r.title}</AppLink> : r.title}</h3>
                  {r.snippet ? (
                    <p className="kern-body kern-body--small search-result__snippet">
                      <Snippet snippet={r.snippet} />
                    </p>
                  ) : null}
                  {r.area && !area ? <p className="kern-body kern-body--small kern-body--muted">{r.area.name}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
