import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { SessionExpiredDialog } from './session-expired-dialog';

describe('SessionExpiredDialog', () => {
  it("offers the app's login form right in the dialog", async () => {
    renderWithProviders(<SessionExpiredDialog onLoggedIn={() => undefined} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Sitzung abgelaufen' });
    expect(await within(dialog).findByLabelText('Benutzername')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
  });

  it('only explains where the app provides no login form', () => {
    render(<SessionExpiredDialog onLoggedIn={() => undefined} />);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
