import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';
import { matchRoutes, type Params, type RouteObject } from 'react-router';

export type PageModule = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pages take their own props
  default: ComponentType<any>;
  /** Fetches the data of the page's first content into the query cache. */
  prefetch?: (queryClient: QueryClient, params: Params) => Promise<void>;
};

/** A page in a chunk of its own (as `React.lazy`) that can be loaded before it is rendered. */
export type LazyPage = ReturnType<typeof lazy<PageModule['default']>> & {
  preload: (queryClient?: QueryClient, params?: Params) => Promise<void>;
};

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
    preload: (queryClient?: QueryClient, params: Params = {}) =>
      load().then((m) => {
        loaded = m;
        return queryClient && m.prefetch?.(queryClient, params);
      }),
  });
}

/**
 * Loads the pages that show `pathname` (their chunks), so that the first render shows them without a skeleton; with a
 * query client also the data of those pages that name theirs (`prefetch`).
 */
export function preloadPages(routes: RouteObject[], pathname: string, queryClient?: QueryClient): Promise<unknown> {
  return Promise.all(
    (matchRoutes(routes, pathname) ?? []).map((match) =>
      (match.route.element as { type?: Partial<LazyPage> } | undefined)?.type?.preload?.(queryClient, match.params) ?? Promise.resolve(),
    ),
  );
}
