import { QueryClient } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { initI18n } from '@/lib/i18n';
import { Layout } from '../layout';
import { AppProvider } from '../provider';

/**
 * Placeholders of the area page's frame, which the backend replaces with the area's values (HTML-escaped) when it
 * serves the page. Plain letters, digits and dashes: React's escaping leaves them as they are.
 */
export const AREA_FRAME_PLACEHOLDERS = {
  slug: 'prerendered-area-slug',
  name: 'PRERENDERED_AREA_NAME',
  municipality: 'PRERENDERED_AREA_MUNICIPALITY',
} as const;

/**
 * The area page as the app draws it before its data is there – header, area navigation, the area's heading and the
 * footer – rendered with the app's own components at build time. The backend puts it into the page's `#root`, so a
 * browser draws the heading as soon as the HTML and stylesheet are there instead of after the app's code has run;
 * the app then renders the page in its place.
 */
export function renderAreaFrame(): string {
  initI18n('de');
  const { slug, name, municipality } = AREA_FRAME_PLACEHOLDERS;
  return renderToStaticMarkup(
    <AppProvider queryClient={new QueryClient()}>
      <MemoryRouter initialEntries={[`/areas/${slug}`]}>
        <Routes>
          <Route element={<Layout />}>
            <Route
              path="areas/:slug"
              element={
                <PageHeading preline={municipality} content>
                  {name}
                </PageHeading>
              }
            />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}
