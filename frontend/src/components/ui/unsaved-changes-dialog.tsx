import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

/** Asks whether to leave with unsaved changes, while a navigation is blocked. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked) ref.current?.focus();
  }, [blocked]);
  if (!blocked) return null;
  return (
    <div ref={ref} className="kern-alert kern-alert--warning inline-dialog" role="alertdialog" aria-labelledby="unsaved-title" aria-describedby="unsaved-text" tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id="unsaved-title">
          {t('form.unsavedTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body" id="unsaved-text">
          {t('form.unsavedText')}
        </p>
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => blocker.reset()}>
            <span className="kern-label">{t('form.stay')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => blocker.proceed()}>
            <span className="kern-label">{t('form.leave')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
