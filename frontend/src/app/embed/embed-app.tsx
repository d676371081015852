import { lazy, useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '../provider';
import { EmbedLayout } from './embed-layout';

const CommitteeDatesEmbed = lazy(() => import('../routes/embed/committee-dates'));
const MeasuresEmbed = lazy(() => import('../routes/embed/measures'));
const MapEmbed = lazy(() => import('../routes/embed/map'));
const EmbedNotFound = lazy(() => import('../routes/embed/not-found'));

/** The embeds, at /embed (German) and /en/embed (English); the same filters in the query string as the app's pages. */
const embedRoutes: RouteObject[] = [
  { path: 'areas/:slug/committee-dates', element: <CommitteeDatesEmbed /> },
  { path: 'areas/:slug/measures', element: <MeasuresEmbed /> },
  { path: 'areas/:slug/map', element: <MapEmbed /> },
  { path: '*', element: <EmbedNotFound /> },
];

export const routes: RouteObject[] = [
  { path: '/en/embed', element: <EmbedLayout />, children: embedRoutes },
  { path: '/embed', element: <EmbedLayout />, children: embedRoutes },
  { path: '*', element: <EmbedLayout />, children: [{ index: true, element: <EmbedNotFound /> }] },
];

export function EmbedApp() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
