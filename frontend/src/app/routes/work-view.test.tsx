import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import WorkViewPage from './work-view';

const me = (role: Schemas['Role']): Schemas['Me'] => ({
  accountId: 'acc',
  username: 'demo-redaktion',
  displayName: 'Redaktion',
  role,
  viaToken: false,
  areas: role === 'EDITOR' ? [{ id: 'area', slug: 'schinkel', name: 'Schinkel' }] : [],
  actors: [],
  csrfToken: null,
});

const field = { id: 'f1', code: 'BQ', title: 'Bildung', color: null };
const need = { id: 'n1', code: 'BQ-B9', title: 'Lernorte fehlen', actionField: field, publicationStatus: 'DRAFT', measures: [] };
const measure = (code: string, over: object) => ({
  id: code,
  code,
  title: `Maßnahme ${code}`,
  status: 'IN_PROGRESS',
  steps: [],
  updatedAt: new Date().toISOString(),
  publicationStatus: 'PUBLISHED',
  ...over,
});
const presentation = {
  id: 'p1',
  date: '2099-01-15',
  title: 'Bericht',
  committee: { id: 'c1', name: 'Jugendhilfeausschuss', shortName: null },
  status: 'SCHEDULED',
  publicationStatus: 'PUBLISHED',
};

function renderAt(role: Schemas['Role']) {
  const fetch = fakeApi({
    '/api/v1/auth/me': me(role),
    '/api/v1/areas/schinkel/needs': page([need]),
    '/api/v1/areas/schinkel/measures': page([
      measure('OLD', { updatedAt: '2020-01-01T00:00:00Z', steps: [{ id: 's1', title: 'Antrag', dueDate: '2020-02-01', status: 'OPEN', position: 0 }] }),
    ]),
    '/api/v1/areas/schinkel/presentations': page([presentation]),
  });
  renderWithProviders(
    <Routes>
      <Route path="/areas/:slug/work" element={<WorkViewPage />} />
    </Routes>,
    { url: '/areas/schinkel/work' },
  );
  return fetch;
}

const asked = (fetch: ReturnType<typeof fakeApi>, path: string) =>
  fetch.mock.calls.map((c) => new URL((c[0] as Request).url)).find((u) => u.pathname === path)!;

describe('WorkViewPage', () => {
  beforeEach(() => {
    document.cookie = 'ihk_csrf=token';
  });
  afterEach(() => {
    document.cookie = 'ihk_csrf=; max-age=0';
    vi.unstubAllGlobals();
  });

  it('lets the API filter what it can and lists each kind of work with links to the records', async () => {
    const fetch = renderAt('EDITOR');
    const needs = await screen.findByRole('region', { name: /Bedarfe ohne Maßnahme/ });
    expect(await within(needs).findByRole('link', { name: 'BQ-B9 Lernorte fehlen' })).toHaveAttribute('href', '/areas/schinkel/needs/n1');
    expect(within(needs).getByText('Entwurf')).toBeInTheDocument();

    expect(asked(fetch, '/api/v1/areas/schinkel/needs').searchParams.get('uncovered')).toBe('true');
    expect(asked(fetch, '/api/v1/areas/schinkel/presentations').searchParams.get('upcoming')).toBe('true');
    expect(asked(fetch, '/api/v1/areas/schinkel/measures').searchParams.getAll('status')).toEqual(['IDEA', 'PLANNED', 'IN_PROGRESS', 'ONGOING']);

    const overdue = screen.getByRole('region', { name: /überfälligen Schritten/ });
    expect(within(overdue).getByRole('link', { name: 'Antrag' })).toHaveAttribute('href', '/areas/schinkel/measures/OLD#step-s1');
    expect(within(overdue).getByRole('link', { name: '„Maßnahme OLD“ bearbeiten' })).toHaveAttribute('href', '/areas/schinkel/measures/OLD/edit');
    const stale = screen.getByRole('region', { name: /Seit sechs Monaten/ });
    expect(within(stale).getByText('Zuletzt geändert am 01.01.2020')).toBeInTheDocument();
    const noSteps = screen.getByRole('region', { name: /ohne Handlungsschritte/ });
    expect(within(noSteps).getByText('Jede laufende Maßnahme hat Handlungsschritte.')).toBeInTheDocument();
    const upcoming = screen.getByRole('region', { name: /Anstehende Ausschusstermine/ });
    expect(within(upcoming).getByRole('link', { name: 'Jugendhilfeausschuss: Bericht' })).toHaveAttribute('href', '/areas/schinkel/committee-dates#presentation-p1');
  });

  it('is only for editors of the area and admins', async () => {
    const fetch = renderAt('CONTRIBUTOR');
    expect(await screen.findByText(/ist für die Redaktion dieses Fördergebiets/)).toBeInTheDocument();
    expect(fetch.mock.calls.some((c) => new URL((c[0] as Request).url).pathname.endsWith('/needs'))).toBe(false);
  });
});
