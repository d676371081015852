import type { ReactNode } from 'react';

/** The council information system could not be read: a title, what the server says, and maybe a way to retry. */
export function CouncilFailure({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{message}</p>
        {children}
      </div>
    </div>
  );
}
