import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { areaSlugFromPath, paths, withLang } from '@/lib/paths';
import type { Schemas } from '@/lib/api-client';
import { useSessionExpired } from '@/lib/session-expiry';
import { useLang } from '@/lib/use-lang';
import { useLogout } from '../api/auth';
import { useSession } from '../hooks/use-session';

/** In the header: who is logged in (name and role) with "my measures" and logout, or the way to log in. */
export function UserMenu() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const session = useSession();
  const logout = useLogout();
  const { pathname } = useLocation();
  const expired = useSessionExpired();
  const me = session.me;

  if (me === undefined) return null;
  if (me === null || expired) {
    return (
      <AppLink to={paths.login()} className="kern-link user-menu__login">
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        {t('login.link')}
      </AppLink>
    );
  }
  return (
    <div className="user-menu">
      <p className="kern-body kern-body--small user-menu__who" data-testid="user-menu-who">
        <span className="visually-hidden">{t('login.loggedInAs')} </span>
        <strong>{me.displayName}</strong> <span className="user-menu__role">({t(`role.${me.role}`)})</span>
      </p>
      {session.isContributor ? <AppLink to={paths.myMeasures()}>{t('myMeasures.link')}</AppLink> : null}
      {workViewAreas(me, areaSlugFromPath(pathname)).map((area, _, all) => (
        <AppLink key={area.slug} to={paths.workView(area.slug)}>
          {all.length > 1 ? t('nav.workViewOf', { area: area.name }) : t('nav.workView')}
        </AppLink>
      ))}
      {session.isAdmin ? <AppLink to={paths.admin()}>{t('nav.admin')}</AppLink> : null}
      {me.role === 'EDITOR' ? <AppLink to={paths.admin('actors')}>{t('nav.manageActors')}</AppLink> : null}
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(withLang(paths.home(), lang)) })}
      >
        <span className="kern-label">{t('login.logout')}</span>
      </button>
    </div>
  );
}

/** The areas whose work view the menu offers: an editor's areas; for admins, who edit all, the area being viewed. */
function workViewAreas(me: Schemas['Me'], currentSlug: string | undefined): { slug: string; name: string }[] {
  if (me.role === 'EDITOR') return me.areas;
  if (me.role === 'ADMIN' && currentSlug) return [{ slug: currentSlug, name: currentSlug }];
  return [];
}
