import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { StatusChart } from './status-chart';

const counts = { IDEA: 1, PLANNED: 3, IN_PROGRESS: 4, COMPLETED: 9, ONGOING: 9, DISCONTINUED: 0 };

describe('status chart', () => {
  it('has a table alternative with every status, its count and share', () => {
    renderWithProviders(<StatusChart counts={counts} caption="26 Maßnahmen nach Status" />);
    const table = screen.getByRole('table', { name: '26 Maßnahmen nach Status' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 6 + 1); // header, statuses, total
    expect(within(table).getByRole('rowheader', { name: 'In Umsetzung' }).parentElement).toHaveTextContent('In Umsetzung415 %');
    expect(within(table).getByRole('rowheader', { name: 'Eingestellt' }).parentElement).toHaveTextContent('Eingestellt00 %');
    expect(within(table).getByRole('rowheader', { name: 'Gesamt' }).parentElement).toHaveTextContent('Gesamt26100 %');
  });

  it('hides the bars from assistive technology, since the table says the same', () => {
    const { container } = renderWithProviders(<StatusChart counts={counts} caption="Status" />);
    expect(container.querySelector('.status-chart__bars')).toHaveAttribute('aria-hidden', 'true');
    const widths = [...container.querySelectorAll<HTMLElement>('.status-chart__bar')].map((bar) => bar.style.width);
    expect(widths).toEqual(['11.11111111111111%', '33.33333333333333%', '44.44444444444444%', '100%', '100%', '0%']);
  });

  it('speaks English under /en', () => {
    renderWithProviders(<StatusChart counts={counts} caption="Measures by status" />, { url: '/en/areas/x' });
    expect(screen.getByRole('rowheader', { name: 'Made permanent' })).toBeInTheDocument();
    expect(screen.getByText('Figures as a table')).toBeInTheDocument();
  });
});
