import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { CopyButton } from '@/components/ui/copy-button';
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
  useEffect(() => ref.current?.focus(), []);

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
        <CopyButton
          text={secret}
          label={t('admin.tokens.secret.copy')}
          copied={t('admin.tokens.secret.copied')}
          failed={t('admin.tokens.secret.copyFailed')}
        />
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
