import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
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
  const dialogRef = useRef<HTMLDivElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) dialogRef.current?.focus();
  }, [asking]);
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
        <div ref={dialogRef} className="kern-alert kern-alert--warning inline-dialog" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} tabIndex={-1}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title" id={`${id}-title`}>
              {confirmTitle ?? t('formUi.deletion.confirmTitle')}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body" id={`${id}-text`}>
              {question}
            </p>
            <div className="form-actions">
              <button type="button" className="kern-btn kern-btn--primary" disabled={pending} onClick={() => void remove()}>
                <span className="kern-label">{pending ? t('formUi.deletion.pending') : (confirmLabel ?? t('formUi.deletion.confirm'))}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() => {
                  setAsking(false);
                  buttonRef.current?.focus();
                }}
              >
                <span className="kern-label">{t('formUi.deletion.cancel')}</span>
              </button>
            </div>
          </div>
        </div>
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
