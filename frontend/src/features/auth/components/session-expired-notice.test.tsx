import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isSessionExpired, noteSessionExpired, noteSignedIn } from '@/lib/session-expiry';
import { renderWithProviders } from '@/testing/test-utils';
import { SessionExpiredNotice } from './session-expired-notice';

describe('SessionExpiredNotice', () => {
  it('shows nothing until the session expires, then offers to log in again and come back', async () => {
    noteSignedIn(false);
    renderWithProviders(<SessionExpiredNotice />, { url: '/en/areas/schinkel/measures?status=PLANNED' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => {
      noteSignedIn(true);
      noteSessionExpired();
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Session expired');
    expect(screen.getByRole('link', { name: 'Log in again and return to this page' })).toHaveAttribute(
      'href',
      `/en/login?next=${encodeURIComponent('/en/areas/schinkel/measures?status=PLANNED')}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close notice' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Closing the notice does not bring the session back.
    expect(isSessionExpired()).toBe(true);
  });
});
