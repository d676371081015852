import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLanguageTexts } from '@/lib/language-texts';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { EasyLanguageSummary, easyLanguageLines } from './easy-language-summary';

describe('summary in Leichte Sprache', () => {
  it('shows one sentence per line', () => {
    expect(easyLanguageLines('Der Schinkel ist ein Stadt-Teil.\r\n\n  Hier wohnen 8.500 Menschen. \n')).toEqual([
      'Der Schinkel ist ein Stadt-Teil.',
      'Hier wohnen 8.500 Menschen.',
    ]);
    expect(easyLanguageLines(null)).toEqual([]);
  });

  it('is shown only to readers of Leichte Sprache, under a heading of its own', async () => {
    await loadLanguageTexts('ls');
    const text = 'Der Schinkel ist ein Stadt-Teil.\nHier wohnen 8.500 Menschen.';
    const { unmount } = renderWithProviders(<EasyLanguageSummary text={text} />, { url: '/areas/schinkel' });
    expect(screen.queryByText('Der Schinkel ist ein Stadt-Teil.')).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<EasyLanguageSummary text={text} />, { url: '/ls/areas/schinkel' });
    expect(i18n.language).toBe('ls');
    expect(screen.getByRole('heading', { level: 2, name: 'Das Wichtigste in Leichter Sprache' })).toBeInTheDocument();
    expect(screen.getByText('Der Schinkel ist ein Stadt-Teil.').tagName).toBe('P');
    expect(screen.getByText('Hier wohnen 8.500 Menschen.').tagName).toBe('P');
  });

  it('says so where a record has none', async () => {
    await loadLanguageTexts('ls');
    renderWithProviders(<EasyLanguageSummary text="  " />, { url: '/ls/areas/schinkel/measures/m1' });
    expect(screen.getByRole('note')).toHaveTextContent('Diese Seite gibt es noch nicht in Leichter Sprache.');
    expect(screen.getByRole('note')).toHaveTextContent('Unten steht der normale Text.');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
