import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/features/auth/hooks/use-session';
import { paths, withLang } from '@/lib/paths';
import { useSessionExpired } from '@/lib/session-expiry';
import { useLang } from '@/lib/use-lang';

/** Only paths of this app (no other sites) are followed after the login. */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
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
          <LoginForm onLoggedIn={(me) => after(me.role)} />
        </>
      )}
    </>
  );
}
