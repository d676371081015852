import { act, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageTextsSettled } from '@/lib/language-texts';
import { localeFromPath } from '@/lib/paths';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import { Layout } from './layout';

/** Renders the layout at a URL; in English or Leichte Sprache it waits for the texts first. */
async function renderAt(url: string) {
  fakeApi({});
  await act(async () => {
    renderWithProviders(
      <Routes>
        {['/', '/en', '/ls'].map((prefix) => (
          <Route key={prefix} path={prefix} element={<Layout />}>
            <Route path="areas/:slug" element={<h1>Schinkel</h1>} />
          </Route>
        ))}
      </Routes>,
      { url },
    );
    await languageTextsSettled(localeFromPath(url));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.classList.remove('easy-language');
});

describe('the switch to Leichte Sprache in the header', () => {
  it('leads from a page to the same page in Leichte Sprache', async () => {
    await renderAt('/areas/schinkel?x=1');
    const link = screen.getByRole('link', { name: 'Leichte Sprache' });
    expect(link).toHaveAttribute('href', '/ls/areas/schinkel?x=1');
    expect(document.documentElement).not.toHaveClass('easy-language');
  });

  it('says "Leichte Sprache" in German on English pages too', async () => {
    await renderAt('/en/areas/schinkel');
    const link = screen.getByRole('link', { name: 'Leichte Sprache' });
    expect(link).toHaveAttribute('href', '/ls/areas/schinkel');
    expect(link).toHaveAttribute('lang', 'de');
  });

  it('in Leichte Sprache: larger type, plain texts, links that stay in Leichte Sprache, and the way back', async () => {
    await renderAt('/ls/areas/schinkel');
    const back = await screen.findByRole('link', { name: 'Alltags-Sprache' });
    expect(document.documentElement).toHaveClass('easy-language');
    expect(document.documentElement.lang).toBe('de');
    expect(back).toHaveAttribute('href', '/areas/schinkel');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Über-Blick' })).toHaveAttribute('href', '/ls/areas/schinkel'));
    expect(screen.getByRole('link', { name: 'Termine im Rat' })).toHaveAttribute('href', '/ls/areas/schinkel/committee-dates');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/areas/schinkel');
  });
});
