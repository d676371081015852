import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import StartPage from './start';

const area = (slug: string, name: string) => ({
  id: `id-${slug}`,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  slug,
  name,
  municipality: 'Osnabrück',
  programme: 'Sozialer Zusammenhalt',
  fundingStart: 2018,
  fundingEnd: 2028,
  sizeHectares: 94.01,
  inhabitants: 8500,
  budget: null,
  summary: 'Kurzprofil',
  description: null,
});

function renderStart(url = '/') {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<StartPage />} />
      <Route path="/en" element={<StartPage />} />
      <Route path="/areas/:slug" element={<p>Seite des Gebiets</p>} />
      <Route path="/en/areas/:slug" element={<p>Area page</p>} />
    </Routes>,
    { url },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('start page', () => {
  it('lists the areas with links to them', async () => {
    fakeApi({ '/api/v1/areas': page([area('nordviertel', 'Fördergebiet Nordviertel'), area('schinkel', 'Sanierungsgebiet Schinkel')]) });
    renderStart();
    expect(await screen.findByRole('link', { name: 'Sanierungsgebiet Schinkel' })).toHaveAttribute('href', '/areas/schinkel');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Integrierte Handlungskonzepte');
  });

  it('goes straight into the area of a single-area installation, in the current language', async () => {
    fakeApi({ '/api/v1/areas': page([area('schinkel', 'Sanierungsgebiet Schinkel')]) });
    renderStart('/en');
    expect(await screen.findByText('Area page')).toBeInTheDocument();
  });

  it('opens the bare address in the language chosen earlier', async () => {
    fakeApi({ '/api/v1/areas': page([area('a', 'Gebiet A'), area('b', 'Gebiet B')]) });
    localStorage.setItem('ihk.lang', 'en');
    renderWithProviders(
      <Routes>
        <Route path="/" element={<StartPage />} />
        <Route path="/en" element={<p>English start page</p>} />
      </Routes>,
    );
    expect(await screen.findByText('English start page')).toBeInTheDocument();
  });

  it('says so when there is no area yet', async () => {
    fakeApi({ '/api/v1/areas': page([]) });
    renderStart();
    expect(await screen.findByText('Es ist noch kein Fördergebiet veröffentlicht.')).toBeInTheDocument();
  });

  it('shows an error with a way to try again, and recovers', async () => {
    const user = userEvent.setup();
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          fail
            ? new Response(JSON.stringify({ type: '/problems/internal-error', title: 'Internal error', status: 500 }), {
                status: 500,
                headers: { 'Content-Type': 'application/problem+json' },
              })
            : new Response(JSON.stringify(page([area('a', 'Gebiet A'), area('b', 'Gebiet B')])), { headers: { 'Content-Type': 'application/json' } }),
        ),
      ),
    );
    renderStart();
    expect(await screen.findByRole('alert')).toHaveTextContent('Das hat nicht geklappt');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('link', { name: 'Gebiet B' })).toBeInTheDocument();
  });
});
