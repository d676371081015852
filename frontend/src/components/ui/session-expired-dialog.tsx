import { Suspense, use, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReloginFormContext } from './relogin-form';

/** The session ran out while editing: log in again right here, then `onLoggedIn` retries what failed. */
export function SessionExpiredDialog({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const renderLoginForm = use(ReloginFormContext);
  return (
    <div className="kern-alert kern-alert--info inline-dialog" role="alertdialog" aria-labelledby={`${id}-expired-title`}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <h2 className="kern-title" id={`${id}-expired-title`}>
          {t('login.expiredTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('login.expiredText')}</p>
        {renderLoginForm ? <Suspense fallback={<p className="kern-body">{t('state.loading')}</p>}>{renderLoginForm(onLoggedIn)}</Suspense> : null}
      </div>
    </div>
  );
}
