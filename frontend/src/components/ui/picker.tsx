import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, FieldOf, FormValues, PickerOption } from '@/lib/record-form';
import { FieldShell, fieldAria } from './form-fields';
import './form-texts';

/** Finds the options for what was typed (empty text: the first few); aborted when the user types on. */
export type PickerSearch = (text: string, signal: AbortSignal) => Promise<PickerOption[]>;

export interface PickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Several choices, shown as removable chips; otherwise one (which a new pick replaces). */
  multiple?: boolean;
  value: PickerOption[];
  onChange: (value: PickerOption[]) => void;
  onBlur?: () => void;
  search: PickerSearch;
  /** Milliseconds to wait after typing before searching. */
  delay?: number;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** The last answer and the text it answers (`null` once the list closed: reopening searches anew). */
type Results = { text: string | null; state: 'done' | 'failed'; options: PickerOption[] };

/**
 * A searchable choice of records (ARIA combobox with a listbox): type to search, arrow keys to move, Enter to pick,
 * Escape to close. The choices are listed above the input, each with a button to remove it.
 */
export function Picker({ id, label, hint, error, multiple, value, onChange, onBlur, search, delay = 250, ...aria }: PickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results>({ text: null, state: 'done', options: [] });
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const runSearch = useEffectEvent((query: string, signal: AbortSignal) => search(query, signal));
  const listId = `${id}-listbox`;

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      runSearch(text.trim(), controller.signal).then(
        (options) => {
          if (controller.signal.aborted) return;
          setResults({ text, state: 'done', options });
          setActive(-1);
        },
        () => {
          if (!controller.signal.aborted) setResults({ text, state: 'failed', options: [] });
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, text, delay]);

  // Searching while the answer is for another text (the previous options stay until the new ones arrive).
  const state = results.text === text ? results.state : 'loading';

  const chosen = new Set(value.map((v) => v.value));
  const options = results.options.filter((o) => !chosen.has(o.value));
  const expanded = open && state === 'done' && options.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
    setResults((r) => ({ ...r, text: null }));
  };

  const pick = (option: PickerOption) => {
    onChange(multiple ? [...value, option] : [option]);
    setAnnouncement(t('formUi.picker.added', { label: option.label }));
    setText('');
    close();
  };

  const remove = (option: PickerOption) => {
    onChange(value.filter((v) => v.value !== option.value));
    setAnnouncement(t('formUi.picker.removed', { label: option.label }));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (by: number) => {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      if (options.length) setActive((a) => (a + by + options.length + (a < 0 && by < 0 ? 1 : 0)) % options.length);
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && open) {
      // Enter picks in the list and never submits the form while the list is open.
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else setText('');
    }
  };

  const status =
    !open ? announcement
    : state === 'loading' ? t('formUi.picker.loading')
    : state === 'failed' ? t('state.errorText')
    : options.length ? t('formUi.picker.results', { count: options.length })
    : t('formUi.picker.noResults');

  const describedBy = [aria['aria-describedby'], `${id}-usage`].filter(Boolean).join(' ');

  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div className="picker">
        {value.length ? (
          <ul className="picker__chips" aria-label={label}>
            {value.map((option) => (
              <li key={option.value} className="picker__chip">
                <span className="kern-body">{option.label}</span>
                <button type="button" className="kern-btn kern-btn--tertiary picker__remove" aria-label={t('formUi.picker.remove', { label: option.label })} onClick={() => remove(option)}>
                  <span className="kern-icon kern-icon--close" aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <span id={`${id}-usage`} className="visually-hidden">
          {t('formUi.picker.searchHint')}
        </span>
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && options[active] ? `${id}-option-${active}` : undefined}
          aria-invalid={aria['aria-invalid']}
          aria-describedby={describedBy}
          className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            close();
            onBlur?.();
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!expanded}>
          {options.map((option, i) => (
            <li
              key={option.value}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              className={`picker__option${i === active ? ' picker__option--active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(option)}
            >
              {option.label}
              {option.hint ? <span className="kern-body--small picker__hint"> {option.hint}</span> : null}
            </li>
          ))}
        </ul>
        <div className="visually-hidden" role="status">
          {status}
        </div>
      </div>
    </FieldShell>
  );
}

/** A `Picker` bound to a field of `useRecordForm` that holds picked options. */
export function PickerField<V extends FormValues>({
  form,
  name,
  label,
  hint,
  ...rest
}: {
  form: { idPrefix: string; values: V; errors: FieldErrors<V>; set: <K extends FieldOf<V>>(field: K, value: V[K]) => void; touch: (field: FieldOf<V>) => void };
  name: { [K in FieldOf<V>]: V[K] extends PickerOption[] ? K : never }[FieldOf<V>];
  label: string;
  hint?: string;
  multiple?: boolean;
  search: PickerSearch;
  delay?: number;
}) {
  const { invalid: _invalid, id, ...aria } = fieldAria(form, name, hint);
  return (
    <Picker
      {...rest}
      {...aria}
      id={id}
      label={label}
      hint={hint}
      error={form.errors[name]}
      value={form.values[name] as PickerOption[]}
      onChange={(v) => form.set(name, v as V[typeof name])}
      onBlur={() => form.touch(name)}
    />
  );
}
