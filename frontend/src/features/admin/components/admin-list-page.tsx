import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import '../admin-texts';
import { AdminNotice } from './admin-notice';

/**
 * A list page of the administration: heading, the way to a new record, the notice handed over by the previous page,
 * and the list once it is loaded (or its loading, error or empty state).
 */
export function AdminListPage<T>({
  title,
  newLabel,
  newTo,
  intro,
  notice,
  query,
  isEmpty,
  children,
}: {
  title: string;
  newLabel?: string;
  newTo?: string;
  intro?: ReactNode;
  /** What was just done on this page (e.g. deleted); replaces the notice handed over by the previous page. */
  notice?: string;
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <AdminNotice text={notice} />
      {intro}
      {newTo && newLabel ? (
        <p>
          <AppLink to={newTo} className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{newLabel}</span>
          </AppLink>
        </p>
      ) : null}
      {query.isPending ? (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={6} />
        </div>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : isEmpty(query.data) ? (
        <EmptyState>{t('admin.empty')}</EmptyState>
      ) : (
        children(query.data)
      )}
    </>
  );
}
