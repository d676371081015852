import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import type { MeasureFilters } from '../utils/filters';
import '../filter-texts';
import type { FilterOptions } from './measure-filter-form';

type Chip = { key: string; label: string; without: Partial<MeasureFilters> };

/** The filters that narrow the list, each with what the filters are without it. */
export function useActiveFilterChips(filters: MeasureFilters, options: FilterOptions): Chip[] {
  const { t } = useTranslation();
  const lang = useLang();
  const labelOf = (list: { value: string; label: string }[], value: string) => list.find((o) => o.value === value)?.label ?? value;
  const chips: Chip[] = [];
  if (filters.q) chips.push({ key: 'q', label: t('measureFilters.text', { q: filters.q }), without: { q: undefined } });
  if (filters.actionField)
    chips.push({ key: 'actionField', label: `${t('measures.actionField')}: ${labelOf(options.actionFields, filters.actionField)}`, without: { actionField: undefined } });
  if (filters.targetGroup)
    chips.push({ key: 'targetGroup', label: `${t('measures.targetGroup')}: ${labelOf(options.targetGroups, filters.targetGroup)}`, without: { targetGroup: undefined } });
  if (filters.actor) chips.push({ key: 'actor', label: `${t('measures.actor')}: ${labelOf(options.actors, filters.actor)}`, without: { actor: undefined } });
  if (filters.from) chips.push({ key: 'from', label: t('measureFilters.from', { date: formatDate(filters.from, lang) }), without: { from: undefined } });
  if (filters.to) chips.push({ key: 'to', label: t('measureFilters.to', { date: formatDate(filters.to, lang) }), without: { to: undefined } });
  for (const status of filters.status) {
    chips.push({
      key: `status-${status}`,
      label: `${t('measures.status')}: ${t(`measureStatus.${status}`)}`,
      without: { status: filters.status.filter((s) => s !== status) },
    });
  }
  if (filters.publicationStatus)
    chips.push({ key: 'publicationStatus', label: t(`publicationStatus.${filters.publicationStatus}`), without: { publicationStatus: undefined } });
  return chips;
}

/** The active filters above the results, each removable with one press. */
export function ActiveFilters({ chips, onRemove }: { chips: Chip[]; onRemove: (without: Partial<MeasureFilters>) => void }) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={t('measureFilters.active')}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <button type="button" className="filter-chip" onClick={() => onRemove(chip.without)}>
            <span>{chip.label}</span>
            <span className="visually-hidden"> ({t('measureFilters.remove')})</span>
            <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}
