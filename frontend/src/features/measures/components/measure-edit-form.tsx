import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { ErrorSummary, FieldError } from '@/components/ui/error-summary';
import { UnsavedChangesDialog } from '@/components/ui/unsaved-changes-dialog';
import { LoginForm } from '@/features/auth/components/login-form';
import { useUnsavedChanges } from '@/hooks/use-unsaved-changes';
import { ApiError, fieldErrors, type Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { fetchMeasureNow, useUpdateMeasure } from '../api/measures';
import {
  diffForm,
  formToInput,
  isDirty,
  mapApiErrors,
  MEASURE_FORM_FIELDS,
  measureToForm,
  validateMeasureForm,
  type FieldDiff,
  type FieldErrors,
  type MeasureFormField,
  type MeasureFormValues,
} from '../utils/measure-form';

type Measure = Schemas['Measure'];

const STATUSES: Schemas['MeasureStatus'][] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];
const PRIORITIES: Schemas['Priority'][] = ['HIGH', 'MEDIUM', 'LOW'];
const PUBLICATION: Schemas['PublicationStatus'][] = ['DRAFT', 'PUBLISHED'];

const LABEL_KEY = {
  title: 'measureEdit.titleField',
  summary: 'measureEdit.summary',
  description: 'measureEdit.description',
  status: 'measureEdit.status',
  priority: 'measureEdit.priority',
  progress: 'measureEdit.progress',
  startDate: 'measureEdit.startDate',
  endDate: 'measureEdit.endDate',
  actionFieldId: 'measureEdit.actionField',
  publicationStatus: 'measureEdit.publicationStatus',
} as const satisfies Record<MeasureFormField, string>;

/**
 * Edits a measure without ever losing input: client checks with the API's rules, the API's messages next to the
 * fields, a conflict dialog on 412, a login on an expired session, and a question before unsaved changes are left.
 */
export function MeasureEditForm({ slug, measure, actionFields }: { slug: string; measure: Measure; actionFields: Schemas['ActionField'][] }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const update = useUpdateMeasure(slug, measure.id);
  const [base, setBase] = useState(measure);
  const [values, setValues] = useState(() => measureToForm(measure));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [other, setOther] = useState<string[]>([]);
  const [conflict, setConflict] = useState<{ server: Measure; diffs: FieldDiff[] } | null>(null);
  const [expired, setExpired] = useState(false);
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  const dirty = isDirty(values, measureToForm(base));
  const blocker = useUnsavedChanges(dirty && !update.isPending);
  const label = (f: MeasureFormField) => t(LABEL_KEY[f]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const focusSummary = () => requestAnimationFrame(() => summary.current?.focus());

  const set = <K extends MeasureFormField>(field: K, value: MeasureFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(false);
  };

  const save = (against: Measure) => {
    const found = validateMeasureForm(values, {
      required: (f) => t('form.required', { field: label(f) }),
      tooLong: (f, max) => t('form.tooLong', { field: label(f), max }),
      range: (f, min, max) => t('form.range', { field: label(f), min, max }),
      dateOrder: () => t('form.dateOrder'),
    });
    setErrors(found);
    setOther([]);
    setGeneral(undefined);
    if (Object.keys(found).length) {
      focusSummary();
      return;
    }
    update.mutate(
      { input: formToInput(values, against), version: against.version },
      {
        onSuccess: (m) => {
          setBase(m);
          setValues(measureToForm(m));
          setConflict(null);
          setSaved(true);
          requestAnimationFrame(() => savedRef.current?.focus());
        },
        onError: async (error) => {
          if (!(error instanceof ApiError)) {
            setGeneral(t('state.errorText'));
            focusSummary();
            return;
          }
          if (error.status === 401) {
            setExpired(true);
            return;
          }
          if (error.status === 412) {
            try {
              const server = await fetchMeasureNow(slug, measure.id);
              setConflict({ server, diffs: diffForm(values, measureToForm(server)) });
            } catch {
              setGeneral(t('state.errorText'));
              focusSummary();
            }
            return;
          }
          if (error.status === 400) {
            const mapped = mapApiErrors(fieldErrors(error));
            setErrors(mapped.fields);
            setOther(mapped.other);
            if (!Object.keys(mapped.fields).length && !mapped.other.length) setGeneral(error.problem?.detail ?? error.message);
          } else {
            setGeneral(error.problem?.detail ?? t('state.errorRequest', { status: error.status }));
          }
          focusSummary();
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(base);
  };

  const summaryErrors = [
    ...MEASURE_FORM_FIELDS.filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f]! })),
  ];
  const generalText = [general, ...other].filter(Boolean).join(' ') || undefined;

  const field = (f: MeasureFormField, control: (props: ControlProps) => ReactNode, hint?: string) => {
    const message = errors[f];
    const describedBy = [message ? `${id}-${f}-error` : '', hint ? `${id}-${f}-hint` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`kern-form-input${message ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-${f}`}>
          {label(f)}
        </label>
        {hint ? (
          <div className="kern-hint" id={`${id}-${f}-hint`}>
            {hint}
          </div>
        ) : null}
        <FieldError id={`${id}-${f}-error`} message={message} />
        {control({ id: `${id}-${f}`, name: f, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy, invalid: !!message })}
      </div>
    );
  };
  const input = (f: 'title' | 'progress' | 'startDate' | 'endDate', type = 'text', extra: Record<string, unknown> = {}) =>
    field(f, ({ invalid, ...p }) => (
      <input
        {...p}
        {...extra}
        type={type}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        value={values[f]}
        onChange={(e) => set(f, e.target.value)}
      />
    ));
  const textarea = (f: 'summary' | 'description', rows: number) =>
    field(f, ({ invalid, ...p }) => (
      <textarea
        {...p}
        rows={rows}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        value={values[f]}
        onChange={(e) => set(f, e.target.value)}
      />
    ));
  const select = <F extends 'status' | 'priority' | 'publicationStatus' | 'actionFieldId'>(f: F, options: { value: string; label: string }[]) =>
    field(f, ({ invalid, ...p }) => (
      <div className="kern-form-input__select-wrapper">
        <select
          {...p}
          className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
          value={values[f]}
          onChange={(e) => set(f, e.target.value as MeasureFormValues[F])}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    ));

  const shown = (f: MeasureFormField, v: string) => {
    if (!v) return t('conflict.empty');
    if (f === 'status') return t(`measureStatus.${v as Schemas['MeasureStatus']}`);
    if (f === 'priority') return t(`priority.${v as Schemas['Priority']}`);
    if (f === 'publicationStatus') return t(`publicationStatus.${v as Schemas['PublicationStatus']}`);
    if (f === 'actionFieldId') return actionFields.find((a) => a.id === v)?.title ?? v;
    return v;
  };

  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      {conflict ? (
        <div ref={conflictRef} className="kern-alert kern-alert--warning inline-dialog conflict-dialog" role="alertdialog" aria-labelledby={`${id}-conflict-title`} aria-describedby={`${id}-conflict-text`} tabIndex={-1}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title" id={`${id}-conflict-title`}>
              {t('conflict.title')}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body" id={`${id}-conflict-text`}>
              {conflict.diffs.length ? t('conflict.text') : t('conflict.noDiff')}
            </p>
            {conflict.diffs.length ? (
              <table className="kern-table conflict-table">
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('conflict.field')}</th>
                    <th scope="col" className="kern-table__header">{t('conflict.theirs')}</th>
                    <th scope="col" className="kern-table__header">{t('conflict.mine')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {conflict.diffs.map((d) => (
                    <tr key={d.field} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{label(d.field)}</th>
                      <td className="kern-table__cell">{shown(d.field, d.theirs)}</td>
                      <td className="kern-table__cell">{shown(d.field, d.mine)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <div className="form-actions">
              <button type="button" className="kern-btn kern-btn--secondary" onClick={() => {
                setBase(conflict.server);
                setValues(measureToForm(conflict.server));
                setErrors({});
                setConflict(null);
              }}>
                <span className="kern-label">{t('conflict.reload')}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--primary" disabled={update.isPending} onClick={() => save(conflict.server)}>
                <span className="kern-label">{t('conflict.overwrite')}</span>
              </button>
            </div>
          </div>
        </div>
      ) : null}
      {expired ? (
        <div className="kern-alert kern-alert--info inline-dialog" role="alertdialog" aria-labelledby={`${id}-expired-title`}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <h2 className="kern-title" id={`${id}-expired-title`}>
              {t('login.expiredTitle')}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('login.expiredText')}</p>
            <LoginForm
              onLoggedIn={() => {
                setExpired(false);
                save(base);
              }}
            />
          </div>
        </div>
      ) : null}
      {saved ? (
        <div ref={savedRef} className="kern-alert kern-alert--success" role="status" tabIndex={-1}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <span className="kern-title">{t('form.saved')}</span>
          </div>
          <div className="kern-alert__body">
            <AppLink to={paths.measure(slug, base.id)}>{base.title}</AppLink>
          </div>
        </div>
      ) : null}
      <form className="edit-form" noValidate onSubmit={submit}>
        <ErrorSummary ref={summary} errors={summaryErrors} idPrefix={id} general={generalText} />
        <p className="kern-body">
          {t('measureEdit.code')}: <strong>{base.code}</strong> <span className="kern-body--small">({t('form.readOnly')})</span>
        </p>
        {input('title', 'text', { required: true, maxLength: 200, autoComplete: 'off' })}
        {textarea('summary', 3)}
        {textarea('description', 8)}
        {select('actionFieldId', actionFields.map((a) => ({ value: a.id, label: `${a.code} – ${a.title}` })))}
        <div className="edit-form__row">
          {select('status', STATUSES.map((s) => ({ value: s, label: t(`measureStatus.${s}`) })))}
          {select('priority', PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })))}
          {input('progress', 'number', { min: 0, max: 100, step: 1, inputMode: 'numeric' })}
        </div>
        <div className="edit-form__row">
          {input('startDate', 'date')}
          {input('endDate', 'date')}
        </div>
        {select('publicationStatus', PUBLICATION.map((p) => ({ value: p, label: t(`publicationStatus.${p}`) })))}
        <div className="form-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
            <span className="kern-label">{update.isPending ? t('form.saving') : t('form.save')}</span>
          </button>
          <AppLink to={paths.measure(slug, base.id)} className="kern-btn kern-btn--tertiary">
            <span className="kern-label">{t('form.cancel')}</span>
          </AppLink>
        </div>
      </form>
    </>
  );
}

type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  invalid: boolean;
};
