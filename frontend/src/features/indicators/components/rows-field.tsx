import { useRef } from 'react';
import { FieldError } from '@/components/ui/error-summary';
import { fieldId, type FieldBinding } from '@/components/ui/form-fields';
import type { FieldOf, FormValues } from '@/lib/record-form';
import { cellsOf, rowOf } from '../utils/indicator-form';

/** One column of a rows field: the label of its input in row `position`, and how it is typed. */
export interface RowColumn {
  label: (position: number) => string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  size?: 'small' | 'wide';
}

/**
 * A table of rows with an input per cell and buttons to add and remove rows, for rows held as tab-joined cells.
 * Cells beyond `columns` are kept as they are (e.g. a value's source, which the form does not show).
 */
export function RowsField<V extends FormValues>({
  form,
  name,
  legend,
  columns,
  cellCount,
  none,
  addLabel,
  removeLabel,
  children,
}: {
  form: FieldBinding<V>;
  name: { [K in FieldOf<V>]: V[K] extends string[] ? K : never }[FieldOf<V>];
  legend: string;
  columns: RowColumn[];
  cellCount: number;
  none: string;
  addLabel: string;
  removeLabel: (position: number) => string;
  children?: React.ReactNode;
}) {
  const id = fieldId(form.idPrefix, name);
  const rows = form.values[name] as string[];
  const error = form.errors[name];
  const list = useRef<HTMLDivElement>(null);
  const change = (next: string[]) => form.set(name, next as V[typeof name]);
  const edit = (index: number, column: number, text: string) =>
    change(rows.map((row, i) => (i === index ? rowOf(cellsOf(row, cellCount).map((c, j) => (j === column ? text : c))) : row)));
  const focusRow = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLInputElement>('input')[index * columns.length]?.focus());

  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="kern-label">{legend}</legend>
      <FieldError id={`${id}-error`} message={error} />
      <div ref={list} className="kern-fieldset__body rows-field">
        {rows.length ? null : <p className="kern-body">{none}</p>}
        {rows.map((row, i) => (
          <div key={i} className="edit-form__row rows-field__row">
            {cellsOf(row, cellCount)
              .slice(0, columns.length)
              .map((cell, j) => (
                <div key={j} className={`kern-form-input rows-field__cell rows-field__cell--${columns[j]!.size ?? 'small'}`}>
                  <label className="kern-label kern-label--small" htmlFor={`${id}-${i}-${j}`}>
                    {columns[j]!.label(i + 1)}
                  </label>
                  <input
                    id={`${id}-${i}-${j}`}
                    className="kern-form-input__input"
                    inputMode={columns[j]!.inputMode}
                    value={cell}
                    onChange={(e) => edit(i, j, e.target.value)}
                    onBlur={() => form.touch(name)}
                  />
                </div>
              ))}
            <button
              type="button"
              className="kern-btn kern-btn--tertiary kern-btn--small"
              onClick={() => {
                change(rows.filter((_, j) => j !== i));
                focusRow(Math.max(0, i - 1));
              }}
            >
              <span className="kern-label">{removeLabel(i + 1)}</span>
            </button>
          </div>
        ))}
        <button
          id={id}
          type="button"
          className="kern-btn kern-btn--secondary kern-btn--small"
          onClick={() => {
            change([...rows, rowOf(Array.from({ length: cellCount }, () => ''))]);
            focusRow(rows.length);
          }}
        >
          <span className="kern-label">{addLabel}</span>
        </button>
        {children}
      </div>
    </fieldset>
  );
}
