import { useState } from 'react';

type Props = {
  /** What is copied to the clipboard. */
  text: string;
  label: string;
  /** Said (role="status") once the text is copied, or when the clipboard refuses. */
  copied: string;
  failed: string;
  variant?: 'primary' | 'tertiary';
};

/** A button that copies a text to the clipboard, and says whether that worked. */
export function CopyButton({ text, label, copied, failed, variant = 'primary' }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="form-actions">
      <button type="button" className={`kern-btn kern-btn--${variant}`} onClick={() => void copy()}>
        <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
        <span className="kern-label">{label}</span>
      </button>
      <span role="status" className="kern-body">
        {state === 'copied' ? copied : state === 'failed' ? failed : ''}
      </span>
    </div>
  );
}
