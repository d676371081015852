import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { DownloadLinks, sheetHref } from './download-links';

describe('DownloadLinks', () => {
  it('offers the filtered list as Excel and CSV, every row (no paging)', () => {
    // as the measure list passes its filters: the API query of the page shown
    const query = { status: ['PLANNED', 'IN_PROGRESS'], q: 'Spielplatz', sort: '-progress,code', page: 2, size: 10, actor: undefined };
    renderWithProviders(<DownloadLinks apiPath="/api/v1/areas/schinkel/measures" query={query} what="Maßnahmen" />);

    expect(screen.getByRole('group', { name: 'Maßnahmen herunterladen' })).toBeInTheDocument();
    const excel = screen.getByRole('link', { name: 'Als Excel herunterladen' });
    const csv = screen.getByRole('link', { name: 'Als CSV herunterladen' });
    expect(excel).toHaveAttribute('download');
    const excelUrl = new URL(excel.getAttribute('href')!, 'https://ihk.example');
    expect(excelUrl.pathname).toBe('/api/v1/areas/schinkel/measures');
    expect(excelUrl.searchParams.get('format')).toBe('xlsx');
    expect(excelUrl.searchParams.getAll('status')).toEqual(['PLANNED', 'IN_PROGRESS']);
    expect(excelUrl.searchParams.get('q')).toBe('Spielplatz');
    expect(excelUrl.searchParams.get('sort')).toBe('-progress,code');
    expect(excelUrl.searchParams.has('page')).toBe(false);
    expect(excelUrl.searchParams.has('size')).toBe(false);
    expect(excelUrl.searchParams.has('lang')).toBe(false);
    expect(new URL(csv.getAttribute('href')!, 'https://ihk.example').searchParams.get('format')).toBe('csv');
  });

  it('asks for English headers on English pages', () => {
    renderWithProviders(<DownloadLinks apiPath="/api/v1/areas/schinkel/steps" query={{ open: true }} what="open action steps" />, {
      url: '/en/areas/schinkel/steps',
    });
    expect(screen.getByRole('group', { name: 'Download open action steps' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute(
      'href',
      '/api/v1/areas/schinkel/steps?open=true&format=csv&lang=en',
    );
  });

  it('leaves out filters that are not set', () => {
    expect(sheetHref('/api/v1/actors', 'xlsx', 'de', { area: 'schinkel', kind: undefined })).toBe('/api/v1/actors?area=schinkel&format=xlsx');
  });
});
