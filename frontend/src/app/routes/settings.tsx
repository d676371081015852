import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useMySettings } from '@/features/auth/api/auth';
import { SettingsForm } from '@/features/auth/components/settings-form';
import { useSession } from '@/features/auth/hooks/use-session';
import '@/features/auth/settings-texts';
import { paths } from '@/lib/paths';

/** The signed-in person's own settings: e-mail address and the weekly reminder by e-mail. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const viaToken = session.me?.viaToken ?? false;
  const settings = useMySettings(!!session.me && !viaToken);

  if (session.isPending || (session.me && !viaToken && settings.isPending)) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading>{t('accountSettings.title')}</PageHeading>
        <Skeleton lines={6} />
      </div>
    );
  }
  if (!session.me) {
    return (
      <>
        <PageHeading>{t('accountSettings.title')}</PageHeading>
        <p className="kern-body">{t('accountSettings.loginFirst')}</p>
        <AppLink to={paths.login(paths.settings())}>{t('login.link')}</AppLink>
      </>
    );
  }
  if (viaToken) {
    return (
      <>
        <PageHeading>{t('accountSettings.title')}</PageHeading>
        <p className="kern-body">{t('accountSettings.tokenHasNone')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('accountSettings.title')}</PageHeading>
      <p className="kern-body">{t('accountSettings.intro')}</p>
      {settings.isError ? <ErrorState error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data && !settings.data.mailConfigured ? (
        <div className="kern-alert kern-alert--info" data-testid="mail-not-configured">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">{t('accountSettings.mailNotConfigured')}</span>
          </div>
        </div>
      ) : null}
      {settings.data ? <SettingsForm settings={settings.data} /> : null}
    </>
  );
}
