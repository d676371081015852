import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Returns `request()`, which focuses the element of `ref` in the next commit: the one that shows it (e.g. an error
 * summary set in the same update), rather than a frame later, when keys typed meanwhile would land there.
 */
export function useFocusOnCommit(ref: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useLayoutEffect(() => {
    if (requests) ref.current?.focus();
  }, [requests, ref]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
