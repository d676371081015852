import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import UncoveredNeedsPage from './uncovered-needs';

const field = (id: string, code: string, title: string, position: number) => ({
  id,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  code,
  title,
  description: null,
  goal: null,
  position,
  color: null,
  publicationStatus: 'PUBLISHED',
});
const IN = field('00000000-0000-4000-8000-000000006001', 'IN', 'Integration', 0);
const SEN = field('00000000-0000-4000-8000-000000006008', 'SEN', 'Seniorinnen und Senioren', 1);
const need = (n: number, f: typeof IN, title: string) => ({
  id: `00000000-0000-4000-8000-00000000700${n}`,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  actionField: { id: f.id, code: f.code, title: f.title, color: null },
  code: `${f.code}-B${n}`,
  title,
  description: null,
  evidence: null,
  priority: 'LOW',
  targetGroups: [],
  measures: [],
  publicationStatus: 'PUBLISHED',
});

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(url: string) {
  const spy = fakeApi({
    '/api/v1/areas/schinkel/needs': (u: URL) =>
      page(
        [need(1, SEN, 'Barrierearme Begegnung'), need(2, IN, 'Sprachkurse am Abend')].filter(
          (n) => !u.searchParams.get('actionField') || n.actionField.id === u.searchParams.get('actionField'),
        ),
      ),
    '/api/v1/areas/schinkel/action-fields': page([IN, SEN]),
  });
  renderWithProviders(
    <Routes>
      {['/areas/:slug/uncovered-needs', '/en/areas/:slug/uncovered-needs'].map((path) => (
        <Route
          key={path}
          path={path}
          element={
            <>
              <UncoveredNeedsPage />
              <Location />
            </>
          }
        />
      ))}
    </Routes>,
    { url },
  );
  return spy;
}

afterEach(() => vi.unstubAllGlobals());

describe('needs without a measure', () => {
  it('asks the API for the uncovered needs and shows them by action field in the area’s order', async () => {
    const spy = renderAt('/areas/schinkel/uncovered-needs');
    expect(await screen.findByText('2 Bedarfe ohne Maßnahme.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bedarfe ohne Maßnahme');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['IN – Integration', 'SEN – Seniorinnen und Senioren']);
    const query = new URL(String(spy.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input))).find((u) => u.includes('/needs'))));
    expect(query.searchParams.get('uncovered')).toBe('true');
    const integration = within(screen.getByRole('region', { name: 'IN – Integration' }));
    expect(integration.getByRole('link', { name: 'Sprachkurse am Abend' })).toHaveAttribute('href', '/areas/schinkel/needs/00000000-0000-4000-8000-000000007002');
  });

  it('narrows the list to one action field through the URL', async () => {
    const user = userEvent.setup();
    renderAt('/areas/schinkel/uncovered-needs');
    await screen.findByRole('option', { name: 'SEN – Seniorinnen und Senioren' });
    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), SEN.id);
    await user.click(screen.getByRole('button', { name: 'Anzeigen' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`/areas/schinkel/uncovered-needs?actionField=${SEN.id}`);
    expect(await screen.findByText('1 Bedarf ohne Maßnahme.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'IN – Integration' })).toBeNull();
    expect(screen.getByLabelText('Handlungsfeld')).toHaveValue(SEN.id);
  });

  it('speaks English under /en', async () => {
    renderAt('/en/areas/schinkel/uncovered-needs');
    expect(await screen.findByText('2 needs without a measure.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Needs without a measure');
  });
});
