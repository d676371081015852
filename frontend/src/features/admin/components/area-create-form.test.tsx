import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithDataRouter } from '@/testing/test-utils';
import { AreaCreateForm } from './area-create-form';

describe('AreaCreateForm', () => {
  it('lets the slug follow the name until the slug is edited itself', async () => {
    renderWithDataRouter([{ path: '*', element: <AreaCreateForm onSaved={() => undefined} /> }], { url: '/admin/areas/new' });
    const name = screen.getByLabelText('Name', { exact: false });
    const slug = screen.getByLabelText('URL-Kürzel', { exact: false });
    await userEvent.type(name, 'Südstadt Ost');
    expect(slug).toHaveValue('suedstadt-ost');

    await userEvent.clear(slug);
    await userEvent.type(slug, 'sued');
    await userEvent.type(name, ' II');
    expect(slug).toHaveValue('sued');
  });
});
