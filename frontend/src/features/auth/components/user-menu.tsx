import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { paths, withLang } from '@/lib/paths';
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
  const me = session.me;

  if (me === undefined) return null;
  if (me === null) {
    return (
      <AppLink to={paths.login()} className="kern-link user-menu__login">
        <span className="kern-icon kern-icon--person" aria-hidden="true" />
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
