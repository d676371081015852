import type { ReactNode } from 'react';
import type { FieldErrors, FieldOf, FormValues } from '@/lib/record-form';
import { FieldError } from './error-summary';

/** The part of `useRecordForm`'s result a field needs. */
export interface FieldBinding<V extends FormValues> {
  idPrefix: string;
  values: V;
  errors: FieldErrors<V>;
  set: <K extends FieldOf<V>>(field: K, value: V[K]) => void;
  touch: (field: FieldOf<V>) => void;
}

type KeysOf<V, T> = { [K in FieldOf<V>]: V[K] extends T ? K : never }[FieldOf<V>];

interface FieldProps<V extends FormValues, K> {
  form: FieldBinding<V>;
  name: K;
  label: string;
  hint?: string;
  required?: boolean;
}

/** The id of a field's control (`<idPrefix>-<name>`), which the error summary links to. */
export const fieldId = (idPrefix: string, name: string) => `${idPrefix}-${name}`;

/** Wires a control to its label, hint and error: what `aria-invalid` and `aria-describedby` say. */
export function fieldAria(form: { idPrefix: string; errors: Record<string, string | undefined> }, name: string, hint?: string) {
  const id = fieldId(form.idPrefix, name);
  const message = form.errors[name];
  const describedBy = [message ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return { id, invalid: !!message, 'aria-invalid': message ? (true as const) : undefined, 'aria-describedby': describedBy };
}

/** Label, hint and error message of one field around its control (KERN `kern-form-input`). */
export function FieldShell({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}

function TextLikeField<V extends FormValues>({
  form,
  name,
  label,
  hint,
  required,
  type,
  ...extra
}: FieldProps<V, KeysOf<V, string>> & { type: string; maxLength?: number; min?: number; max?: number; step?: number; inputMode?: 'numeric'; autoComplete?: string }) {
  const { invalid, ...aria } = fieldAria(form, name, hint);
  return (
    <FieldShell id={aria.id} label={label} hint={hint} error={form.errors[name]}>
      <input
        {...aria}
        {...extra}
        name={name}
        type={type}
        required={required}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        value={form.values[name] as string}
        onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        onBlur={() => form.touch(name)}
      />
    </FieldShell>
  );
}

export function TextField<V extends FormValues>(props: FieldProps<V, KeysOf<V, string>> & { maxLength?: number; autoComplete?: string }) {
  return <TextLikeField autoComplete="off" {...props} type="text" />;
}

/** A whole number (shown as a number input; the form holds its text). */
export function NumberField<V extends FormValues>(props: FieldProps<V, KeysOf<V, string>> & { min?: number; max?: number; step?: number }) {
  return <TextLikeField step={1} inputMode="numeric" {...props} type="number" />;
}

export function DateField<V extends FormValues>(props: FieldProps<V, KeysOf<V, string>>) {
  return <TextLikeField {...props} type="date" />;
}

export function TextareaField<V extends FormValues>({ form, name, label, hint, required, rows = 4 }: FieldProps<V, KeysOf<V, string>> & { rows?: number }) {
  const { invalid, ...aria } = fieldAria(form, name, hint);
  return (
    <FieldShell id={aria.id} label={label} hint={hint} error={form.errors[name]}>
      <textarea
        {...aria}
        name={name}
        rows={rows}
        required={required}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        value={form.values[name] as string}
        onChange={(e) => form.set(name, e.target.value as V[typeof name])}
        onBlur={() => form.touch(name)}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A choice from a short list; `emptyLabel` adds a "none" option with the value ''. */
export function SelectField<V extends FormValues>({ form, name, label, hint, required, options, emptyLabel }: FieldProps<V, KeysOf<V, string>> & { options: SelectOption[]; emptyLabel?: string }) {
  const { invalid, ...aria } = fieldAria(form, name, hint);
  return (
    <FieldShell id={aria.id} label={label} hint={hint} error={form.errors[name]}>
      <div className="kern-form-input__select-wrapper">
        <select
          {...aria}
          name={name}
          required={required}
          className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
          value={form.values[name] as string}
          onChange={(e) => form.set(name, e.target.value as V[typeof name])}
          onBlur={() => form.touch(name)}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </FieldShell>
  );
}

/**
 * Several codes to tick (e.g. target groups), as a fieldset with a legend. The error summary links to the first
 * checkbox, whose id is the field's id.
 */
export function CheckboxGroupField<V extends FormValues>({ form, name, label, hint, options }: FieldProps<V, KeysOf<V, string[]>> & { options: SelectOption[] }) {
  const { id, ...aria } = fieldAria(form, name, hint);
  const checked = form.values[name] as string[];
  const error = form.errors[name];
  const toggle = (value: string, on: boolean) =>
    form.set(name, (on ? [...checked, value] : checked.filter((c) => c !== value)) as V[typeof name]);
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} aria-describedby={aria['aria-describedby']}>
      <legend className="kern-label">{label}</legend>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      <div className="kern-fieldset__body checkbox-group">
        {options.map((o, i) => (
          <div className="kern-form-check" key={o.value}>
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={checked.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              onBlur={() => form.touch(name)}
            />
            <label className="kern-label" htmlFor={i === 0 ? id : `${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A single checkbox for a yes/no field. */
export function CheckboxField<V extends FormValues>({ form, name, label }: FieldProps<V, KeysOf<V, boolean>>) {
  const id = fieldId(form.idPrefix, name);
  return (
    <div className="kern-form-check">
      <input
        className="kern-form-check__checkbox"
        type="checkbox"
        id={id}
        name={name}
        checked={form.values[name] as boolean}
        onChange={(e) => form.set(name, e.target.checked as V[typeof name])}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/** A new password (never filled from a record; browsers may offer to generate one). */
export function PasswordField<V extends FormValues>(props: FieldProps<V, KeysOf<V, string>> & { maxLength?: number }) {
  return <TextLikeField autoComplete="new-password" {...props} type="password" />;
}
