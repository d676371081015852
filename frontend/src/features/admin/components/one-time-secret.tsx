import { useEffect, useId, useRef, useState } from 'react';
import { AppLink } from '@/components/ui/app-link';

export interface OneTimeSecretTexts {
  title: string;
  note: string;
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
  usage: string;
  done: string;
}

/**
 * A secret just created – the only time it can be seen: a clear note, the secret to select or copy, how it is used,
 * and the way back to the list. Takes the focus, so the note is read out first.
 */
export function OneTimeSecret({ secret, texts, usage, doneTo, testId }: { secret: string; texts: OneTimeSecretTexts; usage: string; doneTo: string; testId: string }) {
  const id = useId().replace(/:/g, '');
  const ref = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => ref.current?.focus(), []);

  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div ref={ref} className="kern-alert kern-alert--warning token-secret" role="region" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id={`${id}-title`}>
          {texts.title}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">
          <strong>{texts.note}</strong>
        </p>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-secret`}>
            {texts.label}
          </label>
          <input id={`${id}-secret`} className="kern-form-input__input token-secret__value" readOnly value={secret} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        </div>
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void copySecret()}>
            <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
            <span className="kern-label">{texts.copy}</span>
          </button>
          <span role="status" className="kern-body">
            {copy === 'copied' ? texts.copied : copy === 'failed' ? texts.copyFailed : ''}
          </span>
        </div>
        <p className="kern-body">{texts.usage}</p>
        <pre className="token-secret__usage">
          <code>{usage}</code>
        </pre>
        <p>
          <AppLink to={doneTo}>{texts.done}</AppLink>
        </p>
      </div>
    </div>
  );
}
