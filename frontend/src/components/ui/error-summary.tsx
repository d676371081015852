import { forwardRef, useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryError = { field: string; message: string };

/**
 * Returns `request()`, which focuses the error summary of `ref` in the next commit: the one that shows it (its errors
 * set in the same update), rather than a frame later, when keys typed into a field meanwhile would land in the summary.
 */
export function useErrorSummaryFocus(ref: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useLayoutEffect(() => {
    if (requests) ref.current?.focus();
  }, [requests, ref]);
  return useCallback(() => setRequests((n) => n + 1), []);
}

/**
 * The list of what is wrong, at the top of a form, each message linked to its field (`#<idPrefix>-<field>`).
 * Takes the focus when shown, so screen reader and keyboard users start there.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: SummaryError[]; idPrefix: string; general?: string }>(
  function ErrorSummary({ errors, idPrefix, general }, ref) {
    const { t } = useTranslation();
    if (!errors.length && !general) return null;
    return (
      <div ref={ref} className="kern-alert kern-alert--danger error-summary" role="alert" tabIndex={-1} aria-labelledby={`${idPrefix}-summary-title`}>
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <h2 className="kern-title" id={`${idPrefix}-summary-title`}>
            {t('form.errorSummary')}
          </h2>
        </div>
        <div className="kern-alert__body">
          {general ? <p className="kern-body">{general}</p> : null}
          {errors.length ? (
            <ul className="kern-list">
              {errors.map((e) => (
                <li key={e.field}>
                  <a className="kern-link" href={`#${idPrefix}-${e.field}`}>
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    );
  },
);

/** The message of one field, below its label (referenced by the field's aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}
