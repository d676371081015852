import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFormDefinition } from '@/hooks/use-record-form';
import { ApiError, type Schemas } from '@/lib/api-client';
import type { FormValues } from '@/lib/record-form';
import { SelectField, type FieldBinding, type SelectOption } from './form-fields';
import { SessionExpiredDialog } from './session-expired-dialog';
import './publish-texts';

type PublicationStatus = Schemas['PublicationStatus'];

/**
 * Saves `record` with another publication status through its form definition: the complete input as the form would
 * send it unchanged, so a one-click publish never drops a field.
 */
export function savePublication<R extends { version: number }, V extends FormValues & { publicationStatus: string }, I>(
  definition: Pick<RecordFormDefinition<R, V, I>, 'toValues' | 'toInput' | 'save'>,
  record: R,
  status: PublicationStatus,
): Promise<R> {
  const values = { ...definition.toValues(record), publicationStatus: status };
  return definition.save(definition.toInput(values, record), record);
}

/**
 * One click to publish a draft or to take a published record back to draft. Says what happened in a live region;
 * a refusal is explained (412: changed meanwhile), an expired session offers to log in and then retries.
 */
export function PublishButton({ status, name, onToggle }: { status: PublicationStatus; name: string; onToggle: (next: PublicationStatus) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [expired, setExpired] = useState(false);
  const next: PublicationStatus = status === 'DRAFT' ? 'PUBLISHED' : 'DRAFT';
  const label = pending ? t('publishUi.pending') : t(next === 'PUBLISHED' ? 'publishUi.publish' : 'publishUi.unpublish');

  const toggle = async () => {
    setPending(true);
    setMessage('');
    setError('');
    try {
      await onToggle(next);
      setMessage(t(next === 'PUBLISHED' ? 'publishUi.published' : 'publishUi.unpublished', { name }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setExpired(true);
      else if (e instanceof ApiError && e.status === 412) setError(t('publishUi.changed'));
      else setError(t('publishUi.refused', { reason: e instanceof ApiError ? (e.problem?.detail ?? e.message) : t('state.errorText') }));
    } finally {
      setPending(false);
    }
  };

  return (
    <span className="publish-button">
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" disabled={pending} aria-label={`${label}: ${name}`} onClick={() => void toggle()}>
        <span className="kern-label">{label}</span>
      </button>
      <span role="status" className="kern-body kern-body--small">
        {message}
      </span>
      {error ? (
        <span role="alert" className="kern-body kern-body--small publish-button__error">
          {error}
        </span>
      ) : null}
      {expired ? (
        <SessionExpiredDialog
          onLoggedIn={() => {
            setExpired(false);
            void toggle();
          }}
        />
      ) : null}
    </span>
  );
}

const PUBLICATION: PublicationStatus[] = ['DRAFT', 'PUBLISHED'];

/** The choices "draft" and "published", translated. */
export function usePublicationOptions(): SelectOption[] {
  const { t } = useTranslation();
  return PUBLICATION.map((p) => ({ value: p, label: t(`publicationStatus.${p}`) }));
}

/** The "draft / published" choice of a record form. */
export function PublicationStatusField<V extends FormValues & { publicationStatus: PublicationStatus }>({ form, label }: { form: FieldBinding<V>; label: string }) {
  const binding = form as unknown as FieldBinding<{ publicationStatus: string }>;
  return <SelectField form={binding} name="publicationStatus" label={label} options={usePublicationOptions()} />;
}
