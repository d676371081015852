import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldOf, FormValues, LinkValue } from '@/lib/record-form';
import { FieldError } from './error-summary';
import type { FieldBinding } from './form-fields';
import { fieldId } from './form-fields';
import './form-texts';

/**
 * A list of labelled web links (label + URL per row) with buttons to add and remove rows. The error summary links to
 * the "add" button's group, whose id is the field's id.
 */
export function LinksField<V extends FormValues>({ form, name, label }: { form: FieldBinding<V>; name: { [K in FieldOf<V>]: V[K] extends LinkValue[] ? K : never }[FieldOf<V>]; label: string }) {
  const { t } = useTranslation();
  const id = fieldId(form.idPrefix, name);
  const links = form.values[name] as LinkValue[];
  const error = form.errors[name];
  const list = useRef<HTMLDivElement>(null);
  const change = (next: LinkValue[]) => form.set(name, next as V[typeof name]);
  const edit = (index: number, part: Partial<LinkValue>) => change(links.map((l, i) => (i === index ? { ...l, ...part } : l)));
  const focusRow = (index: number) => requestAnimationFrame(() => list.current?.querySelectorAll('input')[index * 2]?.focus());

  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="kern-label">{label}</legend>
      <FieldError id={`${id}-error`} message={error} />
      <div ref={list} className="kern-fieldset__body links-field">
        {links.length ? null : <p className="kern-body">{t('formUi.links.none')}</p>}
        {links.map((link, i) => (
          <div key={i} className="edit-form__row links-field__row">
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${id}-${i}-label`}>
                {t('formUi.links.label', { position: i + 1 })}
              </label>
              <input id={`${id}-${i}-label`} className="kern-form-input__input" value={link.label} maxLength={200} onChange={(e) => edit(i, { label: e.target.value })} onBlur={() => form.touch(name)} />
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${id}-${i}-url`}>
                {t('formUi.links.url', { position: i + 1 })}
              </label>
              <input id={`${id}-${i}-url`} type="url" className="kern-form-input__input" value={link.url} onChange={(e) => edit(i, { url: e.target.value })} onBlur={() => form.touch(name)} />
            </div>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => {
                change(links.filter((_, j) => j !== i));
                focusRow(Math.max(0, i - 1));
              }}
            >
              <span className="kern-label">{t('formUi.links.remove', { position: i + 1 })}</span>
            </button>
          </div>
        ))}
        <button
          id={id}
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={links.length >= 20}
          onClick={() => {
            change([...links, { label: '', url: 'https://' }]);
            focusRow(links.length);
          }}
        >
          <span className="kern-label">{t('formUi.links.add')}</span>
        </button>
      </div>
    </fieldset>
  );
}
