import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/lib/paths';
import { dismissSessionExpired, useSessionExpiredNotice } from '@/lib/session-expiry';

/**
 * In the header when the session ended without a logout: says so and offers to log in again and come back here.
 * Not modal: reading goes on meanwhile (as an anonymous reader), and forms keep their input.
 */
export function SessionExpiredNotice() {
  const { t } = useTranslation();
  const expired = useSessionExpiredNotice();
  const location = useLocation();
  if (!expired) return null;
  const here = location.pathname + location.search + location.hash;
  return (
    <div className="container">
      <div className="kern-alert kern-alert--warning session-expired" role="alert" data-testid="session-expired">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <span className="kern-title">{t('login.expiredTitle')}</span>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t('login.expiredNotice')}</p>
          <p className="inline-list">
            <AppLink to={paths.login(here)}>{t('login.loginAgain')}</AppLink>
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={dismissSessionExpired}>
              <span className="kern-label">{t('login.dismissNotice')}</span>
            </button>
          </p>
        </div>
      </div>
    </div>
  );
}
