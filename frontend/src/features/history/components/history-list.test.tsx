import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { HistoryList } from './history-list';

const update: Schemas['Revision'] = {
  id: 'r2',
  recordType: 'MEASURE',
  recordId: 'm1',
  recordLabel: 'BQ-01 Jugend stärken im Quartier',
  action: 'UPDATED',
  changedAt: '2026-11-25T17:54:00Z',
  author: { name: 'Redaktion Schinkel', role: 'EDITOR', viaToken: false },
  changes: [
    { field: 'status', from: 'PLANNED', to: 'IN_PROGRESS' },
    { field: 'progress', from: 40, to: 60 },
    { field: 'budget', from: null, to: { amount: '120000.00', currency: 'EUR' } },
    {
      field: 'partnerActors',
      from: [{ id: 'a1', name: 'Quartiersmanagement Schinkel', kind: 'QUARTER_MANAGEMENT' }],
      to: [
        { id: 'a1', name: 'Quartiersmanagement Schinkel', kind: 'QUARTER_MANAGEMENT' },
        { id: 'a2', name: 'Heinz-Fitschen-Haus', kind: 'SOCIAL_ORGANISATION' },
      ],
    },
    { field: 'endDate', from: '2026-12-31', to: null },
    { field: 'somethingNew', from: true, to: false },
  ],
};

const created: Schemas['Revision'] = {
  ...update,
  id: 'r1',
  action: 'CREATED',
  changedAt: '2026-01-10T08:00:00Z',
  author: { name: null, role: 'EDITOR', viaToken: true },
  changes: [
    { field: 'title', from: null, to: 'Jugend stärken im Quartier' },
    { field: 'links', from: null, to: [] },
  ],
};

function row(table: HTMLElement, label: string) {
  const header = within(table).getByRole('rowheader', { name: label });
  return within(header.closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
}

describe('HistoryList', () => {
  it('shows each changed field with its old and new value, the author and the time', () => {
    renderWithProviders(<HistoryList revisions={[update, created]} />);
    const [first, second] = screen.getAllByTestId('history-entry');
    expect(within(first!).getByRole('heading', { level: 2 })).toHaveTextContent('Geändert · 25.11.2026');
    expect(first).toHaveTextContent('von Redaktion Schinkel');
    const table = within(first!).getByRole('table');
    expect(row(table, 'Status')).toEqual(['Geplant', 'In Umsetzung']);
    expect(row(table, 'Fortschritt (%)')).toEqual(['40', '60']);
    expect(row(table, 'Budget')[0]).toBe('–');
    expect(row(table, 'Budget')[1]).toMatch(/^120\.000,00\s€$/);
    expect(row(table, 'Partner')).toEqual([
      'Quartiersmanagement Schinkel',
      'Quartiersmanagement Schinkel; Heinz-Fitschen-Haus',
    ]);
    expect(row(table, 'Ende')).toEqual(['31.12.2026', '–']);
    // A field the texts do not know is shown by its name.
    expect(row(table, 'somethingNew')).toEqual(['ja', 'nein']);

    // Readers without rights see the role only.
    expect(second).toHaveTextContent('Angelegt');
    expect(second).toHaveTextContent('von Redaktion (über API-Token)');
    expect(row(within(second!).getByRole('table'), 'Titel')).toEqual(['–', 'Jugend stärken im Quartier']);
    // Empty before and after (a created record's empty list) is no change worth a row.
    expect(within(second!).queryByRole('rowheader', { name: 'Links' })).not.toBeInTheDocument();
  });

  it('speaks English under /en', () => {
    renderWithProviders(<HistoryList revisions={[update]} />, { url: '/en/x' });
    const table = screen.getByRole('table');
    expect(row(table, 'Status')).toEqual(['Planned', 'In progress']);
    expect(screen.getByRole('columnheader', { name: 'Before' })).toBeInTheDocument();
  });

  it('says when there is no change', () => {
    renderWithProviders(<HistoryList revisions={[]} />);
    expect(screen.getByText('Für diesen Eintrag ist noch keine Änderung verzeichnet.')).toBeInTheDocument();
  });
});
