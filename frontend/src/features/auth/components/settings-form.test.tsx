import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithDataRouter } from '@/testing/test-utils';
import { SettingsForm } from './settings-form';

const settings: Schemas['AccountSettings'] = {
  version: 4,
  username: 'redaktion',
  email: null,
  language: 'de',
  digestSubscribed: false,
  digestWeekday: 'MONDAY',
  mailConfigured: true,
};

/** Answers every PUT with `answer`; returns the bodies and If-Match headers sent. */
function fakeServer(answer: { status: number; body: unknown }) {
  const sent: { body: unknown; ifMatch: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'PUT') sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': answer.status < 400 ? 'application/json' : 'application/problem+json' },
      });
    }),
  );
  return sent;
}

describe('SettingsForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('subscribes to the weekly reminder with an address and a weekday', async () => {
    const saved = { ...settings, version: 5, email: 'redaktion@musterhausen.example', digestSubscribed: true, digestWeekday: 'FRIDAY' as const };
    const sent = fakeServer({ status: 200, body: saved });
    renderWithDataRouter([{ path: '*', element: <SettingsForm settings={settings} /> }], { url: '/settings' });
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'redaktion@musterhausen.example');
    await userEvent.click(screen.getByLabelText('Wöchentliche Erinnerung per E-Mail erhalten'));
    await userEvent.selectOptions(screen.getByLabelText('Wochentag der Erinnerung'), 'FRIDAY');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      body: { email: 'redaktion@musterhausen.example', language: 'de', digestSubscribed: true, digestWeekday: 'FRIDAY' },
      ifMatch: '"4"',
    });
    expect(await screen.findByText('Ihre Einstellungen wurden gespeichert.')).toBeInTheDocument();
  });

  it('asks for an address before subscribing, without sending anything', async () => {
    const sent = fakeServer({ status: 200, body: settings });
    renderWithDataRouter([{ path: '*', element: <SettingsForm settings={settings} /> }], { url: '/settings' });
    await userEvent.click(screen.getByLabelText('Wöchentliche Erinnerung per E-Mail erhalten'));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect((await screen.findAllByText('Für die Erinnerung braucht es eine E-Mail-Adresse.')).length).toBeGreaterThan(0);
    expect(sent).toHaveLength(0);
  });
});
