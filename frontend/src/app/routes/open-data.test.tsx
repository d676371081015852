import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import OpenDataPage from './open-data';

const base = 'https://ihk.example.de';
const api = `${base}/api/v1/areas/schinkel`;
const kinds = [
  ['API_JSON', api, 'application/json'],
  ['EXPORT_JSON', `${api}/export`, 'application/json'],
  ['MEASURES_CSV', `${api}/measures?format=csv`, 'text/csv'],
  ['MEASURES_XLSX', `${api}/measures?format=xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['NEEDS_CSV', `${api}/needs?format=csv`, 'text/csv'],
  ['NEEDS_XLSX', `${api}/needs?format=xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['INDICATORS_CSV', `${api}/indicators?format=csv`, 'text/csv'],
  ['INDICATORS_XLSX', `${api}/indicators?format=xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['CALENDAR_ICS', `${api}/presentations.ics`, 'text/calendar'],
] as const;

function offer(datasets: object[]) {
  return {
    iri: `${base}/api/v1/catalog`,
    title: 'Integrierte Handlungskonzepte – Stadt Osnabrück',
    description: 'Offene Daten',
    homepage: `${base}/open-data`,
    catalogUrl: `${base}/api/v1/catalog`,
    turtleUrl: `${base}/api/v1/catalog?format=ttl`,
    apiUrl: `${base}/api/v1`,
    apiDescriptionUrl: `${base}/q/openapi`,
    issued: '2026-01-01T00:00:00Z',
    modified: '2026-11-20T10:00:00Z',
    publisher: { iri: 'https://www.osnabrueck.de/', name: 'Stadt Osnabrück', type: 'http://purl.org/adms/publishertype/LocalAuthority' },
    contact: { name: 'Fachbereich Städtebau', email: null, url: 'https://www.osnabrueck.de/' },
    license: {
      uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      url: 'https://www.govdata.de/dl-de/by-2-0',
      attribution: 'Stadt Osnabrück',
      note: 'Sie dürfen die Daten nutzen, wenn Sie die Quelle nennen.',
    },
    spatial: { uri: 'http://dcat-ap.de/def/politicalGeocoding/regionalKey/034040000000', levelUri: 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality' },
    contributorId: null,
    datasets,
  };
}

const schinkel = {
  iri: `${base}/api/v1/catalog#schinkel`,
  slug: 'schinkel',
  areaName: 'Sanierungsgebiet Schinkel',
  title: 'Integriertes Handlungskonzept Sanierungsgebiet Schinkel – Osnabrück',
  description: 'Handlungsfelder, Bedarfe, Maßnahmen',
  keywords: ['Städtebauförderung'],
  fundingStart: 2018,
  fundingEnd: 2028,
  issued: '2026-01-01T00:00:00Z',
  modified: '2026-11-20T10:00:00Z',
  landingPage: `${base}/areas/schinkel`,
  distributions: kinds.map(([kind, url, mediaType]) => ({
    iri: `${base}/api/v1/catalog#schinkel-${kind}`,
    kind,
    title: kind,
    description: '',
    url,
    download: kind !== 'API_JSON',
    format: null,
    mediaType,
  })),
};

function renderPage(url = '/open-data') {
  return renderWithProviders(
    <Routes>
      <Route path="/open-data" element={<OpenDataPage />} />
      <Route path="/en/open-data" element={<OpenDataPage />} />
    </Routes>,
    { url },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('open data page', () => {
  it('explains the licence and links the catalogue in both syntaxes', async () => {
    fakeApi({ '/api/v1/open-data': offer([schinkel]) });
    renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Offene Daten');
    const licence = await screen.findByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' });
    expect(licence).toHaveAttribute('href', 'https://www.govdata.de/dl-de/by-2-0');
    expect(screen.getByText('Bitte nennen Sie als Quelle: Stadt Osnabrück.')).toBeInTheDocument();
    expect(screen.getByText('Sie dürfen die Daten nutzen, wenn Sie die Quelle nennen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Katalog als JSON-LD' })).toHaveAttribute('href', `${base}/api/v1/catalog`);
    expect(screen.getByRole('link', { name: 'Katalog als Turtle' })).toHaveAttribute('href', `${base}/api/v1/catalog?format=ttl`);
  });

  it('lists every download of each published area', async () => {
    fakeApi({ '/api/v1/open-data': offer([schinkel]) });
    renderPage();
    const area = await screen.findByRole('region', { name: 'Sanierungsgebiet Schinkel' });
    const links = within(area).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/areas/schinkel', ...kinds.map(([, url]) => url)]);
    expect(within(area).getByRole('link', { name: 'Maßnahmen als Excel-Tabelle (XLSX)' })).toHaveAttribute('href', `${api}/measures?format=xlsx`);
    expect(within(area).getByRole('link', { name: 'Ausschusstermine als Kalender (iCalendar)' })).toHaveAttribute('type', 'text/calendar');
    expect(within(area).getByText(/Förderzeitraum 2018–2028/)).toBeInTheDocument();
  });

  it('speaks English under /en and marks German content as such', async () => {
    fakeApi({ '/api/v1/open-data': offer([schinkel]) });
    renderPage('/en/open-data');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Open data');
    expect(await screen.findByRole('link', { name: 'Measures as a spreadsheet (CSV)' })).toBeInTheDocument();
    expect(screen.getByText('Please name the source as: Stadt Osnabrück.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sanierungsgebiet Schinkel' })).toHaveAttribute('lang', 'de');
    expect(screen.getByText('Sie dürfen die Daten nutzen, wenn Sie die Quelle nennen.')).toHaveAttribute('lang', 'de');
  });

  it('says so when no area is published yet', async () => {
    fakeApi({ '/api/v1/open-data': offer([]) });
    renderPage();
    expect(await screen.findByText('Es ist noch kein Fördergebiet veröffentlicht.')).toBeInTheDocument();
  });
});
