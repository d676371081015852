import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** What a page tells the list it leads back to (router state): e.g. `„x“ was created.` */
export interface AdminNoticeState {
  notice?: string;
}

/**
 * A success message, focused so it is read out: `text` from this page (e.g. after revoking in the list), otherwise
 * the one handed over by the previous page (after creating or deleting).
 */
export function AdminNotice({ text }: { text?: string }) {
  const location = useLocation();
  const message = text ?? (location.state as AdminNoticeState | null)?.notice;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className="kern-alert kern-alert--success" role="status" tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <span className="kern-title">{message}</span>
      </div>
    </div>
  );
}
