import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { feedPaths } from '../utils/feed-urls';
import { CalendarSubscription } from './calendar-subscription';

const FEED = 'https://ihk.example/api/v1/areas/schinkel/presentations.ics';

describe('CalendarSubscription', () => {
  it('offers the feed as a webcal link and as an https address to copy', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<CalendarSubscription feedPath={feedPaths.area('schinkel')} kind="area" origin="https://ihk.example" />);

    const section = screen.getByRole('region', { name: 'Termine abonnieren' });
    expect(section).toHaveTextContent('Ausschusstermine dieses Fördergebiets');
    expect(screen.getByRole('link', { name: 'Im Kalender abonnieren' })).toHaveAttribute(
      'href',
      'webcal://ihk.example/api/v1/areas/schinkel/presentations.ics',
    );
    const field = screen.getByLabelText('Adresse des Kalenders');
    expect(field).toHaveValue(FEED);
    expect(field).toHaveAttribute('readonly');
    expect(section).toHaveTextContent('Outlook');
    expect(section).toHaveTextContent('Google Kalender');
    expect(section).toHaveTextContent('Apple Kalender');

    await user.click(screen.getByRole('button', { name: 'Link kopieren' }));
    expect(writeText).toHaveBeenCalledWith(FEED);
    expect(await screen.findByText('Der Link wurde kopiert.')).toBeInTheDocument();
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    renderWithProviders(<CalendarSubscription feedPath={feedPaths.committee('c-1')} kind="committee" origin="https://ihk.example" />);
    await user.click(screen.getByRole('button', { name: 'Link kopieren' }));
    expect(await screen.findByText(/Bitte markieren und kopieren Sie ihn selbst/)).toBeInTheDocument();
  });

  it('speaks English under /en', () => {
    renderWithProviders(<CalendarSubscription feedPath={feedPaths.committee('c-1')} kind="committee" origin="https://ihk.example" />, {
      url: '/en/committees/c-1',
    });
    expect(screen.getByRole('region', { name: 'Subscribe to dates' })).toHaveTextContent('dates of this committee in all redevelopment areas');
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Subscribe in your calendar' })).toHaveAttribute(
      'href',
      'webcal://ihk.example/api/v1/committees/c-1/presentations.ics',
    );
  });
});
