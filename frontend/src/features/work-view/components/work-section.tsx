import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import '../texts';

type Props = {
  id: string;
  title: string;
  /** Shown when the list is empty. */
  none: string;
  /** Items found; `undefined` while loading. */
  count: number | undefined;
  /** More exist than are listed (the API's total). */
  total?: number;
  error?: unknown;
  onRetry?: () => void;
  children: ReactNode;
};

/** One list of the work view: heading with the number of items, then the items, or why there are none. */
export function WorkSection({ id, title, none, count, total, error, onRetry, children }: Props) {
  const { t } = useTranslation();
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="section work-section" id={id} aria-busy={count === undefined && !error}>
      <h2 id={headingId} className="kern-heading-medium">
        {title}
        {count !== undefined ? <span className="kern-badge kern-badge--info work-section__count"><span className="kern-label kern-label--small">{t('workView.count', { count: total ?? count })}</span></span> : null}
      </h2>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : count === undefined ? (
        <Skeleton lines={3} />
      ) : count === 0 ? (
        <EmptyState>{none}</EmptyState>
      ) : (
        <>
          <ul className="plain-list work-list">{children}</ul>
          {total !== undefined && total > count ? <p className="kern-body kern-body--small">{t('workView.moreThanShown', { shown: count, count: total })}</p> : null}
        </>
      )}
    </section>
  );
}
