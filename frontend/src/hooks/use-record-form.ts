import { useEffect, useEffectEvent, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';
import { useErrorSummaryFocus } from '@/components/ui/error-summary';
import { ApiError, fieldErrors } from '@/lib/api-client';
import {
  checkRules,
  diffValues,
  mapApiErrors,
  type FieldDiff,
  type FieldErrors,
  type FieldOf,
  type FieldRules,
  type FormValues,
} from '@/lib/record-form';
import { useUnsavedChanges } from './use-unsaved-changes';

/**
 * Everything a form needs to know about one kind of record. Build it in the component (labels are translated);
 * it may change between renders.
 */
export interface RecordFormDefinition<R extends { version: number }, V extends FormValues, I> {
  /** The fields in form order: the order of the error summary and the conflict table. */
  fields: readonly FieldOf<V>[];
  /** Translated labels, for rule messages and the conflict table. */
  labels: Record<FieldOf<V>, string>;
  /** The form's values for a saved record, or for a new one (`undefined`, with any prefill). */
  toValues: (record: R | undefined) => V;
  /** The API's per-field rules, checked before sending and, once a field was left, as the user types. */
  rules?: FieldRules<V>;
  /** Rules across fields (e.g. end not before start), with translated messages. */
  check?: (values: V) => FieldErrors<V>;
  /** The request body; `base` is the version the change is based on (`undefined` when creating). */
  toInput: (values: V, base: R | undefined) => I;
  /** POST when `base` is undefined, otherwise PUT with `If-Match` of `base` (`ifMatch(base)`). */
  save: (input: I, base: R | undefined) => Promise<R>;
  /** The record as the server has it now, bypassing caches (after a 412). Without it a 412 is a plain error. */
  fetchCurrent?: (base: R) => Promise<R>;
  /** API field names that differ from the form's, e.g. `{ leadActorId: 'leadActor' }`. */
  apiFields?: Record<string, FieldOf<V>>;
  /** The field a 409 refers to when the API refuses a duplicate (e.g. `code`); its `detail` is shown there. */
  uniqueField?: FieldOf<V>;
  /** Called once the saved record is in the form (after commit, so navigating away is not blocked). */
  onSaved?: (record: R, created: boolean) => void;
}

export interface RecordFormConflict<R, V> {
  server: R;
  diffs: FieldDiff<V>[];
}

/**
 * The state of a create or edit form that never loses input: client rules, the API's per-field messages, a conflict
 * with what changed on 412 (reload or overwrite knowingly), re-login on 401 then retry, a question before unsaved
 * changes are left.
 */
export function useRecordForm<R extends { version: number }, V extends FormValues, I>(definition: RecordFormDefinition<R, V, I>, record?: R) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/:/g, '');
  const [base, setBase] = useState<R | undefined>(record);
  const [values, setValues] = useState<V>(() => definition.toValues(record));
  const [touched, setTouched] = useState<Partial<Record<FieldOf<V>, true>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [apiErrors, setApiErrors] = useState<FieldErrors<V>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState<RecordFormConflict<R, V> | null>(null);
  const [expired, setExpired] = useState(false);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<{ record: R; created: boolean } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = useErrorSummaryFocus(summaryRef);

  const clientErrors = (v: V): FieldErrors<V> => {
    const { rules = {}, labels, check } = definition;
    const found = checkRules(v, rules, labels, {
      required: (field) => t('form.required', { field }),
      tooLong: (field, max) => t('form.tooLong', { field, max }),
      range: (field, min, max) => t('form.range', { field, min, max }),
    });
    return { ...check?.(v), ...found };
  };

  const shownClient = clientErrors(values);
  const errors: FieldErrors<V> = { ...apiErrors };
  for (const f of definition.fields) {
    if (shownClient[f] && (submitted || touched[f])) errors[f] = shownClient[f];
  }
  const summaryErrors = definition.fields.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! }));

  const dirty = diffValues(definition.fields, values, definition.toValues(base)).length > 0;
  const blocker: Blocker = useUnsavedChanges(dirty && !pending && !saved?.created);

  const onSaved = useEffectEvent((done: { record: R; created: boolean }) => definition.onSaved?.(done.record, done.created));
  useEffect(() => {
    if (saved) onSaved(saved);
  }, [saved]);

  // A newer version from outside (e.g. a measure refetched after one of its steps changed) becomes the base when it
  // differs only in what this form does not edit; otherwise saving shows the conflict as usual. Adjusted during render
  // (React re-renders at once, before the screen shows the old base).
  if (record && base && record !== base && record.version > base.version) {
    if (!diffValues(definition.fields, definition.toValues(record), definition.toValues(base)).length) setBase(record);
  }

  const set = <K extends FieldOf<V>>(field: K, value: V[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setApiErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    setSaved(null);
  };
  const touch = (field: FieldOf<V>) => setTouched((t) => (t[field] ? t : { ...t, [field]: true }));

  const fail = (messages: string[]) => {
    setGeneral(messages);
    focusSummary();
  };

  const save = async (against: R | undefined) => {
    setSubmitted(true);
    setApiErrors({});
    setGeneral([]);
    if (Object.keys(clientErrors(values)).length) {
      focusSummary();
      return;
    }
    const { toInput, save: send, fetchCurrent, fields, apiFields, toValues } = definition;
    setPending(true);
    try {
      const result = await send(toInput(values, against), against);
      setBase(result);
      setValues(toValues(result));
      setTouched({});
      setSubmitted(false);
      setConflict(null);
      setSaved({ record: result, created: against === undefined });
    } catch (error) {
      if (!(error instanceof ApiError)) return fail([t('state.errorText')]);
      if (error.status === 401) return setExpired(true);
      if (error.status === 412 && against && fetchCurrent) {
        try {
          const server = await fetchCurrent(against);
          // Changed only outside this form (e.g. a measure's steps): nothing of mine is at stake, save against it.
          if (!diffValues(fields, toValues(against), toValues(server)).length) return await save(server);
          setConflict({ server, diffs: diffValues(fields, values, toValues(server)) });
        } catch {
          fail([t('state.errorText')]);
        }
        return;
      }
      if (error.status === 400) {
        const mapped = mapApiErrors(fieldErrors(error), fields, apiFields);
        setApiErrors(mapped.fields);
        const nothingMapped = !Object.keys(mapped.fields).length && !mapped.other.length;
        fail(nothingMapped ? [error.problem?.detail ?? error.message] : mapped.other);
        return;
      }
      const detail = error.problem?.detail ?? t('state.errorRequest', { status: error.status });
      const unique = definition.uniqueField;
      if (error.status === 409 && unique) {
        setApiErrors({ [unique]: detail } as FieldErrors<V>);
        return fail([]);
      }
      fail([detail]);
    } finally {
      setPending(false);
    }
  };

  return {
    idPrefix,
    /** The version the form is based on (`undefined` while creating). */
    base,
    values,
    set,
    touch,
    /** Per field: the API's message, or the client rule's once the field was left or a save was tried. */
    errors,
    summaryErrors,
    /** Messages without a field of this form, for the summary. */
    general: general.join(' ') || undefined,
    summaryRef,
    dirty,
    pending,
    submit: (event?: SubmitEvent) => {
      event?.preventDefault();
      void save(base);
    },
    conflict,
    /** Takes the version saved meanwhile and discards my input. */
    reload: () => {
      if (!conflict) return;
      setBase(conflict.server);
      setValues(definition.toValues(conflict.server));
      setApiErrors({});
      setConflict(null);
    },
    /** Saves my input over the version saved meanwhile. */
    overwrite: () => {
      if (conflict) void save(conflict.server);
    },
    expired,
    /** After logging in again: saves what the user had entered. */
    retryAfterLogin: () => {
      setExpired(false);
      void save(base);
    },
    /** The record just saved (cleared by the next change). */
    saved: saved?.record,
    blocker,
  };
}
