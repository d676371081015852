import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { paths } from '@/lib/paths';
import { useSession } from '../hooks/use-session';

interface Loading {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The frame of an editing page of area `slug`: a loading state, "not allowed" (with a login link) for callers who
 * may not edit the area, an error state when one of `queries` failed; otherwise the page itself.
 */
export function EditGuard({ slug, title, queries = [], children }: { slug: string; title: string; queries?: Loading[]; children: () => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending || (session.me && session.canEdit(slug) && queries.some((q) => q.isPending && !q.isError))) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={title}>
          <span className="visually-hidden">{title}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <Skeleton lines={8} />
      </div>
    );
  }
  if (!session.canEdit(slug)) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p className="kern-body">{t('form.notAllowed')}</p>
        {session.me ? null : <AppLink to={paths.login(location.pathname + location.search)}>{t('login.link')}</AppLink>}
      </>
    );
  }
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </>
    );
  }
  return <>{children()}</>;
}
