import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { PublishButton, savePublication } from './publish-button';

describe('PublishButton', () => {
  it('publishes a draft in one click and says so', async () => {
    const onToggle = vi.fn(() => Promise.resolve());
    renderWithProviders(<PublishButton status="DRAFT" name="Senioren" onToggle={onToggle} />);
    await userEvent.click(screen.getByRole('button', { name: 'Veröffentlichen: Senioren' }));
    expect(onToggle).toHaveBeenCalledWith('PUBLISHED');
    expect(await screen.findByRole('status')).toHaveTextContent('„Senioren“ ist veröffentlicht.');
  });

  it('takes a published record back to draft and explains a 412', async () => {
    const onToggle = vi.fn(() => Promise.reject(new ApiError(412)));
    renderWithProviders(<PublishButton status="PUBLISHED" name="Senioren" onToggle={onToggle} />, { url: '/en' });
    await userEvent.click(screen.getByRole('button', { name: 'Make draft: Senioren' }));
    expect(onToggle).toHaveBeenCalledWith('DRAFT');
    expect(await screen.findByRole('alert')).toHaveTextContent('The record was changed meanwhile.');
  });
});

describe('savePublication', () => {
  it('saves the whole record as the form would, with only the publication status changed', async () => {
    type Status = 'DRAFT' | 'PUBLISHED';
    type Rec = { version: number; title: string; publicationStatus: Status };
    type Values = { title: string; publicationStatus: Status };
    const record: Rec = { version: 3, title: 'T', publicationStatus: 'DRAFT' };
    const save = vi.fn((input: Values): Promise<Rec> => Promise.resolve({ ...input, version: 4 }));
    const definition = {
      toValues: (r: Rec | undefined): Values => ({ title: r?.title ?? '', publicationStatus: r?.publicationStatus ?? 'DRAFT' }),
      toInput: (v: Values) => ({ title: v.title, publicationStatus: v.publicationStatus }),
      save,
    };
    await savePublication(definition, record, 'PUBLISHED');
    expect(save).toHaveBeenCalledWith({ title: 'T', publicationStatus: 'PUBLISHED' }, record);
  });
});
