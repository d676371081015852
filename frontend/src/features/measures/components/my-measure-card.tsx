import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { FieldError } from '@/components/ui/error-summary';
import { DraftBadge } from '@/components/ui/status-badge';
import { LoginForm } from '@/features/auth/components/login-form';
import { ApiError, fieldErrors, type Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { fetchMeasureNow, useSteps, useUpdateMeasureProgress, useUpdateStep } from '../api/measures';

const STATUSES: Schemas['MeasureStatus'][] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];

/** One of a contributor's measures: status and progress in one form, steps ticked off one by one. */
export function MyMeasureCard({ slug, measure }: { slug: string; measure: Schemas['Measure'] }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [base, setBase] = useState(measure);
  const [status, setStatus] = useState(measure.status);
  const [progress, setProgress] = useState(String(measure.progress));
  const [message, setMessage] = useState<{ kind: 'success' | 'danger' | 'warning'; text: string } | null>(null);
  const [progressError, setProgressError] = useState<string | undefined>();
  const [expired, setExpired] = useState(false);
  const update = useUpdateMeasureProgress(slug, measure.id);

  const submit = (event?: SubmitEvent) => {
    event?.preventDefault();
    setMessage(null);
    if (!/^\d{1,3}$/.test(progress.trim()) || Number(progress) > 100) {
      setProgressError(t('form.range', { field: t('myMeasures.progress'), min: 0, max: 100 }));
      return;
    }
    setProgressError(undefined);
    update.mutate(
      { input: { status, progress: Number(progress) }, version: base.version },
      {
        onSuccess: (m) => {
          setBase(m);
          setMessage({ kind: 'success', text: t('myMeasures.saved') });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            // Keep the input; take the new version so that saving again is a knowing overwrite.
            void fetchMeasureNow(slug, measure.id)
              .then(setBase, () => undefined /* the message below still applies */)
              .then(() => setMessage({ kind: 'warning', text: t('myMeasures.conflict') }));
          } else if (error instanceof ApiError && error.status === 400) {
            setProgressError(fieldErrors(error).progress);
            setMessage({ kind: 'danger', text: error.problem?.detail ?? error.message });
          } else if (error instanceof ApiError && error.status === 401) {
            setExpired(true);
          } else {
            setMessage({ kind: 'danger', text: error instanceof ApiError ? (error.problem?.detail ?? error.message) : t('state.errorText') });
          }
        },
      },
    );
  };

  return (
    <article className="my-measure" aria-labelledby={`${id}-title`}>
      <h3 className="kern-heading-small" id={`${id}-title`}>
        <DraftBadge status={base.publicationStatus} />
        <AppLink to={paths.measure(slug, measure.id)}>
          {base.code} {base.title}
        </AppLink>
      </h3>
      <form className="edit-form__row" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-status`}>
            {t('myMeasures.status')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select className="kern-form-input__select" id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as Schemas['MeasureStatus'])}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`measureStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className={`kern-form-input${progressError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={`${id}-progress`}>
            {t('myMeasures.progress')}
          </label>
          <FieldError id={`${id}-progress-error`} message={progressError} />
          <input
            className={`kern-form-input__input kern-form-input__input--width-4${progressError ? ' kern-form-input__input--error' : ''}`}
            id={`${id}-progress`}
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            aria-invalid={progressError ? true : undefined}
            aria-describedby={progressError ? `${id}-progress-error` : undefined}
            value={progress}
            onChange={(e) => setProgress(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
            <span className="kern-label">{update.isPending ? t('form.saving') : t('myMeasures.save')}</span>
          </button>
        </div>
      </form>
      <div role="status" className="my-measure__message">
        {message ? <p className={`kern-body my-measure__message--${message.kind}`}>{message.text}</p> : null}
      </div>
      {expired ? (
        <div className="kern-alert kern-alert--info inline-dialog" role="alertdialog" aria-labelledby={`${id}-expired`}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <h4 className="kern-title" id={`${id}-expired`}>
              {t('login.expiredTitle')}
            </h4>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('login.expiredText')}</p>
            <LoginForm
              onLoggedIn={() => {
                setExpired(false);
                submit();
              }}
            />
          </div>
        </div>
      ) : null}
      <MyMeasureSteps slug={slug} measureId={measure.id} titleId={`${id}-title`} />
    </article>
  );
}

const STEP_STATUSES: Schemas['StepStatus'][] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** The steps of a contributor's measure, each with its status to choose from all four (saved on choosing). */
function MyMeasureSteps({ slug, measureId, titleId }: { slug: string; measureId: string; titleId: string }) {
  const { t } = useTranslation();
  const steps = useSteps(slug, measureId);
  const update = useUpdateStep(slug, measureId);
  const [message, setMessage] = useState<string | undefined>();
  if (!steps.data) return null;
  const items = steps.data.items;
  return (
    <fieldset className="kern-fieldset my-measure__steps" aria-describedby={titleId}>
      <legend className="kern-label">{t('myMeasures.steps')}</legend>
      {items.length === 0 ? <p className="kern-body">{t('myMeasures.noSteps')}</p> : null}
      <div className="kern-fieldset__body">
        {items.map((step) => (
          <div key={step.id} className="kern-form-input">
            <label className="kern-label" htmlFor={`step-${step.id}`}>
              {t('myMeasures.stepStatus', { title: step.title })}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                className="kern-form-input__select"
                id={`step-${step.id}`}
                value={step.status}
                disabled={update.isPending}
                onChange={(e) => {
                  const status = e.target.value as Schemas['StepStatus'];
                  setMessage(undefined);
                  update.mutate(
                    { ...step, status },
                    {
                      onSuccess: () => setMessage(`${step.title}: ${t(`stepStatus.${status}`)} – ${t('myMeasures.saved')}`),
                      onError: (error) => setMessage(error instanceof ApiError ? (error.problem?.detail ?? error.message) : t('state.errorText')),
                      onSettled: () => void steps.refetch(),
                    },
                  );
                }}
              >
                {STEP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stepStatus.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
      </div>
      <div role="status">{message ? <p className="kern-body">{message}</p> : null}</div>
    </fieldset>
  );
}
