import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-filter';
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

/** The filters of the measure list. Applying writes them to the URL; nothing changes while a person is still choosing. */
export function MeasureFilterForm({ filters, options, onApply, onReset }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // The fields edit a draft; the URL changes only on "apply". A new URL (back button, a link, reset) resets the draft.
  const [draft, setDraft] = useState(filters);
  const [applied, setApplied] = useState(filters);
  if (applied !== filters) {
    setApplied(filters);
    setDraft(filters);
  }
  const set = (change: Partial<MeasureFilters>) => setDraft((d) => ({ ...d, ...change }));
  const toggle = (status: MeasureStatus, on: boolean) =>
    setDraft((d) => ({ ...d, status: on ? [...d.status, status] : d.status.filter((s) => s !== status) }));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ ...draft, q: draft.q?.trim() || undefined, page: 1 });
  }

  return (
    <form className="filter-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="kern-heading-small">
        {t('measures.filters')}
      </h2>
      <div className="filter-form__grid">
        <div className="kern-form-input filter-form__wide">
          <label className="kern-label" htmlFor={`${id}-q`}>
            {t('measures.text')}
          </label>
          <input
            className="kern-form-input__input"
            id={`${id}-q`}
            name="q"
            type="search"
            value={draft.q ?? ''}
            onChange={(e) => set({ q: e.target.value || undefined })}
            maxLength={200}
          />
        </div>
        <SelectField id={`${id}-field`} name="actionField" label={t('measures.actionField')} value={draft.actionField} onChange={(v) => set({ actionField: v })} anyLabel={t('measures.any')} options={options.actionFields} />
        <SelectField id={`${id}-group`} name="targetGroup" label={t('measures.targetGroup')} value={draft.targetGroup} onChange={(v) => set({ targetGroup: v })} anyLabel={t('measures.any')} options={options.targetGroups} />
        <SelectField id={`${id}-actor`} name="actor" label={t('measures.actor')} value={draft.actor} onChange={(v) => set({ actor: v })} anyLabel={t('measures.any')} options={options.actors} />
        <fieldset className="kern-fieldset filter-form__period">
          <legend className="kern-label">{t('measures.period')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            <div className="kern-form-input">
              <label className="kern-label kern-label--small" htmlFor={`${id}-from`}>
                {t('measures.from')}
              </label>
              <input className="kern-form-input__input" id={`${id}-from`} name="from" type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
            </div>
            <div className="kern-form-input">
              <label className="kern-label kern-label--small" htmlFor={`${id}-to`}>
                {t('measures.to')}
              </label>
              <input className="kern-form-input__input" id={`${id}-to`} name="to" type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
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
                  checked={draft.status.includes(status)}
                  onChange={(e) => toggle(status, e.target.checked)}
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
          value={draft.sort === 'code' ? undefined : draft.sort}
          onChange={(v) => set({ sort: (v as Sort | undefined) ?? 'code' })}
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
