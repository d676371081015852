import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithDataRouter } from '@/testing/test-utils';
import { MeasureEditForm } from './measure-edit-form';

const actionField = { id: '00000000-0000-4000-8000-000000006002', code: 'BQ', title: 'Bildung', color: null };
const measure: Schemas['Measure'] = {
  id: '00000000-0000-4000-8000-000000008001',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publicationStatus: 'PUBLISHED',
  code: 'BQ-01',
  title: 'Jugend stärken',
  summary: null,
  easyLanguageSummary: null,
  description: null,
  actionField,
  furtherActionFields: [],
  needs: [],
  status: 'IN_PROGRESS',
  priority: 'HIGH',
  progress: 40,
  startDate: null,
  endDate: null,
  leadActor: null,
  partnerActors: [],
  targetGroups: [],
  location: null, locationGeometry: null, locationApproximate: false,
  budget: null,
  fundingSource: null,
  links: [],
  steps: [],
};
const actionFields = [{ ...actionField, areaSlug: 'schinkel' } as unknown as Schemas['ActionField']];
const ACTORS = [
  { id: '00000000-0000-4000-8000-000000003014', name: 'AWO', kind: 'SOCIAL_ORGANISATION' },
  { id: '00000000-0000-4000-8000-000000003015', name: 'Bürgerverein Schinkel', kind: 'RESIDENTS_BODY' },
];
const URL_MEASURE = `/api/v1/areas/schinkel/measures/${measure.id}`;

type Call = { method: string; path: string; ifMatch: string | null; body: unknown };

/** Answers PUTs with the given responses in turn, GETs of the measure with `current`. */
function fakeServer(puts: Array<{ status: number; body: unknown }>, current: Schemas['Measure'] = measure) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const body: unknown = request.method === 'PUT' ? await request.json() : undefined;
      calls.push({ method: request.method, path, ifMatch: request.headers.get('If-Match'), body });
      const answer =
        request.method === 'PUT' ? puts.shift()!
        : path === URL_MEASURE ? { status: 200, body: current }
        : path === '/api/v1/actors' ? { status: 200, body: { items: ACTORS, page: 0, size: 200, totalItems: 2, totalPages: 1 } }
        : { status: 404, body: {} };
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': answer.status < 400 ? 'application/json' : 'application/problem+json' },
      });
    }),
  );
  return calls;
}

function renderForm(m: Schemas['Measure'] = measure) {
  return renderWithDataRouter(
    [
      { path: '/areas/:slug/measures/:id/edit', element: <MeasureEditForm slug="schinkel" measure={m} actionFields={actionFields} /> },
      { path: '*', element: <p>Andere Seite</p> },
    ],
    { url: `/areas/schinkel/measures/${measure.id}/edit` },
  );
}

describe('MeasureEditForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('saves with If-Match of the version it was based on', async () => {
    const calls = fakeServer([{ status: 200, body: { ...measure, title: 'Neu', version: 4 } }]);
    renderForm();
    const title = screen.getByLabelText('Titel');
    await userEvent.clear(title);
    await userEvent.type(title, 'Neu');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({ method: 'PUT', path: URL_MEASURE, ifMatch: '"3"', body: { code: 'BQ-01', title: 'Neu', progress: 40 } });
  });

  it('checks the rules before sending and links the summary to the field', async () => {
    const calls = fakeServer([]);
    renderForm();
    await userEvent.clear(screen.getByLabelText('Titel'));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Bitte füllen Sie „Titel“ aus.' });
    expect(link.getAttribute('href')).toBe(`#${screen.getByLabelText('Titel').id}`);
    expect(screen.getByLabelText('Titel')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it("shows the API's per-field messages next to the fields", async () => {
    fakeServer([
      {
        status: 400,
        body: { type: '/problems/validation', title: 'Validation failed', status: 400, errors: [{ field: 'endDate', message: 'must not be before startDate' }, { field: 'links[0].url', message: 'bad url' }] },
      },
    ]);
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const end = screen.getByLabelText('Ende');
    await waitFor(() => expect(end).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById(end.getAttribute('aria-describedby')!)).toHaveTextContent('must not be before startDate');
    // A message about one link belongs to the links field.
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'bad url' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Links' })).getByText('bad url')).toBeInTheDocument();
  });

  it('on 412 shows what differs, keeps the input, and overwrites with the new version when asked', async () => {
    const theirs = { ...measure, version: 5, title: 'Von Kollegin', progress: 70 };
    const calls = fakeServer(
      [
        { status: 412, body: { type: '/problems/precondition-failed', title: 'Precondition Failed', status: 412 } },
        { status: 200, body: { ...theirs, version: 6, title: 'Meins' } },
      ],
      theirs,
    );
    renderForm();
    const title = screen.getByLabelText('Titel');
    await userEvent.clear(title);
    await userEvent.type(title, 'Meins');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Jemand anderes hat inzwischen gespeichert' });
    const rows = within(dialog).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['TitelVon KolleginMeins', 'Fortschritt in Prozent7040']);
    expect(screen.getByLabelText('Titel')).toHaveValue('Meins');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Mit meinen Eingaben überschreiben' }));
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put.map((c) => c.ifMatch)).toEqual(['"3"', '"5"']);
    expect(put[1]!.body).toMatchObject({ title: 'Meins', progress: 40 });
  });

  it('on 412 "reload" takes the saved version', async () => {
    const theirs = { ...measure, version: 5, title: 'Von Kollegin' };
    fakeServer([{ status: 412, body: { type: '/problems/precondition-failed', title: 'Precondition Failed', status: 412 } }], theirs);
    renderForm();
    await userEvent.type(screen.getByLabelText('Titel'), '!');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Neu laden (meine Eingaben verwerfen)' }));
    expect(screen.getByLabelText('Titel')).toHaveValue('Von Kollegin');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('on 401 asks to log in again and keeps the input', async () => {
    fakeServer([{ status: 401, body: { type: '/problems/unauthorized', title: 'Unauthorized', status: 401 } }]);
    renderForm();
    await userEvent.type(screen.getByLabelText('Titel'), ' 2');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alertdialog', { name: 'Sitzung abgelaufen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('Jugend stärken 2');
  });

  it('asks before leaving with unsaved changes and stays when asked to', async () => {
    fakeServer([]);
    renderForm();
    const title = screen.getByLabelText('Titel');
    await userEvent.type(title, ' neu');
    await userEvent.click(screen.getByRole('link', { name: 'Abbrechen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ungespeicherte Änderungen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(title).toHaveValue('Jugend stärken neu');

    await userEvent.click(screen.getByRole('link', { name: 'Abbrechen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Verlassen und verwerfen' }));
    expect(await screen.findByText('Andere Seite')).toBeInTheDocument();
  });

  it('leaves without asking when nothing changed', async () => {
    fakeServer([]);
    renderForm();
    await userEvent.click(screen.getByRole('link', { name: 'Abbrechen' }));
    expect(await screen.findByText('Andere Seite')).toBeInTheDocument();
  });

  it('picks the lead actor with the keyboard and removes a partner', async () => {
    const calls = fakeServer([{ status: 200, body: { ...measure, version: 4 } }]);
    renderForm({ ...measure, partnerActors: [ACTORS[0]!] as Schemas['ActorSummary'][] });
    const lead = screen.getByRole('combobox', { name: 'Federführender Akteur' });
    await userEvent.type(lead, 'bürger');
    await screen.findByRole('option', { name: 'Bürgerverein Schinkel' });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '„AWO“ entfernen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ leadActorId: ACTORS[1]!.id, partnerActorIds: [] });
  });
});
