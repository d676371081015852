import type { FieldOf, FieldValue } from '@/lib/record-form';
import { showPlain, type ShowValue } from './conflict-dialog';
import type { SelectOption } from './form-fields';

/**
 * How values read in the conflict table when some fields are choices: a chosen value (or each of several) by its
 * option's label, everything else as plain text. Pass the same options the form's select and checkbox fields show.
 */
export function showWithOptions<V>(options: Partial<Record<FieldOf<V>, SelectOption[]>>): ShowValue<V> {
  return (field, value: FieldValue) => {
    const choices = options[field];
    if (!choices) return showPlain(value);
    const label = (v: string) => choices.find((o) => o.value === v)?.label ?? v;
    if (typeof value === 'string') return value ? label(value) : '';
    return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? label(v) : v.label)).join(', ') : showPlain(value);
  };
}
