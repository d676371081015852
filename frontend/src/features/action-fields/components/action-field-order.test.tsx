import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { ActionFieldOrder } from './action-field-order';

const field = (id: string, title: string, position: number): Schemas['ActionField'] => ({
  id,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  code: id.toUpperCase(),
  title,
  description: null,
  goal: null,
  easyLanguageSummary: null,
  position,
  color: null,
  publicationStatus: 'PUBLISHED',
});

/** Answers every PUT with the field it was sent (one version later) and records method, path, If-Match and body. */
function fakeSaves() {
  const calls: { method: string; path: string; ifMatch: string | null; body: Schemas['ActionFieldInput'] }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const body = (await request.json()) as Schemas['ActionFieldInput'];
      const path = new URL(request.url).pathname;
      calls.push({ method: request.method, path, ifMatch: request.headers.get('If-Match'), body });
      const id = path.split('/').pop()!;
      return new Response(JSON.stringify({ ...field(id, body.title, body.position ?? 0), ...body, version: 2 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('ActionFieldOrder', () => {
  it('moves a field up, saves the changed positions with If-Match and keeps the focus on the moved field', async () => {
    const calls = fakeSaves();
    renderWithProviders(<ActionFieldOrder slug="schinkel" fields={[field('a', 'Alpha', 0), field('b', 'Beta', 0), field('c', 'Gamma', 2)]} />);
    expect(screen.getByRole('button', { name: '„Alpha“ nach oben verschieben' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: '„Gamma“ nach oben verschieben' }));
    expect(await screen.findByText('„Gamma“ steht jetzt an Stelle 2 von 3.')).toBeInTheDocument();
    expect(calls.map((c) => [c.method, c.path, c.ifMatch, c.body.position])).toEqual([
      ['PUT', '/api/v1/areas/schinkel/action-fields/c', '"1"', 1],
      ['PUT', '/api/v1/areas/schinkel/action-fields/b', '"1"', 2],
    ]);
    expect(calls[0]!.body).toMatchObject({ code: 'C', title: 'Gamma', publicationStatus: 'PUBLISHED' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Alpha'),
      expect.stringContaining('Gamma'),
      expect.stringContaining('Beta'),
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: '„Gamma“ nach oben verschieben' })).toHaveFocus());
  });
});
