import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';

type Props = {
  /** Current page, 1-based. */
  page: number;
  totalPages: number;
  /** The app path of a page (1-based). */
  hrefOf: (page: number) => string;
};

/** Pages worth a link: first, last, and the neighbours of the current one. */
export function visiblePages(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

/** Links to the pages of a list; the current page carries aria-current. */
export function Pagination({ page, totalPages, hrefOf }: Props) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        <li>
          {page > 1 ? (
            <AppLink to={hrefOf(page - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>
              {t('pagination.previous')}
            </AppLink>
          ) : null}
        </li>
        {visiblePages(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <AppLink
                to={hrefOf(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: p, total: totalPages })}
                className={p === page ? 'kern-link pagination__current' : 'kern-link'}
              >
                {p}
              </AppLink>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <AppLink to={hrefOf(page + 1)} rel="next">
              {t('pagination.next')}
              <span aria-hidden="true"> ›</span>
            </AppLink>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
