import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import PresentationsPage from './presentations';

const JHA = { id: '00000000-0000-4000-8000-000000004002', name: 'Jugendhilfeausschuss', shortName: 'JHA' };
const SGA = { id: '00000000-0000-4000-8000-000000004003', name: 'Sozial- und Gesundheitsausschuss', shortName: 'SGA' };

let n = 0;
const presentation = (committee: typeof JHA, date: string, upcoming: boolean, links: Partial<Schemas['Presentation']> = {}): Schemas['Presentation'] => ({
  id: `00000000-0000-4000-8000-0000000100${String(++n).padStart(2, '0')}`,
  version: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  committee,
  date,
  time: null,
  title: `Vorstellung am ${date}`,
  description: null,
  edition: null,
  measures: [],
  presenter: null,
  status: upcoming ? 'SCHEDULED' : 'HELD',
  upcoming,
  meetingUrl: null,
  agendaItemUrl: null,
  paperUrl: null,
  location: null,
  oparlMeetingUrl: null,
  oparlAgendaItemUrl: null,
  publicationStatus: 'PUBLISHED',
  ...links,
});

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(url: string) {
  fakeApi({
    // in the API's order (by date), committees interleaved
    '/api/v1/areas/schinkel/presentations': page([
      presentation(JHA, '2022-06-15', false, { meetingUrl: 'https://ris.example/sitzung/1' }),
      presentation(SGA, '2022-06-29', false),
      presentation(SGA, '2026-12-09', true),
      presentation(JHA, '2027-03-10', true),
    ]),
    '/api/v1/committees': page([{ ...JHA, oparlOrganizationUrl: 'https://ris.example/oparl/jha' }, { ...SGA, oparlOrganizationUrl: null }]),
    '/api/v1/areas/schinkel': { slug: 'schinkel', publicationStatus: 'PUBLISHED' },
  });
  return renderWithProviders(
    <Routes>
      <Route
        path="/areas/:slug/committee-dates"
        element={
          <>
            <PresentationsPage />
            <Location />
          </>
        }
      />
    </Routes>,
    { url },
  );
}

const datesIn = (heading: string) => [...screen.getByRole('region', { name: heading }).querySelectorAll('time')].map((t) => t.getAttribute('datetime'));

afterEach(() => vi.unstubAllGlobals());

describe('committee dates', () => {
  it('lists the upcoming dates soonest first and the past ones latest first, whatever the committee', async () => {
    renderAt('/areas/schinkel/committee-dates');
    await screen.findByRole('region', { name: 'Anstehende Termine' });
    expect(datesIn('Anstehende Termine')).toEqual(['2026-12-09', '2027-03-10']);
    expect(datesIn('Vergangene Termine')).toEqual(['2022-06-29', '2022-06-15']);
    // the two June 2022 presentations of the concept stand side by side, each naming its committee
    const past = within(screen.getByRole('region', { name: 'Vergangene Termine' }));
    expect(past.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Sozial- und Gesundheitsausschuss (SGA)',
      'Jugendhilfeausschuss (JHA)',
    ]);
  });

  it('links the council information system only where a date has a link, with no placeholder elsewhere', async () => {
    renderAt('/areas/schinkel/committee-dates');
    await screen.findByRole('region', { name: 'Anstehende Termine' });
    expect(screen.getAllByRole('list', { name: 'Im Ratsinformationssystem' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Sitzung (Ratsinformationssystem)' })).toHaveAttribute('href', 'https://ris.example/sitzung/1');
    expect(screen.queryByText(/Noch keine Verknüpfung/)).toBeNull();
  });

  it('filters by committee through the URL and then names the committee with its links', async () => {
    const user = userEvent.setup();
    renderAt('/areas/schinkel/committee-dates');
    await user.selectOptions(await screen.findByLabelText('Ausschuss'), JHA.id);
    await user.click(screen.getByRole('button', { name: 'Anzeigen' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`/areas/schinkel/committee-dates?committee=${JHA.id}`);
    expect(datesIn('Anstehende Termine')).toEqual(['2027-03-10']);
    expect(datesIn('Vergangene Termine')).toEqual(['2022-06-15']);
    const about = within(screen.getByRole('region', { name: 'Über den Ausschuss' }));
    expect(about.getByRole('link', { name: 'Jugendhilfeausschuss (JHA)' })).toHaveAttribute('href', `/committees/${JHA.id}`);
    expect(about.getByRole('link', { name: 'JHA im Ratsinformationssystem' })).toHaveAttribute('href', 'https://ris.example/oparl/jha');
  });
});
