import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AppLink, AppNavLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import '@/features/admin/admin-texts';
import { useSession } from '@/features/auth/hooks/use-session';
import { paths, stripLang } from '@/lib/paths';
import { PageSkeleton } from '../../layout';
import { ADMIN_SECTIONS } from './sections';

/**
 * The frame of the administration: admins get every section; editors only the actors (the API lets them manage
 * the actors of their areas' municipalities); everybody else a "not allowed" page. The API still decides.
 */
export default function AdminLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const actorsPage = /^\/admin\/actors(\/|$)/.test(stripLang(location.pathname));
  const allowed = session.isAdmin || (session.me?.role === 'EDITOR' && actorsPage);

  if (session.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('admin.title')}>
          <span className="visually-hidden">{t('admin.title')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
      </div>
    );
  }
  if (!allowed) {
    return (
      <>
        <PageHeading>{t('admin.title')}</PageHeading>
        <div className="kern-alert kern-alert--info" role="status" data-testid="admin-not-allowed">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">{actorsPage ? t('admin.notAllowedActors') : t('admin.notAllowed')}</span>
          </div>
          {session.me ? null : (
            <div className="kern-alert__body">
              <p className="kern-body">{t('admin.loginFirst')}</p>
              <AppLink to={paths.login(location.pathname)}>{t('login.link')}</AppLink>
            </div>
          )}
        </div>
      </>
    );
  }
  return (
    <>
      {session.isAdmin ? (
        <nav className="admin-nav" aria-label={t('admin.navLabel')}>
          <ul>
            <li>
              <AppNavLink to={paths.admin()} end>
                {t('admin.title')}
              </AppNavLink>
            </li>
            {ADMIN_SECTIONS.map((s) => (
              <li key={s.path}>
                <AppNavLink to={paths.admin(s.path)}>{t(`admin.sections.${s.key}.title`)}</AppNavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
    </>
  );
}
