import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The inline question before an action that cannot be taken back (deleting, adopting): focused when it opens, with
 * the confirm button and a cancel button that returns focus to the button that opened it.
 */
export function ConfirmDialog({
  id,
  title,
  titleLevel = 'h2',
  children,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  /** Prefix of the ids that name and describe the dialog. */
  id: string;
  title: string;
  titleLevel?: 'h2' | 'h3';
  /** The question. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const Title = titleLevel;

  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  return (
    <div ref={dialogRef} className="kern-alert kern-alert--warning inline-dialog" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <Title className="kern-title" id={`${id}-title`}>
          {title}
        </Title>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body" id={`${id}-text`}>
          {children}
        </p>
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--primary" disabled={pending} onClick={onConfirm}>
            <span className="kern-label">{confirmLabel}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}>
            <span className="kern-label">{cancelLabel}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
