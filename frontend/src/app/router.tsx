import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { page } from './page';

// Every page is its own chunk: the start page loads only what it shows.
const StartPage = page(() => import('./routes/start'));
const AreaPage = page(() => import('./routes/area'));
const ActionFieldPage = page(() => import('./routes/action-field'));
const NeedPage = page(() => import('./routes/need'));
const UncoveredNeedsPage = page(() => import('./routes/uncovered-needs'));
const MeasuresPage = page(() => import('./routes/measures'));
const MeasurePage = page(() => import('./routes/measure'));
const PresentationsPage = page(() => import('./routes/presentations'));
const CommitteePage = page(() => import('./routes/committee'));
const ActorsPage = page(() => import('./routes/actors'));
const SearchPage = page(() => import('./routes/search'));
const MeasureEditPage = page(() => import('./routes/measure-edit'));
const MeasureNewPage = page(() => import('./routes/measure-new'));
const AreaEditPage = page(() => import('./routes/area-edit'));
const ActionFieldEditPage = page(() => import('./routes/action-field-edit'));
const ActionFieldOrderPage = page(() => import('./routes/action-field-order'));
const NeedEditPage = page(() => import('./routes/need-edit'));
const PresentationEditPage = page(() => import('./routes/presentation-edit'));
const IndicatorPage = page(() => import('./routes/indicator'));
const IndicatorEditPage = page(() => import('./routes/indicator-edit'));
const EditionsPage = page(() => import('./routes/editions'));
const EditionEditPage = page(() => import('./routes/edition-edit'));
const EditionPage = page(() => import('./routes/edition'));
const EditionComparePage = page(() => import('./routes/edition-compare'));
const LoginPage = page(() => import('./routes/login'));
const SetupPage = page(() => import('./routes/setup'));
const MyMeasuresPage = page(() => import('./routes/my-measures'));
const SettingsPage = page(() => import('./routes/settings'));
const HistoryPage = page(() => import('./routes/history'));
const WorkViewPage = page(() => import('./routes/work-view'));
const AreaStepsPage = page(() => import('./routes/steps'));
const ImportPage = page(() => import('./routes/import'));
const MessagesPage = page(() => import('./routes/messages'));
const AdminPages = page(() => import('./routes/admin/admin-pages'));
const EmbedBuilderPage = page(() => import('./routes/embed-builder'));
const ImprintPage = page(() => import('./routes/imprint'));
const AccessibilityPage = page(() => import('./routes/accessibility'));
const OpenDataPage = page(() => import('./routes/open-data'));
const NotFoundPage = page(() => import('./routes/not-found'));

/** The pages; mounted at / (German), at /en (English) and at /ls (German in Leichte Sprache). */
export const pageRoutes: RouteObject[] = [
  { index: true, element: <StartPage /> },
  { path: 'areas/:slug', element: <AreaPage /> },
  { path: 'areas/:slug/action-fields/:id', element: <ActionFieldPage /> },
  { path: 'areas/:slug/needs/:id', element: <NeedPage /> },
  { path: 'areas/:slug/uncovered-needs', element: <UncoveredNeedsPage /> },
  { path: 'areas/:slug/measures', element: <MeasuresPage /> },
  { path: 'areas/:slug/measures/new', element: <MeasureNewPage /> },
  { path: 'areas/:slug/measures/:id', element: <MeasurePage /> },
  { path: 'areas/:slug/measures/:id/edit', element: <MeasureEditPage /> },
  { path: 'areas/:slug/committee-dates', element: <PresentationsPage /> },
  { path: 'areas/:slug/work', element: <WorkViewPage /> },
  { path: 'areas/:slug/steps', element: <AreaStepsPage /> },
  { path: 'areas/:slug/import', element: <ImportPage /> },
  { path: 'areas/:slug/messages', element: <MessagesPage /> },
  { path: 'areas/:slug/history', element: <HistoryPage type="area" /> },
  { path: 'areas/:slug/editions/:id/history', element: <HistoryPage type="edition" /> },
  { path: 'areas/:slug/action-fields/:id/history', element: <HistoryPage type="actionField" /> },
  { path: 'areas/:slug/needs/:id/history', element: <HistoryPage type="need" /> },
  { path: 'areas/:slug/measures/:id/history', element: <HistoryPage type="measure" /> },
  { path: 'areas/:slug/measures/:id/steps/:stepId/history', element: <HistoryPage type="step" /> },
  { path: 'areas/:slug/presentations/:id/history', element: <HistoryPage type="presentation" /> },
  { path: 'areas/:slug/indicators/new', element: <IndicatorEditPage /> },
  { path: 'areas/:slug/indicators/:id', element: <IndicatorPage /> },
  { path: 'areas/:slug/indicators/:id/edit', element: <IndicatorEditPage /> },
  { path: 'areas/:slug/indicators/:id/history', element: <HistoryPage type="indicator" /> },
  { path: 'actors/:id/history', element: <HistoryPage type="actor" /> },
  { path: 'committees/:id', element: <CommitteePage /> },
  { path: 'committees/:id/history', element: <HistoryPage type="committee" /> },
  { path: 'target-groups/:code/history', element: <HistoryPage type="targetGroup" /> },
  { path: 'areas/:slug/edit', element: <AreaEditPage /> },
  { path: 'areas/:slug/action-fields/new', element: <ActionFieldEditPage /> },
  { path: 'areas/:slug/action-fields/order', element: <ActionFieldOrderPage /> },
  { path: 'areas/:slug/action-fields/:id/edit', element: <ActionFieldEditPage /> },
  { path: 'areas/:slug/needs/new', element: <NeedEditPage /> },
  { path: 'areas/:slug/needs/:id/edit', element: <NeedEditPage /> },
  { path: 'areas/:slug/committee-dates/new', element: <PresentationEditPage /> },
  { path: 'areas/:slug/committee-dates/:id/edit', element: <PresentationEditPage /> },
  { path: 'areas/:slug/editions', element: <EditionsPage /> },
  { path: 'areas/:slug/editions/new', element: <EditionEditPage /> },
  { path: 'areas/:slug/editions/:id/edit', element: <EditionEditPage /> },
  { path: 'areas/:slug/editions/compare', element: <EditionComparePage /> },
  { path: 'areas/:slug/editions/:id', element: <EditionPage /> },
  { path: 'areas/:slug/actors', element: <ActorsPage /> },
  { path: 'areas/:slug/embed', element: <EmbedBuilderPage /> },
  { path: 'search', element: <SearchPage /> },
  { path: 'login', element: <LoginPage /> },
  { path: 'setup', element: <SetupPage /> },
  { path: 'my-measures', element: <MyMeasuresPage /> },
  { path: 'settings', element: <SettingsPage /> },
  { path: 'imprint', element: <ImprintPage /> },
  { path: 'accessibility', element: <AccessibilityPage /> },
  { path: 'open-data', element: <OpenDataPage /> },
  { path: 'admin/*', element: <AdminPages /> },
  { path: '*', element: <NotFoundPage /> },
];

export const routes: RouteObject[] = [
  { path: '/en', element: <Layout />, children: pageRoutes },
  { path: '/ls', element: <Layout />, children: pageRoutes },
  { path: '/', element: <Layout />, children: pageRoutes },
];

/** The pages of the app for the current URL. */
export function AppRoutes() {
  return useRoutes(routes);
}
