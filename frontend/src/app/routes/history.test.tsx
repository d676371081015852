import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import HistoryPage from './history';

const update: Schemas['Revision'] = {
  id: 'r2',
  recordType: 'MEASURE',
  recordId: 'm1',
  recordLabel: 'BQ-01 Jugend stärken im Quartier',
  action: 'UPDATED',
  changedAt: '2026-11-25T17:54:00Z',
  author: { name: 'Redaktion Schinkel', role: 'EDITOR', viaToken: false },
  changes: [{ field: 'status', from: 'PLANNED', to: 'IN_PROGRESS' }],
};

describe('HistoryPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the page of the URL and links the other pages', async () => {
    const fetch = fakeApi({ '/api/v1/areas/schinkel/measures/m1/history': () => page([update], 1, 20, 45) });
    renderWithProviders(
      <Routes>
        <Route path="/areas/:slug/measures/:id/history" element={<HistoryPage type="measure" />} />
      </Routes>,
      { url: '/areas/schinkel/measures/m1/history?page=2' },
    );
    expect(await screen.findByText('Maßnahme: BQ-01 Jugend stärken im Quartier')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Änderungsverlauf' })).toBeInTheDocument();
    const url = new URL((fetch.mock.calls[0]![0] as Request).url);
    expect(url.searchParams.get('page')).toBe('1');
    expect(screen.getByRole('link', { name: 'Zurück zum Eintrag' })).toHaveAttribute('href', '/areas/schinkel/measures/m1');
    expect(screen.getByRole('link', { name: /Seite 3/ })).toHaveAttribute('href', '/areas/schinkel/measures/m1/history?page=3');
  });
});
