import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import MessageForm from './message-form';

afterEach(() => vi.unstubAllGlobals());

const FORM = '/api/v1/areas/schinkel/messages/form';
const MESSAGES = '/api/v1/areas/schinkel/messages';

async function posted(spy: ReturnType<typeof fakeApi>) {
  const requests = spy.mock.calls.map(([input]) => input).filter((input): input is Request => input instanceof Request && input.method === 'POST');
  return Promise.all(requests.map((r) => r.clone().json() as Promise<Record<string, unknown>>));
}

describe('message form', () => {
  it('names what is missing and sends nothing', async () => {
    const spy = fakeApi({ [FORM]: { formToken: 'token', minimumSeconds: 0 } });
    renderWithProviders(<MessageForm slug="schinkel" measureId="m1" />);
    await userEvent.type(screen.getByLabelText('Ihre E-Mail-Adresse (freiwillig)'), 'keine-adresse');
    await userEvent.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Bitte schreiben Sie Ihre Frage oder Ihren Hinweis.');
    expect(summary).toHaveTextContent('Bitte geben Sie eine gültige E-Mail-Adresse an');
    expect(summary).toHaveTextContent('Bitte stimmen Sie der Verarbeitung zu');
    expect(await posted(spy)).toEqual([]);
  });

  it('sends the message with the form token and an empty honeypot, without the optional fields left empty', async () => {
    const spy = fakeApi({ [FORM]: { formToken: 'token-1', minimumSeconds: 0 }, [MESSAGES]: { id: 'x', version: 0 } });
    renderWithProviders(<MessageForm slug="schinkel" measureId="m1" />);
    await waitFor(() => expect(spy).toHaveBeenCalled());
    await userEvent.type(screen.getByLabelText('Ihre Nachricht'), 'Wann wird der Spielplatz fertig?');
    await userEvent.click(screen.getByLabelText(/Ich bin einverstanden/));
    await userEvent.click(screen.getByRole('button', { name: 'Nachricht senden' }));
    expect(await screen.findByText(/Vielen Dank! Ihre Nachricht ist angekommen./)).toBeInTheDocument();
    expect(await posted(spy)).toEqual([
      {
        measureId: 'm1',
        needId: null,
        subject: null,
        name: null,
        email: null,
        message: 'Wann wird der Spielplatz fertig?',
        consent: true,
        formToken: 'token-1',
        website: '',
      },
    ]);
  });
});
