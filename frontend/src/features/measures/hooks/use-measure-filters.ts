import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, filtersToSearchParams, type MeasureFilters } from '../utils/filters';

/** The measure filters of the current URL, and a setter that writes them back (one history entry per change). */
export function useMeasureFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  const setFilters = useCallback(
    (next: MeasureFilters) => setParams(filtersToSearchParams(next)),
    [setParams],
  );
  return [filters, setFilters] as const;
}
