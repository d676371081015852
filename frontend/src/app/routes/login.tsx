import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { singleSignOnUrl, useAuthOptions } from '@/features/auth/api/auth';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/features/auth/hooks/use-session';
import { paths, safeNext, withLang } from '@/lib/paths';
import { useSessionExpired } from '@/lib/session-expiry';
import { useLang } from '@/lib/use-lang';

/** The text of a refused single sign-on (`?sso=` from the backend). */
function refusalText(reason: string | null) {
  switch (reason) {
    case 'no_role':
      return 'login.ssoNoRole' as const;
    case 'disabled':
      return 'login.ssoDisabled' as const;
    case 'username_taken':
      return 'login.ssoUsernameTaken' as const;
    default:
      return undefined;
  }
}

/** Login for the quarter management and its partners. */
export default function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  // After an expired session the app still knows who was signed in; the login is what is needed then.
  const expired = useSessionExpired();
  const signedIn = session.me && !expired;
  const next = safeNext(params.get('next'));

  const options = useAuthOptions();
  const sso = options.data?.sso ?? false;
  const localLogin = options.data?.localLogin ?? true;
  const refusal = refusalText(params.get('sso'));

  const after = (role: string) =>
    void navigate(next ?? withLang(role === 'CONTRIBUTOR' ? paths.myMeasures() : paths.home(), lang), { replace: true });

  return (
    <>
      <PageHeading>{t('login.title')}</PageHeading>
      {signedIn ? (
        <p className="kern-body">{t('login.already', { name: session.me!.displayName })}</p>
      ) : (
        <>
          <p className="kern-body">{t('login.intro')}</p>
          {refusal && (
            <div className="kern-alert kern-alert--danger" role="alert">
              <div className="kern-alert__header">
                <h2 className="kern-title">{t('login.ssoRefusedTitle')}</h2>
              </div>
              <div className="kern-alert__body">
                <p className="kern-body">{t(refusal)}</p>
              </div>
            </div>
          )}
          {sso && (
            <p>
              <a className="kern-btn kern-btn--primary" href={singleSignOnUrl(next ?? withLang(paths.home(), lang))}>
                <span className="kern-label">{t('login.sso')}</span>
              </a>
            </p>
          )}
          {sso && localLogin && <p className="kern-body">{t('login.ssoOr')}</p>}
          {localLogin && <LoginForm onLoggedIn={(me) => after(me.role)} />}
        </>
      )}
    </>
  );
}
