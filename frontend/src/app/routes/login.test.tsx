import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import LoginPage from './login';

const me: Schemas['Me'] = {
  accountId: '00000000-0000-4000-8000-00000000a001',
  username: 'demo-redaktion',
  displayName: 'Quartiersmanagement Schinkel',
  role: 'EDITOR',
  viaToken: false,
  areas: [{ id: '00000000-0000-4000-8000-000000002001', slug: 'schinkel', name: 'Sanierungsgebiet Schinkel' }],
  actors: [],
  csrfToken: 'tok',
};

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

describe('LoginPage', () => {
  afterEach(() => {
    document.cookie = 'ihk_csrf=; max-age=0';
    vi.unstubAllGlobals();
  });

  async function logInAt(url: string) {
    vi.stubGlobal(
      'fetch',
      vi.fn((request: Request) => {
        const path = new URL(request.url).pathname;
        if (path === '/api/v1/auth/login') document.cookie = 'ihk_csrf=tok';
        const body = path === '/api/v1/auth/options' ? { sso: false, localLogin: true } : me;
        return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
      }),
    );
    renderWithProviders(
      <>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="*" element={<p>Andere Seite</p>} />
        </Routes>
        <Location />
      </>,
      { url },
    );
    await userEvent.type(await screen.findByLabelText('Benutzername'), 'demo-redaktion');
    await userEvent.type(screen.getByLabelText('Passwort'), 'demo-redaktion-passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
  }

  it('returns to the page it came from', async () => {
    await logInAt(`/login?${new URLSearchParams({ next: '/areas/schinkel/measures?targetGroup=YOUTH' })}`);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/areas/schinkel/measures?targetGroup=YOUTH'));
  });

  for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
    it(`goes to the start page instead of ${next}`, async () => {
      await logInAt(`/login?${new URLSearchParams({ next })}`);
      await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    });
  }
});
