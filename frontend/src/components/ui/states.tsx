import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isNotFound } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { AppLink } from './app-link';

/** The error state of a section or page: what went wrong, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = isNotFound(error);
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{notFound ? t('state.notFoundTitle') : t('state.errorTitle')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">
          {notFound
            ? t('state.notFoundText')
            : error instanceof ApiError && error.status < 500
              ? t('state.errorRequest', { status: error.status })
              : t('state.errorText')}
        </p>
        <div className="state-actions">
          {onRetry && !notFound ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
              <span className="kern-label">{t('state.retry')}</span>
            </button>
          ) : null}
          <AppLink to={paths.home()}>{t('state.toStart')}</AppLink>
        </div>
      </div>
    </div>
  );
}

/** The empty state of a list: says plainly that there is nothing, and why if known. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state">
      <span className="kern-icon kern-icon--info" aria-hidden="true" />
      <p className="kern-body">{children}</p>
    </div>
  );
}
