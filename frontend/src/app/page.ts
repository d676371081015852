import { lazy, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pages take their own props
type PageModule = { default: ComponentType<any> };

/** A page in a chunk of its own (as `React.lazy`) that can be loaded before it is rendered. */
export type LazyPage = ReturnType<typeof lazy<PageModule['default']>> & { preload: () => Promise<void> };

/**
 * A page in a chunk of its own. `React.lazy` suspends on a page's first render even when its chunk has arrived, and
 * the layout's page skeleton is then shown for at least 300 ms (React lets content replace a fallback no sooner).
 * A page whose chunk was loaded with `preload` is handed to `React.lazy` already resolved and renders at once.
 */
export function page(load: () => Promise<PageModule>): LazyPage {
  let loaded: PageModule | undefined;
  const component = lazy(() =>
    loaded
      ? // a thenable that resolves at once: React.lazy takes its result in the same render
        ({ then: (resolve: (m: PageModule) => void) => resolve(loaded!) } as unknown as Promise<PageModule>)
      : load(),
  );
  return Object.assign(component, {
    preload: () =>
      load().then((m) => {
        loaded = m;
      }),
  });
}

/** Loads the pages that show `pathname` (their chunks), so that the first render shows them without a skeleton. */
export function preloadPages(routes: RouteObject[], pathname: string): Promise<unknown> {
  const pages = (matchRoutes(routes, pathname) ?? [])
    .map((match) => (match.route.element as { type?: Partial<LazyPage> } | undefined)?.type?.preload)
    .filter((preload): preload is () => Promise<void> => typeof preload === 'function');
  return Promise.all(pages.map((preload) => preload()));
}
