import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { areaSlugFromPath, paths, stripLang, withLang } from '@/lib/paths';
import type { Schemas } from '@/lib/api-client';
import { useSessionExpired } from '@/lib/session-expiry';
import { useLocale } from '@/lib/use-lang';
import { useLogout } from '../api/auth';
import { useSession } from '../hooks/use-session';

/** In the header: who is logged in (name and role), opening the links of the role and logout; or the way to log in. */
export function UserMenu() {
  const { t } = useTranslation();
  const lang = useLocale();
  const navigate = useNavigate();
  const session = useSession();
  const logout = useLogout();
  const { pathname, search, hash } = useLocation();
  const expired = useSessionExpired();
  const me = session.me;
  // The name and role fit the header's row; the links fold away under them. The menu closes after a navigation, on
  // Escape (focus back on the name) and on a press elsewhere.
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname, search]);
  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);
  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };

  if (me === undefined) return null;
  if (me === null || expired) {
    return (
      // back to this page after the login (the login page itself, or a page without one, starts anew)
      <Link to={withLang(paths.login(loginReturn(pathname, search, hash)), lang)} className="kern-link user-menu__login">
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        {t('login.link')}
      </Link>
    );
  }
  return (
    <details className="user-menu" ref={menu} onKeyDown={closeOnEscape}>
      <summary className="user-menu__summary">
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        <span className="kern-body kern-body--small user-menu__who" data-testid="user-menu-who">
          <span className="visually-hidden">{t('login.loggedInAs')} </span>
          <strong>{me.displayName}</strong> <span className="user-menu__role">({t(`role.${me.role}`)})</span>
        </span>
      </summary>
      <ul className="user-menu__items">
        {session.isContributor ? (
          <li>
            <AppLink to={paths.myMeasures()}>{t('myMeasures.link')}</AppLink>
          </li>
        ) : null}
        {workViewAreas(me, areaSlugFromPath(pathname)).map((area, _, all) => (
          <li key={area.slug}>
            <AppLink to={paths.workView(area.slug)}>{all.length > 1 ? t('nav.workViewOf', { area: area.name }) : t('nav.workView')}</AppLink>
          </li>
        ))}
        {session.isAdmin ? (
          <li>
            <AppLink to={paths.admin()}>{t('nav.admin')}</AppLink>
          </li>
        ) : null}
        {me.role === 'EDITOR' ? (
          <li>
            <AppLink to={paths.admin('actors')}>{t('nav.manageActors')}</AppLink>
          </li>
        ) : null}
        {me.viaToken ? null : (
          <li>
            <AppLink to={paths.settings()}>{t('nav.settings')}</AppLink>
          </li>
        )}
        <li>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small"
            disabled={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(withLang(paths.home(), lang)) })}
          >
            <span className="kern-label">{t('login.logout')}</span>
          </button>
        </li>
      </ul>
    </details>
  );
}

/** The areas whose work view the menu offers: an editor's areas; for admins, who edit all, the area being viewed. */
function workViewAreas(me: Schemas['Me'], currentSlug: string | undefined): { slug: string; name: string }[] {
  if (me.role === 'EDITOR') return me.areas;
  if (me.role === 'ADMIN' && currentSlug) return [{ slug: currentSlug, name: currentSlug }];
  return [];
}

/** The page to return to after the login: the current one, unless it is the login or setup page. */
function loginReturn(pathname: string, search: string, hash: string): string | undefined {
  const page = stripLang(pathname);
  return page === '/login' || page === '/setup' ? undefined : pathname + search + hash;
}
