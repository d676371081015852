import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '@/app/provider';
import { initI18n } from '@/lib/i18n';
import { localeFromPath } from '@/lib/paths';

/** Renders a component with the app's providers at the given URL (its language, or Leichte Sprache, follows the URL). */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  initI18n(localeFromPath(url));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
    </AppProvider>,
  );
}

/** As `renderWithProviders`, with a data router (which forms need to ask before unsaved changes are left). */
export function renderWithDataRouter(routes: RouteObject[], { url = '/' }: { url?: string } = {}) {
  initI18n(localeFromPath(url));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}
