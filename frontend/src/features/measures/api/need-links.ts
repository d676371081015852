import { api, ifMatch, NO_CACHE, unwrap } from '@/lib/api-client';
import { formToInput, measureToForm, needIdsWith } from '../utils/measure-form';

/**
 * Links a measure to a need, or unlinks it. The link lives in the measure (`needIds` of MeasureInput), so the measure
 * is read fresh and written back whole with the need added or removed.
 */
export async function setMeasureNeedLink(slug: string, measureId: string, needId: string, linked: boolean) {
  const measure = unwrap(
    await api.GET('/api/v1/areas/{slug}/measures/{id}', { params: { path: { slug, id: measureId } }, headers: NO_CACHE }),
  );
  const input = formToInput(measureToForm(measure));
  input.needIds = needIdsWith(input.needIds, needId, linked);
  unwrap(
    await api.PUT('/api/v1/areas/{slug}/measures/{id}', {
      params: { path: { slug, id: measureId }, header: { 'If-Match': ifMatch(measure) } },
      body: input,
    }),
  );
}
