import { api, unwrap } from '@/lib/api-client';
import type { PickerOption } from '@/lib/record-form';

/** A measure as a picker choice. */
export const measureOption = (m: { id: string; code: string; title: string }): PickerOption => ({ value: m.id, label: `${m.code} ${m.title}` });

/** Measures of the area as picker choices: those matching `q`, or the first ones by code. */
export async function searchMeasureOptions(slug: string, q: string, signal: AbortSignal): Promise<PickerOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/areas/{slug}/measures', { params: { path: { slug }, query: { q: q || undefined, size: 20, sort: 'code' } }, signal }),
  );
  return page.items.map(measureOption);
}
