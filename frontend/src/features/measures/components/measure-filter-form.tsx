import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SORTS, STATUSES, type MeasureFilters, type MeasureStatus, type Sort } from '../utils/filters';

export type FilterOptions = {
  actionFields: { value: string; label: string }[];
  targetGroups: { value: string; label: string }[];
  actors: { value: string; label: string }[];
};

type Props = {
  filters: MeasureFilters;
  options: FilterOptions;
  onApply: (filters: MeasureFilters) => void;
  onReset: () => void;
};

function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id={props.id} name={props.name} defaultValue={props.value ?? ''}>
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

/** The filters of the measure list. Applying writes them to the URL; nothing changes while a person is still choosing. */
export function MeasureFilterForm({ filters, options, onApply, onReset }: Props) {
  const { t } = useTranslation();
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const str = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    onApply({
      ...filters,
      q: str('q'),
      actionField: str('actionField'),
      targetGroup: str('targetGroup'),
      actor: str('actor'),
      from: str('from'),
      to: str('to'),
      status: data.getAll('status').filter((s): s is MeasureStatus => STATUSES.includes(s as MeasureStatus)),
      sort: (str('sort') as Sort | undefined) ?? 'code',
      page: 1,
    });
  }

  return (
    // The key resets the fields when the URL changes (back button, a link, reset).
    <form className="filter-form" onSubmit={submit} aria-labelledby={`${id}-heading`} key={JSON.stringify(filters)}>
      <h2 id={`${id}-heading`} className="kern-heading-small">
        {t('measures.filters')}
      </h2>
      <div className="filter-form__grid">
        <div className="kern-form-input filter-form__wide">
          <label className="kern-label" htmlFor={`${id}-q`}>
            {t('measures.text')}
          </label>
          <input className="kern-form-input__input" id={`${id}-q`} name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} />
        </div>
        <SelectField id={`${id}-field`} name="actionField" label={t('measures.actionField')} value={filters.actionField} anyLabel={t('measures.any')} options={options.actionFields} />
        <SelectField id={`${id}-group`} name="targetGroup" label={t('measures.targetGroup')} value={filters.targetGroup} anyLabel={t('measures.any')} options={options.targetGroups} />
        <SelectField id={`${id}-actor`} name="actor" label={t('measures.actor')} value={filters.actor} anyLabel={t('measures.any')} options={options.actors} />
        <fieldset className="kern-fieldset filter-form__period">
          <legend className="kern-label">{t('measures.period')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            <div className="kern-form-input">
              <label className="kern-label kern-label--small" htmlFor={`${id}-from`}>
                {t('measures.from')}
              </label>
              <input className="kern-form-input__input" id={`${id}-from`} name="from" type="date" defaultValue={filters.from ?? ''} />
            </div>
            <div className="kern-form-input">
              <label className="kern-label kern-label--small" htmlFor={`${id}-to`}>
                {t('measures.to')}
              </label>
              <input className="kern-form-input__input" id={`${id}-to`} name="to" type="date" defaultValue={filters.to ?? ''} />
            </div>
          </div>
        </fieldset>
        <fieldset className="kern-fieldset filter-form__wide">
          <legend className="kern-label">{t('measures.status')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal status-checks">
            {STATUSES.map((status) => (
              <div key={status} className="kern-form-check">
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`${id}-status-${status}`}
                  name="status"
                  value={status}
                  defaultChecked={filters.status.includes(status)}
                />
                <label className="kern-label" htmlFor={`${id}-status-${status}`}>
                  {t(`measureStatus.${status}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <SelectField
          id={`${id}-sort`}
          name="sort"
          label={t('measures.sort')}
          value={filters.sort}
          anyLabel={t('sort.code')}
          options={SORTS.filter((s) => s !== 'code').map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
      </div>
      <div className="filter-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('measures.apply')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onReset}>
          <span className="kern-label">{t('measures.reset')}</span>
        </button>
      </div>
    </form>
  );
}
