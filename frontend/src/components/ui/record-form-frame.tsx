import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';
import type { RecordFormConflict } from '@/hooks/use-record-form';
import type { FieldOf } from '@/lib/record-form';
import { AppLink } from './app-link';
import { ConflictDialog, type ShowValue } from './conflict-dialog';
import { ErrorSummary, type SummaryError } from './error-summary';
import { SessionExpiredDialog } from './session-expired-dialog';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

/** The part of `useRecordForm`'s result the frame shows. */
export interface FrameBinding<R, V> {
  idPrefix: string;
  summaryErrors: SummaryError[];
  general: string | undefined;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  pending: boolean;
  submit: (event?: React.SubmitEvent) => void;
  conflict: RecordFormConflict<R, V> | null;
  reload: () => void;
  overwrite: () => void;
  expired: boolean;
  retryAfterLogin: () => void;
  saved: R | undefined;
  blocker: Blocker;
}

/**
 * Everything around a record form's fields: optional heading, the unsaved-changes question, the conflict dialog,
 * the re-login, the saved notice, the error summary, and Save / Cancel.
 */
export function RecordFormFrame<R, V>({
  form,
  labels,
  show,
  heading,
  savedNotice,
  cancelTo,
  onCancel,
  submitLabel,
  children,
}: {
  form: FrameBinding<R, V>;
  /** Field labels for the conflict table. */
  labels: Record<FieldOf<V>, string>;
  /** How values read in the conflict table (defaults to the plain text or the picked labels). */
  show?: ShowValue<V>;
  /** A heading (h3) above the form, e.g. for a form inside a section of the page. */
  heading?: ReactNode;
  /** Shown with "Saved." (e.g. a link to the record). */
  savedNotice?: ReactNode;
  /** Where "Cancel" leads (a link) … */
  cancelTo?: string;
  /** … or what it does (a button, e.g. closing an inline form); without either there is no "Cancel". */
  onCancel?: () => void;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const savedRef = useRef<HTMLDivElement>(null);
  const { summaryRef } = form;
  const saved = form.saved !== undefined;
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  return (
    <>
      {heading ? <h3 className="kern-heading-small">{heading}</h3> : null}
      <UnsavedChangesDialog blocker={form.blocker} />
      {form.conflict ? (
        <ConflictDialog idPrefix={form.idPrefix} diffs={form.conflict.diffs} labels={labels} show={show} pending={form.pending} onReload={form.reload} onOverwrite={form.overwrite} />
      ) : null}
      {form.expired ? <SessionExpiredDialog onLoggedIn={form.retryAfterLogin} /> : null}
      {saved ? (
        <div ref={savedRef} className="kern-alert kern-alert--success" role="status" tabIndex={-1}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <span className="kern-title">{t('form.saved')}</span>
          </div>
          {savedNotice ? <div className="kern-alert__body">{savedNotice}</div> : null}
        </div>
      ) : null}
      <form className="edit-form" noValidate onSubmit={form.submit}>
        <ErrorSummary ref={summaryRef} errors={form.summaryErrors} idPrefix={form.idPrefix} general={form.general} />
        {children}
        <div className="form-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={form.pending}>
            <span className="kern-label">{form.pending ? t('form.saving') : (submitLabel ?? t('form.save'))}</span>
          </button>
          {cancelTo ? (
            <AppLink to={cancelTo} className="kern-btn kern-btn--tertiary">
              <span className="kern-label">{t('form.cancel')}</span>
            </AppLink>
          ) : null}
          {onCancel ? (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}>
              <span className="kern-label">{t('form.cancel')}</span>
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
