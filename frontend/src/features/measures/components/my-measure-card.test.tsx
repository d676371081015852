import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { MyMeasureCard } from './my-measure-card';

const measure = {
  id: '00000000-0000-4000-8000-000000008002',
  version: 2,
  publicationStatus: 'DRAFT',
  code: 'IN-01',
  title: 'Stadtteilbüro',
  status: 'PLANNED',
  progress: 10,
} as Schemas['Measure'];
const step: Schemas['ActionStep'] = {
  id: '00000000-0000-4000-8000-000000009001',
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  measureId: measure.id,
  title: 'Räume anmieten',
  description: null,
  dueDate: '2026-03-01',
  status: 'OPEN',
  responsibleActor: null,
  position: 0,
};
const BASE = `/api/v1/areas/schinkel/measures/${measure.id}`;

function fakeServer(answers: Record<string, Array<{ status: number; body: unknown }>>) {
  const calls: { method: string; path: string; ifMatch: string | null; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      calls.push({ method: request.method, path, ifMatch: request.headers.get('If-Match'), body: request.method === 'PUT' ? await request.json() : undefined });
      const queue = answers[`${request.method} ${path}`];
      const answer = queue && queue.length > 1 ? queue.shift()! : (queue?.[0] ?? { status: 404, body: {} });
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': answer.status < 400 ? 'application/json' : 'application/problem+json' },
      });
    }),
  );
  return calls;
}

describe('MyMeasureCard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('marks a draft and saves status and progress with If-Match', async () => {
    const calls = fakeServer({
      [`GET ${BASE}/steps`]: [{ status: 200, body: { items: [step], page: 0, size: 200, totalItems: 1, totalPages: 1 } }],
      [`PUT ${BASE}/progress`]: [{ status: 200, body: { ...measure, version: 3, progress: 55, status: 'IN_PROGRESS' } }],
    });
    renderWithProviders(<MyMeasureCard slug="schinkel" measure={measure} />);
    expect(screen.getByText('Entwurf')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'IN_PROGRESS');
    await userEvent.clear(screen.getByLabelText('Fortschritt in Prozent'));
    await userEvent.type(screen.getByLabelText('Fortschritt in Prozent'), '55');
    await userEvent.click(screen.getByRole('button', { name: 'Status und Fortschritt speichern' }));
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({ path: `${BASE}/progress`, ifMatch: '"2"', body: { status: 'IN_PROGRESS', progress: 55 } });
  });

  it('on 412 keeps the input and saves against the new version next time', async () => {
    const calls = fakeServer({
      [`GET ${BASE}/steps`]: [{ status: 200, body: { items: [], page: 0, size: 200, totalItems: 0, totalPages: 0 } }],
      [`GET ${BASE}`]: [{ status: 200, body: { ...measure, version: 7, progress: 30 } }],
      [`PUT ${BASE}/progress`]: [
        { status: 412, body: { type: '/problems/precondition-failed', title: 'Precondition Failed', status: 412 } },
        { status: 200, body: { ...measure, version: 8, progress: 80 } },
      ],
    });
    renderWithProviders(<MyMeasureCard slug="schinkel" measure={measure} />);
    const progress = screen.getByLabelText('Fortschritt in Prozent');
    await userEvent.clear(progress);
    await userEvent.type(progress, '80');
    await userEvent.click(screen.getByRole('button', { name: 'Status und Fortschritt speichern' }));
    expect(await screen.findByText(/Jemand anderes hat inzwischen gespeichert/)).toBeInTheDocument();
    expect(progress).toHaveValue(80);
    await userEvent.click(screen.getByRole('button', { name: 'Status und Fortschritt speichern' }));
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.ifMatch)).toEqual(['"2"', '"7"']);
  });

  it('offers all four states of a step and saves the one chosen with the whole step and its version', async () => {
    const calls = fakeServer({
      [`GET ${BASE}/steps`]: [{ status: 200, body: { items: [{ ...step, status: 'IN_PROGRESS' }], page: 0, size: 200, totalItems: 1, totalPages: 1 } }],
      [`PUT ${BASE}/steps/${step.id}`]: [{ status: 200, body: { ...step, version: 2, status: 'CANCELLED' } }],
    });
    renderWithProviders(<MyMeasureCard slug="schinkel" measure={measure} />);
    const select = await screen.findByLabelText('Status von „Räume anmieten“');
    expect(select).toHaveValue('IN_PROGRESS');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Offen', 'In Arbeit', 'Erledigt', 'Entfallen']);
    await userEvent.selectOptions(select, 'CANCELLED');
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      ifMatch: '"1"',
      body: { title: 'Räume anmieten', status: 'CANCELLED', dueDate: '2026-03-01', position: 0, responsibleActorId: null, description: null },
    });
    expect(await screen.findByText('Räume anmieten: Entfallen – Gespeichert.')).toBeInTheDocument();
  });
});
