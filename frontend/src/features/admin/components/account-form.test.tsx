import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeCreateServer } from '@/testing/fake-api';
import { renderWithDataRouter } from '@/testing/test-utils';
import { AccountForm } from './account-form';

const area = { id: '00000000-0000-4000-8000-000000001001', slug: 'schinkel', name: 'Sanierungsgebiet Schinkel' };
const created: Schemas['Account'] = {
  id: '00000000-0000-4000-8000-000000000201',
  version: 0,
  createdAt: '2026-11-26T00:00:00Z',
  updatedAt: '2026-11-26T00:00:00Z',
  username: 'redaktion-neu',
  displayName: 'Neue Redaktion',
  role: 'EDITOR',
  enabled: true,
  email: null,
  language: 'de',
  digestSubscribed: false,
  digestWeekday: 'MONDAY',
  areas: [area],
  actors: [],
};

const fakeServer = (post: { status: number; body: unknown }) => fakeCreateServer(post, [area]);

function renderForm(onSaved = vi.fn()) {
  renderWithDataRouter([{ path: '*', element: <AccountForm onSaved={onSaved} /> }], { url: '/admin/accounts/new' });
  return onSaved;
}

describe('AccountForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for the areas of an editor and a password before sending anything', async () => {
    const posted = fakeServer({ status: 201, body: created });
    renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Rolle'), 'EDITOR');
    expect(screen.queryByRole('combobox', { name: 'Akteure' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Bitte füllen Sie „Benutzername“ aus.',
      'Bitte füllen Sie „Anzeigename“ aus.',
      'Die Redaktion braucht mindestens ein Fördergebiet.',
      'Bitte füllen Sie „Passwort“ aus.',
    ]);
    expect(posted).toHaveLength(0);
  });

  it('creates an editor with the areas picked and the initial password', async () => {
    const posted = fakeServer({ status: 201, body: created });
    const onSaved = renderForm();
    await userEvent.type(screen.getByLabelText('Benutzername'), 'redaktion-neu');
    await userEvent.type(screen.getByLabelText('Anzeigename'), 'Neue Redaktion');
    await userEvent.selectOptions(screen.getByLabelText('Rolle'), 'EDITOR');
    await userEvent.type(screen.getByRole('combobox', { name: 'Fördergebiete' }), 'schin');
    await userEvent.click(await screen.findByRole('option', { name: /Sanierungsgebiet Schinkel/ }));
    await userEvent.type(screen.getByLabelText('Passwort'), 'ein-langes-passwort');
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'redaktion@musterhausen.example');
    await userEvent.selectOptions(screen.getByLabelText('Sprache der E-Mails'), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, true));
    expect(posted).toEqual([
      {
        username: 'redaktion-neu',
        displayName: 'Neue Redaktion',
        role: 'EDITOR',
        enabled: true,
        areaIds: [area.id],
        actorIds: [],
        password: 'ein-langes-passwort',
        email: 'redaktion@musterhausen.example',
        language: 'en',
      },
    ]);
  });

  it("shows the API's refusal of a taken user name", async () => {
    fakeServer({ status: 409, body: { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'Der Benutzername ist vergeben.' } });
    renderForm();
    await userEvent.type(screen.getByLabelText('Benutzername'), 'demo-admin');
    await userEvent.type(screen.getByLabelText('Anzeigename'), 'Doppelt');
    await userEvent.selectOptions(screen.getByLabelText('Rolle'), 'ADMIN');
    await userEvent.type(screen.getByLabelText('Passwort'), 'ein-langes-passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Benutzername ist vergeben.');
  });
});
