import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import { useReminderStatus } from '../api/accounts';

/** A line above the accounts: whether e-mail reminders are sent, and if not, which settings the operator must add. */
export function ReminderStatus() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useReminderStatus();
  if (!status.data) return null;
  const s = status.data;
  if (!s.mailConfigured) {
    return (
      <div className="kern-alert kern-alert--warning" data-testid="reminder-status">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <span className="kern-title">{t('admin.accounts.mailNotConfigured', { missing: s.missingSettings.join(', ') })}</span>
        </div>
      </div>
    );
  }
  return (
    <p className="kern-body" data-testid="reminder-status">
      {t('admin.accounts.mailConfigured', { subscribers: s.subscribers, time: s.sendAt.slice(0, 5) })}
      {s.lastSentAt ? ` ${t('admin.accounts.mailLastSent', { date: formatDateTime(s.lastSentAt, lang) })}` : ''}
      {s.failed > 0 ? (
        <>
          {' '}
          <strong>{t('admin.accounts.mailFailed', { count: s.failed })}</strong>
        </>
      ) : null}
    </p>
  );
}
