import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FieldError } from '@/components/ui/error-summary';
import { SessionExpiredDialog } from '@/components/ui/session-expired-dialog';
import { ApiError, type Schemas } from '@/lib/api-client';
import { formatDate, today } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import { useAdoptEdition } from '../api/editions';
import '../edition-texts';

/**
 * Adopting an edition, for its editors: the day of the decision, then a confirmation that says it cannot be undone.
 * A refusal (already adopted, draft area, stale version) is explained with the API's own words.
 */
export function AdoptEdition({ slug, edition }: { slug: string; edition: Schemas['Edition'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId().replace(/:/g, '');
  const adopt = useAdoptEdition(slug);
  const [day, setDay] = useState(today());
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const confirm = async () => {
    setRefusal(null);
    try {
      await adopt.mutateAsync({ edition, adoptedOn: day });
      setAsking(false);
    } catch (error) {
      setAsking(false);
      if (error instanceof ApiError && error.status === 401) setExpired(true);
      else if (error instanceof ApiError) setRefusal(error.problem?.detail ?? error.problem?.title ?? t('state.errorRequest', { status: error.status }));
      else setRefusal(t('state.errorText'));
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="section adopt-edition">
      <h2 id={`${id}-heading`} className="kern-heading-medium">
        {t('editionView.adoptTitle')}
      </h2>
      <p className="kern-body">{t('editionView.adoptIntro')}</p>
      <div className={`kern-form-input${missing ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-day`}>
          {t('editionView.adoptDate')}
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          {t('editionView.adoptDateHint')}
        </div>
        <FieldError id={`${id}-error`} message={missing ? t('editionView.adoptDateMissing') : undefined} />
        <input
          id={`${id}-day`}
          type="date"
          className={`kern-form-input__input${missing ? ' kern-form-input__input--error' : ''}`}
          value={day}
          aria-describedby={missing ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={missing || undefined}
          onChange={(e) => {
            setDay(e.target.value);
            setMissing(false);
          }}
        />
      </div>
      <p>
        <button
          ref={buttonRef}
          type="button"
          className="kern-btn kern-btn--primary"
          aria-expanded={asking}
          disabled={adopt.isPending}
          onClick={() => {
            if (!day) setMissing(true);
            else setAsking(true);
          }}
        >
          <span className="kern-label">{t('editionView.adoptButton')}</span>
        </button>
      </p>
      {asking ? (
        <ConfirmDialog
          id={id}
          title={t('editionView.adoptConfirmTitle')}
          titleLevel="h3"
          confirmLabel={adopt.isPending ? t('editionView.adoptPending') : t('editionView.adoptConfirm')}
          cancelLabel={t('editionView.adoptCancel')}
          pending={adopt.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setAsking(false);
            buttonRef.current?.focus();
          }}
        >
          {t('editionView.adoptConfirmText', { label: edition.label, date: formatDate(day, lang, 'long') })}
        </ConfirmDialog>
      ) : null}
      {refusal ? (
        <div className="kern-alert kern-alert--danger inline-dialog" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{t('editionView.adoptRefused')}</span>
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
            void confirm();
          }}
        />
      ) : null}
    </section>
  );
}
