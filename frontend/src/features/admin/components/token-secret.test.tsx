import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { TokenSecret } from './token-secret';

const SECRET = 'ihk_os_30oAJ68ZPSkItAz9qnS5eV7xb9cVei_ePJxW5joo';

describe('TokenSecret', () => {
  it('shows the secret once with a clear note, takes the focus, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<TokenSecret name="Import" secret={SECRET} />);

    const region = screen.getByRole('region', { name: 'Das Token wurde erzeugt' });
    expect(region).toHaveFocus();
    expect(region).toHaveTextContent('nur dieses eine Mal angezeigt');
    expect(screen.getByLabelText('Geheimnis des Tokens „Import“')).toHaveValue(SECRET);
    expect(region).toHaveTextContent(`Authorization: Bearer ${SECRET}`);

    await user.click(screen.getByRole('button', { name: 'Geheimnis kopieren' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await screen.findByText('Das Geheimnis ist in der Zwischenablage.')).toBeInTheDocument();
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    renderWithProviders(<TokenSecret name="Import" secret={SECRET} />);
    await user.click(screen.getByRole('button', { name: 'Geheimnis kopieren' }));
    expect(await screen.findByText(/Bitte markieren Sie das Geheimnis/)).toBeInTheDocument();
  });
});
