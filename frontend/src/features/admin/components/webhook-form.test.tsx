import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeCreateServer } from '@/testing/fake-api';
import { renderWithDataRouter } from '@/testing/test-utils';
import { WebhookForm } from './webhook-form';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwAh1uBq5dEV0=';
const area = { id: '00000000-0000-4000-8000-000000001001', slug: 'schinkel', name: 'Sanierungsgebiet Schinkel' };
const webhook: Schemas['Webhook'] = {
  id: '00000000-0000-4000-8000-000000000301',
  version: 0,
  createdAt: '2026-11-26T00:00:00Z',
  updatedAt: '2026-11-26T00:00:00Z',
  url: 'https://portal.example.org/hooks/ihk',
  description: null,
  events: ['MEASURE'],
  areas: [],
  state: 'ACTIVE',
  disabledAt: null,
  disabledReason: null,
  delivery: { failedAttempts: 0, nextAttemptAt: null, lastSuccessAt: null, lastFailureAt: null, lastError: null },
};

const fakeServer = (post: { status: number; body: unknown }) => fakeCreateServer(post, [area]);

const renderForm = () => renderWithDataRouter([{ path: '*', element: <WebhookForm /> }], { url: '/admin/webhooks/new' });

describe('WebhookForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the chosen types and shows the secret once with a warning and a copy button', async () => {
    const posted = fakeServer({ status: 201, body: { webhook, secret: SECRET } });
    renderForm();
    const url = screen.getByLabelText(/Adresse des Empfängers/);
    await userEvent.clear(url);
    await userEvent.type(url, 'https://portal.example.org/hooks/ihk');
    await userEvent.click(screen.getByLabelText('Alle Arten von Datensätzen'));
    await userEvent.click(screen.getByLabelText('Maßnahmen'));
    await userEvent.click(screen.getByRole('button', { name: 'Webhook anlegen' }));

    const region = await screen.findByRole('region', { name: 'Der Webhook wurde angelegt' });
    expect(posted).toEqual([{ url: 'https://portal.example.org/hooks/ihk', events: ['MEASURE'], areas: [], description: null }]);
    expect(region).toHaveFocus();
    expect(region).toHaveTextContent('nur dieses eine Mal angezeigt');
    expect(within(region).getByLabelText('Signaturgeheimnis für „https://portal.example.org/hooks/ihk“')).toHaveValue(SECRET);
    expect(within(region).getByRole('button', { name: 'Geheimnis kopieren' })).toBeInTheDocument();
  });

  it('asks for a type when not every type is chosen, and shows the API refusing the URL at the field', async () => {
    const posted = fakeServer({
      status: 400,
      body: {
        type: '/problems/invalid-input',
        title: 'Invalid input',
        status: 400,
        errors: [{ field: 'url', message: 'The host 10.0.0.1 is a private or local address, which the server may not call.' }],
      },
    });
    renderForm();
    await userEvent.click(screen.getByLabelText('Alle Arten von Datensätzen'));
    await userEvent.click(screen.getByRole('button', { name: 'Webhook anlegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte mindestens eine Art wählen');
    expect(posted).toEqual([]);

    await userEvent.click(screen.getByLabelText('Alle Arten von Datensätzen'));
    const url = screen.getByLabelText(/Adresse des Empfängers/);
    await userEvent.clear(url);
    await userEvent.type(url, 'https://10.0.0.1/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Webhook anlegen' }));
    expect(await screen.findByText(/private or local address/, { selector: '.kern-error, .kern-error *, [id$="-error"], [id$="-error"] *' })).toBeInTheDocument();
    expect(posted).toHaveLength(1);
  });
});
