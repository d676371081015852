import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import { Layout } from '@/app/layout';
import MeasuresPage from './measures';

const measure = (n: number, status: Schemas['MeasureStatus'] = 'IN_PROGRESS'): Schemas['Measure'] => ({
  id: `00000000-0000-4000-8000-00000000800${n}`,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publicationStatus: 'PUBLISHED',
  code: `BQ-0${n}`,
  title: `Maßnahme ${n}`,
  summary: null,
  easyLanguageSummary: null,
  description: null,
  actionField: { id: '00000000-0000-4000-8000-000000006002', code: 'BQ', title: 'Bildung und Qualifizierung', color: null },
  furtherActionFields: [],
  needs: [],
  status,
  priority: 'HIGH',
  progress: 50,
  startDate: '2026-01-01',
  endDate: null,
  leadActor: { id: '00000000-0000-4000-8000-000000003001', name: 'Fachbereich Kinder, Jugendliche und Familien', kind: 'CITY_DEPARTMENT' },
  partnerActors: [],
  targetGroups: [{ code: 'YOUTH', labelDe: 'Jugendliche', labelEn: 'Young people' }],
  location: null, locationGeometry: null, locationApproximate: false,
  budget: null,
  fundingSource: null,
  links: [],
  steps: [],
});

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(url: string) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/areas/:slug/measures"
        element={
          <>
            <MeasuresPage />
            <Location />
          </>
        }
      />
    </Routes>,
    { url },
  );
}

function api() {
  return fakeApi({
    '/api/v1/areas/schinkel/measures': (url: URL) => page([measure(1), measure(2, 'ONGOING')], Number(url.searchParams.get('page')), 10, 12),
    '/api/v1/areas/schinkel/action-fields': page([]),
    '/api/v1/target-groups': page([
      { code: 'CHILDREN', labelDe: 'Kinder', labelEn: 'Children' },
      { code: 'YOUTH', labelDe: 'Jugendliche', labelEn: 'Young people' },
    ]),
    '/api/v1/actors': page([]),
  });
}

const measureRequests = (spy: ReturnType<typeof fakeApi>) =>
  spy.mock.calls
    .map(([input]) => new URL(input instanceof Request ? input.url : String(input)))
    .filter((url) => url.pathname.endsWith('/measures'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('measures page: URL ↔ filters', () => {
  it('asks the API for what the URL says and shows it in the form', async () => {
    const spy = api();
    renderAt('/areas/schinkel/measures?status=IN_PROGRESS&status=ONGOING&targetGroup=YOUTH&sort=-progress&page=2');
    expect(await screen.findByText('12 Maßnahmen gefunden, Seite 2 von 2.')).toBeInTheDocument();
    const query = measureRequests(spy)[0]!.searchParams;
    expect(query.getAll('status')).toEqual(['IN_PROGRESS', 'ONGOING']);
    expect(query.get('targetGroup')).toBe('YOUTH');
    expect(query.get('sort')).toBe('-progress,code');
    expect(query.get('page')).toBe('1');
    expect(screen.getByLabelText('In Umsetzung')).toBeChecked();
    expect(screen.getByLabelText('Abgeschlossen')).not.toBeChecked();
    await waitFor(() => expect(screen.getByLabelText('Zielgruppe')).toHaveValue('YOUTH'));
    expect(screen.getByLabelText('Sortierung')).toHaveValue('-progress');
  });

  it('writes the applied filters to the URL and starts again at page 1', async () => {
    const user = userEvent.setup();
    api();
    renderAt('/areas/schinkel/measures?page=2');
    await screen.findByText('12 Maßnahmen gefunden, Seite 2 von 2.');
    await screen.findByRole('option', { name: 'Jugendliche' });
    await user.selectOptions(screen.getByLabelText('Zielgruppe'), 'YOUTH');
    await user.click(screen.getByLabelText('Verstetigt'));
    await user.click(screen.getByLabelText('In Umsetzung'));
    expect(screen.getByTestId('location')).toHaveTextContent('/areas/schinkel/measures?page=2'); // nothing applied yet
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/areas/schinkel/measures?status=IN_PROGRESS&status=ONGOING&targetGroup=YOUTH');
  });

  it('resets every filter but keeps the view', async () => {
    const user = userEvent.setup();
    api();
    renderAt('/areas/schinkel/measures?view=timeline&targetGroup=YOUTH&q=Jugend');
    await screen.findByText('12 Maßnahmen gefunden.');
    await user.click(screen.getByRole('button', { name: 'Alle Filter zurücksetzen' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/areas\/schinkel\/measures\?view=timeline$/);
    expect(screen.getByLabelText('Suchbegriff')).toHaveValue('');
  });
});

describe('measures page: filters on a narrow screen', () => {
  function renderInLayout(url: string) {
    return renderWithProviders(
      <Routes>
        <Route path="/" element={<Layout />}>
          <Route
            path="areas/:slug/measures"
            element={
              <>
                <MeasuresPage />
                <Location />
              </>
            }
          />
        </Route>
      </Routes>,
      { url },
    );
  }

  it('folds the filters behind a button that says how many are active', async () => {
    const user = userEvent.setup();
    api();
    renderInLayout('/areas/schinkel/measures?targetGroup=YOUTH&status=ONGOING');
    const toggle = await screen.findByRole('button', { name: 'Filter einblenden (2 aktiv)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('measure-filters')).toHaveClass('filter-panel__body--closed');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Filter ausblenden (2 aktiv)' })).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('measure-filters')).not.toHaveClass('filter-panel__body--closed');
  });

  it('after applying, folds them again and moves the focus to the result count, with the active filters as chips', async () => {
    const user = userEvent.setup();
    api();
    renderInLayout('/areas/schinkel/measures');
    await screen.findByText('12 Maßnahmen gefunden, Seite 1 von 2.');
    await screen.findByRole('option', { name: 'Jugendliche' });
    await user.click(screen.getByRole('button', { name: 'Filter einblenden' }));
    await user.selectOptions(screen.getByLabelText('Zielgruppe'), 'YOUTH');
    await user.click(screen.getByLabelText('Verstetigt'));
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/areas/schinkel/measures?status=ONGOING&targetGroup=YOUTH');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'measure-result-count'));
    expect(document.getElementById('measure-filters')).toHaveClass('filter-panel__body--closed');
    const chips = screen.getByRole('list', { name: 'Aktive Filter' });
    expect(within(chips).getAllByRole('button').map((b) => b.textContent)).toEqual(['Zielgruppe: Jugendliche (Filter entfernen)', 'Status: Verstetigt (Filter entfernen)']);
  });

  it('removes one filter with its chip and keeps the others', async () => {
    const user = userEvent.setup();
    api();
    renderInLayout('/areas/schinkel/measures?status=ONGOING&targetGroup=YOUTH&page=2');
    await screen.findByRole('option', { name: 'Jugendliche' });
    await user.click(await screen.findByRole('button', { name: 'Zielgruppe: Jugendliche (Filter entfernen)' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/areas\/schinkel\/measures\?status=ONGOING$/);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'measure-result-count'));
  });
});
