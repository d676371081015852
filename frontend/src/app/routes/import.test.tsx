import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import ImportPage from './import';

const me = (role: Schemas['Role']): Schemas['Me'] => ({
  accountId: 'acc',
  username: 'demo-redaktion',
  displayName: 'Redaktion',
  role,
  viaToken: false,
  areas: role === 'EDITOR' ? [{ id: 'area', slug: 'schinkel', name: 'Schinkel' }] : [],
  actors: [],
  csrfToken: null,
});

const preview = (dryRun: boolean, problems: Schemas['ImportProblem'][]): Schemas['ImportPreview'] => ({
  type: 'MEASURES',
  dryRun,
  applied: !dryRun,
  counts: { create: 1, update: 1, unchanged: 0, problems: problems.length },
  columns: [
    { key: 'code', header: 'Kürzel' },
    { key: 'progress', header: 'Fortschritt' },
  ],
  rows: [
    { row: 2, action: 'UPDATE', id: 'm1', measureId: null, label: 'BQ-01', changed: ['progress'], values: { code: 'BQ-01', progress: '40 %' } },
    { row: 3, action: 'CREATE', id: dryRun ? null : 'm9', measureId: null, label: 'BQ-09', changed: [], values: { code: 'BQ-09', progress: '140' } },
  ],
  problems,
});

function renderAt(role: Schemas['Role'], answers: Schemas['ImportPreview'][]) {
  let call = 0;
  const fetch = fakeApi({
    '/api/v1/auth/me': me(role),
    '/api/v1/areas/schinkel/imports': () => answers[Math.min(call++, answers.length - 1)],
  });
  renderWithProviders(
    <Routes>
      <Route path="/areas/:slug/import" element={<ImportPage />} />
    </Routes>,
    { url: '/areas/schinkel/import' },
  );
  return fetch;
}

const file = () => new File(['Kürzel;Fortschritt\nBQ-01;40\n'], 'massnahmen.csv', { type: 'text/csv' });

describe('ImportPage', () => {
  beforeEach(() => {
    document.cookie = 'ihk_csrf=token';
  });
  afterEach(() => {
    document.cookie = 'ihk_csrf=; max-age=0';
    vi.unstubAllGlobals();
  });

  it('marks a problem in its cell with text, not colour alone, and offers no "Übernehmen"', async () => {
    const fetch = renderAt('EDITOR', [preview(true, [{ row: 3, column: 'progress', message: 'Must be a whole percentage from 0 to 100.' }])]);
    await userEvent.upload(await screen.findByLabelText('Datei'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));

    expect(await screen.findByText('1 neu, 1 geändert, 0 unverändert')).toBeInTheDocument();
    const cell = document.getElementById('import-cell-3-progress')!;
    expect(cell).toHaveClass('import-cell--error');
    expect(within(cell).getByText('Fehler:')).toBeInTheDocument();
    expect(within(cell).getByText(/0 to 100/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Zeile 3, Fortschritt/ })).toHaveAttribute('href', '#import-cell-3-progress');
    expect(within(document.getElementById('import-cell-2-progress')!).getByText('(geändert)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Übernehmen' })).toBeNull();

    const request = fetch.mock.calls.map((c) => c[0] as Request).find((r) => r.url.includes('/imports'))!;
    const url = new URL(request.url);
    expect(url.searchParams.get('type')).toBe('measures');
    expect(url.searchParams.get('dryRun')).toBe('true');
    expect(request.headers.get('Content-Type')).toMatch(/^multipart\/form-data/);
  });

  it('applies a preview without problems and links the written records', async () => {
    const fetch = renderAt('EDITOR', [preview(true, []), preview(false, [])]);
    await userEvent.upload(await screen.findByLabelText('Datei'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Übernehmen' }));

    expect(await screen.findByRole('heading', { name: 'Import übernommen' })).toBeInTheDocument();
    expect(within(screen.getByTestId('import-applied')).getByRole('link', { name: 'BQ-09' })).toHaveAttribute('href', '/areas/schinkel/measures/m9');
    const posts = fetch.mock.calls.map((c) => c[0] as Request).filter((r) => r.url.includes('/imports'));
    expect(new URL(posts[1]!.url).searchParams.get('dryRun')).toBe('false');
  });

  it('imports indicator values and links the indicators they changed', async () => {
    const values: Schemas['ImportPreview'] = {
      ...preview(false, []),
      type: 'INDICATOR_VALUES',
      rows: [{ row: 2, action: 'CREATE', id: 'i1', measureId: null, label: 'Arbeitslosenquote – 2025', changed: [], values: {} }],
    };
    const fetch = renderAt('EDITOR', [{ ...values, dryRun: true, applied: false }, values]);
    await userEvent.click(await screen.findByRole('radio', { name: 'Indikatorwerte' }));
    await userEvent.upload(screen.getByLabelText('Datei'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Übernehmen' }));

    const applied = within(await screen.findByTestId('import-applied'));
    expect(applied.getByRole('link', { name: 'Arbeitslosenquote – 2025' })).toHaveAttribute('href', '/areas/schinkel/indicators/i1');
    const request = fetch.mock.calls.map((c) => c[0] as Request).find((r) => r.url.includes('/imports'))!;
    expect(new URL(request.url).searchParams.get('type')).toBe('indicator-values');
  });

  it('is only for editors of the area and admins', async () => {
    renderAt('CONTRIBUTOR', []);
    expect(await screen.findByText(/Sie dürfen diesen Eintrag nicht bearbeiten/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Datei')).toBeNull();
  });
});
