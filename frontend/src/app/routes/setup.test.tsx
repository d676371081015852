import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import SetupPage from './setup';

function answer(status: number, body: unknown) {
  const fetch = vi.fn((_: Request) =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function fill(password: string, repeat: string) {
  await userEvent.type(screen.getByLabelText('Benutzername'), 'it-admin');
  await userEvent.type(screen.getByLabelText('Passwort'), password);
  await userEvent.type(screen.getByLabelText('Passwort wiederholen'), repeat);
  await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
}

describe('SetupPage', () => {
  afterEach(() => {
    window.location.hash = '';
    vi.unstubAllGlobals();
  });

  it('sends the token from the link with the chosen name and password, then leads to the login', async () => {
    window.location.hash = '#token=geheim';
    const fetch = answer(201, { id: '00000000-0000-4000-8000-00000000a009', username: 'it-admin', role: 'ADMIN' });
    renderWithProviders(<SetupPage />);
    await fill('lange-geheime-phrase', 'lange-geheime-phrase');
    expect(await screen.findByText('Das Konto „it-admin“ ist angelegt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toBeInTheDocument();
    const request = fetch.mock.calls.at(0)?.[0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/v1/auth/setup');
    expect(await request.json()).toEqual({ token: 'geheim', username: 'it-admin', password: 'lange-geheime-phrase' });
  });

  it('checks the repeated password before sending', async () => {
    window.location.hash = '#token=geheim';
    const fetch = answer(201, {});
    renderWithProviders(<SetupPage />);
    await fill('lange-geheime-phrase', 'andere-geheime-phrase');
    expect(await screen.findByRole('link', { name: 'Die beiden Passwörter stimmen nicht überein.' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says when the link is used up', async () => {
    window.location.hash = '#token=alt';
    answer(404, { type: '/problems/not-found', title: 'Not found', status: 404 });
    renderWithProviders(<SetupPage />);
    await fill('lange-geheime-phrase', 'lange-geheime-phrase');
    expect(await screen.findByText(/Der Einrichtungslink ist unbekannt, schon benutzt oder abgelaufen/)).toBeInTheDocument();
  });

  it('without the key of the link, offers no form', () => {
    renderWithProviders(<SetupPage />);
    expect(screen.queryByRole('button', { name: 'Konto anlegen' })).toBeNull();
  });
});
