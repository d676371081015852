import { useEffect, useId, useRef } from 'react';
import { AppLink } from '@/components/ui/app-link';
import { CopyButton } from '@/components/ui/copy-button';

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
  useEffect(() => ref.current?.focus(), []);

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
        <CopyButton text={secret} label={texts.copy} copied={texts.copied} failed={texts.copyFailed} />
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
