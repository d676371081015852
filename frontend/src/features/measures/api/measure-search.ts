import { api, unwrap } from '@/lib/api-client';
import type { PickerOption } from '@/lib/record-form';

/** A measure as a picker choice. */
export const measureOption = (m: { id: string; code: string; title: string }): PickerOption => ({ value: m.id, label: `${m.code} ${m.title}` });

/**
 * Measures of the area as picker choices whose code or title contains `text` (all when it is empty). An area has a
 * few dozen measures, so they are filtered here: the API's full-text `q` does not match codes such as "BQ-01".
 */
export async function searchMeasureOptions(slug: string, text: string, signal: AbortSignal): Promise<PickerOption[]> {
  const page = unwrap(await api.GET('/api/v1/areas/{slug}/measures', { params: { path: { slug }, query: { size: 200, sort: 'code' } }, signal }));
  const needle = text.toLocaleLowerCase('de');
  return page.items
    .map(measureOption)
    .filter((o) => o.label.toLocaleLowerCase('de').includes(needle))
    .slice(0, 20);
}
