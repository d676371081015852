import { useEffect, useId } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * The forms on the page holding unsaved changes. The router consults only the most recently registered blocker, so
 * each blocker asks on behalf of all forms (e.g. a measure form and a step form on the same page).
 */
const dirtyForms = new Set<string>();

/**
 * While `dirty`, asks before the page is left: the browser's own prompt on reload or closing, and the returned
 * blocker (state "blocked") for navigation inside the app, which the page shows as a question.
 */
export function useUnsavedChanges(dirty: boolean): Blocker {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(id);
    return () => {
      dirtyForms.delete(id);
    };
  }, [dirty, id]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => (dirty || dirtyForms.size > 0) && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- Chromium before 119 asks only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return blocker;
}
