import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, filtersToSearchParams, type MeasureFilters } from '../utils/filters';

/** The id of the result count, which takes the focus after filters are applied or removed. */
export const RESULT_COUNT_ID = 'measure-result-count';

/**
 * The measure filters of the current URL, and a setter that writes them back (one history entry per change); after
 * the change the focus goes to the result count (the layout reads `focus` of the navigation's state), not the h1.
 */
export function useMeasureFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  const setFilters = useCallback(
    (next: MeasureFilters) => setParams(filtersToSearchParams(next), { state: { focus: RESULT_COUNT_ID } }),
    [setParams],
  );
  return [filters, setFilters] as const;
}
