import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { withLang } from '@/lib/paths';
import { useLocale } from '@/lib/use-lang';

/** A labelled select whose first option (`anyLabel`, the empty value) filters nothing. */
export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          className="kern-form-input__select"
          id={props.id}
          name={props.name}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value || undefined)}
        >
          <option value="">{props.anyLabel}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

type Props = {
  /** Name of the form (its landmark). */
  formLabel: string;
  label: string;
  /** The first option, which filters nothing. */
  allLabel: string;
  applyLabel: string;
  options: { value: string; label: string }[];
  selected?: string;
  /** The page (without language prefix) for a choice, `undefined` for none. */
  hrefOf: (value: string | undefined) => string;
};

/** One choice that narrows a list; applying opens the page of the choice, so the choice lives in the URL. */
export function SelectFilter({ formLabel, label, allLabel, applyLabel, options, selected, hrefOf }: Props) {
  const id = useId();
  const lang = useLocale();
  const navigate = useNavigate();
  const [value, setValue] = useState(selected ?? '');
  // a new URL (back button, a link) shows its own choice
  const [shown, setShown] = useState(selected);
  if (shown !== selected) {
    setShown(selected);
    setValue(selected ?? '');
  }
  return (
    <form
      className="select-filter no-print"
      aria-label={formLabel}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(withLang(hrefOf(value || undefined), lang));
      }}
    >
      <SelectField id={id} name="filter" label={label} value={value} onChange={(v) => setValue(v ?? '')} anyLabel={allLabel} options={options} />
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{applyLabel}</span>
      </button>
    </form>
  );
}
