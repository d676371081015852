import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { DeleteButton } from './delete-button';

describe('DeleteButton', () => {
  it('deletes only after the question is confirmed', async () => {
    const onDelete = vi.fn(() => Promise.resolve());
    const onDeleted = vi.fn();
    renderWithProviders(<DeleteButton label="Maßnahme löschen" question="„BQ-01“ löschen?" onDelete={onDelete} onDeleted={onDeleted} />);
    await userEvent.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    expect(await screen.findByRole('alertdialog', { name: 'Wirklich löschen?' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Nicht löschen' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Maßnahme löschen' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, endgültig löschen' }));
    expect(onDelete).toHaveBeenCalledOnce();
    expect(onDeleted).toHaveBeenCalledOnce();
  });

  it("explains a refusal with the API's detail", async () => {
    const refusal = new ApiError(409, { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'Noch von 3 Maßnahmen beantwortet.' });
    const onDeleted = vi.fn();
    renderWithProviders(<DeleteButton label="Bedarf löschen" question="Löschen?" onDelete={() => Promise.reject(refusal)} onDeleted={onDeleted} />);
    await userEvent.click(screen.getByRole('button', { name: 'Bedarf löschen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, endgültig löschen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Noch von 3 Maßnahmen beantwortet.');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
