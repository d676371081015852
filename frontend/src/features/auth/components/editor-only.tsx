import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { paths } from '@/lib/paths';
import { useSession } from '../hooks/use-session';

/**
 * An editing page of area `slug`: placeholders while the session or the page's data (`loading`) load, a note (and a
 * login link) for those who may not edit, the error of the page's data, otherwise `children()`.
 */
export function EditorOnly({ slug, title, loading, error, onRetry, children }: { slug: string; title: string; loading?: boolean; error?: unknown; onRetry?: () => void; children: () => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending || (session.me && loading)) {
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
  if (error) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ErrorState error={error} onRetry={onRetry} />
      </>
    );
  }
  return <>{children()}</>;
}
