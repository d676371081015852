import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/lib/paths';
import '../admin-texts';

/**
 * The secret of a token just created – the only time it can be seen: a clear note, the secret to select or copy,
 * and how to send it. Takes the focus, so the note is read out first.
 */
export function TokenSecret({ name, secret }: { name: string; secret: string }) {
  const { t } = useTranslation();
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
          {t('admin.tokens.secret.title')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">
          <strong>{t('admin.tokens.secret.note')}</strong>
        </p>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-secret`}>
            {t('admin.tokens.secret.label', { name })}
          </label>
          <input id={`${id}-secret`} className="kern-form-input__input token-secret__value" readOnly value={secret} data-testid="token-secret" onFocus={(e) => e.currentTarget.select()} />
        </div>
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void copySecret()}>
            <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
            <span className="kern-label">{t('admin.tokens.secret.copy')}</span>
          </button>
          <span role="status" className="kern-body">
            {copy === 'copied' ? t('admin.tokens.secret.copied') : copy === 'failed' ? t('admin.tokens.secret.copyFailed') : ''}
          </span>
        </div>
        <p className="kern-body">{t('admin.tokens.secret.usage')}</p>
        <pre className="token-secret__usage">
          <code>Authorization: Bearer {secret}</code>
        </pre>
        <p>
          <AppLink to={paths.admin('tokens')}>{t('admin.tokens.secret.done')}</AppLink>
        </p>
      </div>
    </div>
  );
}
