import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithDataRouter } from '@/testing/test-utils';
import { StepEditor } from './step-editor';

const MEASURE = '00000000-0000-4000-8000-000000008001';
const STEPS_URL = `/api/v1/areas/schinkel/measures/${MEASURE}/steps`;

const step = (n: number, position: number): Schemas['ActionStep'] => ({
  id: `00000000-0000-4000-8000-00000000900${n}`,
  version: n,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  measureId: MEASURE,
  title: `Schritt ${n}`,
  description: null,
  dueDate: null,
  status: 'OPEN',
  responsibleActor: null,
  position,
});

type Call = { method: string; path: string; ifMatch: string | null; body: unknown };

/** Serves the steps in position order; PUT and DELETE change them (PUT may be answered with `putStatus`). */
function fakeSteps(initial: Schemas['ActionStep'][], putStatus = 200) {
  let steps = [...initial];
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const body: unknown = request.method === 'PUT' ? await request.json() : undefined;
      calls.push({ method: request.method, path, ifMatch: request.headers.get('If-Match'), body });
      const json = (status: number, data: unknown) => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
      if (request.method === 'GET' && path === STEPS_URL) {
        const items = [...steps].sort((a, b) => a.position - b.position);
        return json(200, { items, page: 0, size: 200, totalItems: items.length, totalPages: 1 });
      }
      const id = path.split('/').at(-1);
      const target = steps.find((s) => s.id === id);
      if (request.method === 'PUT' && target) {
        if (putStatus !== 200) return json(putStatus, { type: 'about:blank', title: 'x', status: putStatus });
        const updated = { ...target, ...(body as object), version: target.version + 1 };
        steps = steps.map((s) => (s.id === id ? updated : s));
        return json(200, updated);
      }
      if (request.method === 'DELETE' && target) {
        steps = steps.filter((s) => s.id !== id);
        return new Response(null, { status: 204 });
      }
      return json(404, { type: 'about:blank', title: 'Not Found', status: 404 });
    }),
  );
  return calls;
}

/** In a data router: the step forms use a blocker. */
function renderEditor() {
  return renderWithDataRouter([{ path: '*', element: <StepEditor slug="schinkel" measureId={MEASURE} /> }]);
}

const titles = () => screen.getAllByRole('listitem').map((li) => within(li).getByText(/^Schritt \d$/).textContent);

describe('StepEditor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('moves a step down: new positions with If-Match, focus stays on the moved step, the place is announced', async () => {
    const calls = fakeSteps([step(1, 0), step(2, 1), step(3, 2)]);
    renderEditor();
    await screen.findByText('Schritt 1');
    await userEvent.click(screen.getByRole('button', { name: 'Nach unten „Schritt 1“' }));
    await waitFor(() => expect(titles()).toEqual(['Schritt 2', 'Schritt 1', 'Schritt 3']));
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => [c.path.split('/').at(-1), c.ifMatch, (c.body as { position: number }).position])).toEqual([
      [step(2, 1).id, '"2"', 0],
      [step(1, 0).id, '"1"', 1],
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Nach unten „Schritt 1“' })).toHaveFocus());
    expect(screen.getByText('„Schritt 1“ steht jetzt an Stelle 2.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nach oben „Schritt 2“' })).toBeDisabled();
  });

  it('says so when a step was changed elsewhere (412) and shows the current order', async () => {
    fakeSteps([step(1, 0), step(2, 1)], 412);
    renderEditor();
    await screen.findByText('Schritt 1');
    await userEvent.click(screen.getByRole('button', { name: 'Nach oben „Schritt 2“' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('inzwischen anderswo geändert');
    expect(titles()).toEqual(['Schritt 1', 'Schritt 2']);
  });

  it('deletes a step after asking', async () => {
    const calls = fakeSteps([step(1, 0), step(2, 1)]);
    renderEditor();
    await screen.findByText('Schritt 1');
    await userEvent.click(screen.getByRole('button', { name: 'Löschen „Schritt 1“' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, endgültig löschen' }));
    await waitFor(() => expect(titles()).toEqual(['Schritt 2']));
    expect(calls.find((c) => c.method === 'DELETE')).toMatchObject({ ifMatch: '"1"' });
  });
});
