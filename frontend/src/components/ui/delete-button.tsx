import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { ConfirmDialog } from './confirm-dialog';
import { SessionExpiredDialog } from './session-expired-dialog';
import './form-texts';

/**
 * Deletes after asking. A refusal is explained with the API's own words (409 `detail`, e.g. "still answered by 3
 * measures"); a stale version (412) asks to reload; an expired session offers to log in and then deletes.
 */
export function DeleteButton({
  label,
  context,
  question,
  onDelete,
  onDeleted,
  visibleLabel,
  confirmTitle,
  confirmLabel,
}: {
  /** The button's accessible name (e.g. naming the record in a list). */
  label: string;
  /** Added to the button's name for screen readers when `label` alone is ambiguous (e.g. the step's title). */
  context?: string;
  question: string;
  onDelete: () => Promise<unknown>;
  onDeleted: () => void;
  /** A shorter text shown on the button (default: `label`). */
  visibleLabel?: string;
  /** For actions like "revoke" that are no deletion in name: the dialog's title and confirm button. */
  confirmTitle?: string;
  confirmLabel?: string;
}) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const refusalRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const remove = async () => {
    setPending(true);
    setRefusal(null);
    try {
      await onDelete();
      setAsking(false);
      onDeleted();
    } catch (error) {
      setAsking(false);
      if (error instanceof ApiError && error.status === 401) setExpired(true);
      else if (error instanceof ApiError && error.status === 412) setRefusal(t('formUi.deletion.changed'));
      else if (error instanceof ApiError) setRefusal(error.problem?.detail ?? error.problem?.title ?? t('state.errorRequest', { status: error.status }));
      else setRefusal(t('state.errorText'));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="delete-button">
      <button ref={buttonRef} type="button" className="kern-btn kern-btn--secondary" aria-expanded={asking} onClick={() => setAsking(true)} disabled={pending} aria-label={visibleLabel ? label : undefined}>
        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
        <span className="kern-label">
          {visibleLabel ?? label}
          {context ? <span className="visually-hidden"> {context}</span> : null}
        </span>
      </button>
      {asking ? (
        <ConfirmDialog
          id={id}
          title={confirmTitle ?? t('formUi.deletion.confirmTitle')}
          confirmLabel={pending ? t('formUi.deletion.pending') : (confirmLabel ?? t('formUi.deletion.confirm'))}
          cancelLabel={t('formUi.deletion.cancel')}
          pending={pending}
          onConfirm={() => void remove()}
          onCancel={() => {
            setAsking(false);
            buttonRef.current?.focus();
          }}
        >
          {question}
        </ConfirmDialog>
      ) : null}
      {refusal ? (
        <div ref={refusalRef} className="kern-alert kern-alert--danger inline-dialog" role="alert" tabIndex={-1}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{t('formUi.deletion.refused')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{refusal}</p>
          </div>
        </div>
      ) : null}
      {expired ? (
        <SessionExpiredDialog
          onLoggedIn={() => {
            setExpired(false);
            void remove();
          }}
        />
      ) : null}
    </div>
  );
}
