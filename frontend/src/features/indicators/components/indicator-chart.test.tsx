import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { indicatorFixture } from '../testing-fixture';
import { IndicatorChart } from './indicator-chart';
import { IndicatorStatus } from './indicator-status';
import { IndicatorTable } from './indicator-table';

describe('indicator chart and table', () => {
  it('is one image with a text alternative that names the development, the city, baseline and target', () => {
    renderWithProviders(<IndicatorChart indicator={indicatorFixture()} />);
    const chart = screen.getByRole('img', { name: /Liniendiagramm: Schulabgänger ohne Abschluss/ });
    expect(chart).toHaveAccessibleName(
      'Liniendiagramm: Schulabgänger ohne Abschluss Schulabgänger ohne Abschluss: 3 Werte von 2017 bis 2025, zuletzt 9,8\u00a0%. ' +
        'Gesamtstadt zuletzt 5,9\u00a0%. Ausgangswert 13,8\u00a0%. Ziel 2028: 8\u00a0%.',
    );
  });

  it('tells the lines apart by style and marker, not by colour alone', () => {
    const { container } = renderWithProviders(<IndicatorChart indicator={indicatorFixture()} />);
    expect(container.querySelectorAll('.indicator-chart__svg .indicator-chart__area circle')).toHaveLength(3);
    expect(container.querySelectorAll('.indicator-chart__svg .indicator-chart__city rect')).toHaveLength(3);
    expect(container.querySelector('.indicator-chart__target text')).toHaveTextContent('Ziel 2028: 8 %');
    const legend = screen.getByRole('list');
    expect(within(legend).getByText(/gestrichelte Linie, Quadrate/)).toBeInTheDocument();
  });

  it('lists every value in a table in time order', () => {
    renderWithProviders(<IndicatorTable indicator={indicatorFixture()} />);
    const table = screen.getByRole('table', { name: 'Werte von „Schulabgänger ohne Abschluss“' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['201713,8\u00a0%6,4\u00a0%', '202410,4\u00a0%5,9\u00a0%', '20259,8\u00a0%5,9\u00a0%']);
  });
});

describe('indicator status', () => {
  it('says the trend in words with the arrow hidden, and the distance to the target', () => {
    const { container } = renderWithProviders(<IndicatorStatus indicator={indicatorFixture()} />);
    expect(screen.getByText('Zuletzt (2025)')).toBeInTheDocument();
    expect(screen.getByText(/gesunken seit 2024 \(−0,6 Prozentpunkte\) – eine Verbesserung/)).toBeInTheDocument();
    expect(container.querySelector('.indicator-status__arrow')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('noch 1,8 Prozentpunkte bis zum Ziel 2028 (8 %)')).toBeInTheDocument();
  });

  it('speaks English under /en', () => {
    renderWithProviders(<IndicatorStatus indicator={indicatorFixture({ direction: 'HIGHER_IS_BETTER' })} />, { url: '/en/areas/x' });
    expect(screen.getByText(/down since 2024 \(−0.6 percentage points\) – a deterioration/)).toBeInTheDocument();
  });
});
