import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { Pagination, visiblePages } from './pagination';

describe('pagination', () => {
  it('shows first, last and the neighbours of the current page', () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
  });

  it('marks the current page and links the others in the current language', () => {
    renderWithProviders(<Pagination page={2} totalPages={3} hrefOf={(p) => `/areas/x/measures?page=${p}`} />, { url: '/en/areas/x/measures' });
    expect(screen.getByRole('link', { name: 'Page 2 of 3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /Next page/ })).toHaveAttribute('href', '/en/areas/x/measures?page=3');
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
  });

  it('shows nothing for a single page', () => {
    const { container } = renderWithProviders(<Pagination page={1} totalPages={1} hrefOf={() => ''} />);
    expect(container).toBeEmptyDOMElement();
  });
});
