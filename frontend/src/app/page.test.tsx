import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { page, preloadPages } from './page';

function Page() {
  return null;
}

describe('preloadPages', () => {
  const prefetch = vi.fn(() => Promise.resolve());
  const AreaPage = page(() => Promise.resolve({ default: Page, prefetch }));
  const routes: RouteObject[] = [{ path: '/', children: [{ path: 'areas/:slug', element: <AreaPage /> }] }];

  beforeEach(() => prefetch.mockClear());

  test('loads the page shown, and fetches its data only when given a query client', async () => {
    await preloadPages(routes, '/areas/schinkel');
    expect(prefetch).not.toHaveBeenCalled();

    const client = new QueryClient();
    await preloadPages(routes, '/areas/schinkel', client);
    expect(prefetch).toHaveBeenCalledWith(client, { slug: 'schinkel' });
  });

  test('a path that shows no page loads nothing', async () => {
    await preloadPages(routes, '/nowhere', new QueryClient());
    expect(prefetch).not.toHaveBeenCalled();
  });
});
