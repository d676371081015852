import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from './login-form';
import { UserMenu } from './user-menu';

const me: Schemas['Me'] = {
  accountId: '00000000-0000-4000-8000-00000000a002',
  username: 'demo-beitrag',
  displayName: 'Quartiersmanagement Schinkel',
  role: 'CONTRIBUTOR',
  viaToken: false,
  areas: [],
  actors: [{ id: '00000000-0000-4000-8000-000000003002', name: 'Quartiersmanagement Schinkel', kind: 'QUARTER_MANAGEMENT' }],
  csrfToken: 'tok',
};

function answer(status: number, body: unknown) {
  const fetch = vi.fn((_: Request) => {
    if (status === 200) document.cookie = 'ihk_csrf=tok';
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('LoginForm', () => {
  afterEach(() => {
    document.cookie = 'ihk_csrf=; max-age=0';
    vi.unstubAllGlobals();
  });

  it('asks for both fields before sending', async () => {
    const fetch = answer(200, me);
    renderWithProviders(<LoginForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('link', { name: 'Bitte geben Sie Ihren Benutzernamen ein.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Passwort')).toHaveAttribute('aria-invalid', 'true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says plainly when the password is wrong', async () => {
    answer(401, { type: '/problems/unauthorized', title: 'Unauthorized', status: 401 });
    renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Benutzername'), 'demo-beitrag');
    await userEvent.type(screen.getByLabelText('Passwort'), 'falsch');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText('Benutzername oder Passwort stimmen nicht.')).toBeInTheDocument();
  });

  it('logs in, and the header then shows name and role', async () => {
    const fetch = answer(200, me);
    const onLoggedIn = vi.fn();
    renderWithProviders(
      <>
        <UserMenu />
        <LoginForm onLoggedIn={onLoggedIn} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Benutzername'), 'demo-beitrag');
    await userEvent.type(screen.getByLabelText('Passwort'), 'demo-beitrag-passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalled());
    expect(await screen.findByTestId('user-menu-who')).toHaveTextContent('Quartiersmanagement Schinkel (Mitwirkende)');
    expect(screen.getByRole('link', { name: 'Meine Maßnahmen' })).toBeInTheDocument();
    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/v1/auth/login');
    expect(await request.clone().json()).toEqual({ username: 'demo-beitrag', password: 'demo-beitrag-passwort' });
  });

  it('links the login with the page it was opened on, in the language of the page', () => {
    answer(200, me);
    renderWithProviders(<UserMenu />, { url: '/en/areas/schinkel/measures?targetGroup=YOUTH#results' });
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      `/en/login?${new URLSearchParams({ next: '/en/areas/schinkel/measures?targetGroup=YOUTH#results' })}`,
    );
  });
});
