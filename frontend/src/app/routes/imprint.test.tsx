import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/test-utils';
import AccessibilityPage from './accessibility';
import ImprintPage from './imprint';

const site: Schemas['Site'] = {
  operator: 'Stadt Osnabrück',
  address: ['Fachbereich Städtebau', 'Postfach 4460', '49034 Osnabrück'],
  representedBy: 'die Oberbürgermeisterin',
  email: 'ihk@osnabrueck.example',
  phone: '+49 541 323-0',
  contentResponsible: 'Quartiersmanagement Schinkel, Tannenburgstraße 61, 49084 Osnabrück',
  accessibilityEmail: 'barrierefreiheit@osnabrueck.example',
  enforcementBody: null, mapTileUrl: null, mapAttribution: null,
};
const unset: Schemas['Site'] = {
  operator: null,
  address: [],
  representedBy: null,
  email: null,
  phone: null,
  contentResponsible: null,
  accessibilityEmail: null,
  enforcementBody: null, mapTileUrl: null, mapAttribution: null,
};

afterEach(() => vi.unstubAllGlobals());

describe('imprint and accessibility statement', () => {
  it('show the operator details of the settings and no placeholder', async () => {
    fakeApi({ '/api/v1/site': site });
    const { container } = renderWithProviders(<ImprintPage />, { url: '/imprint' });
    expect((await screen.findByText('Fachbereich Städtebau')).parentElement).toHaveTextContent('Stadt OsnabrückFachbereich StädtebauPostfach 446049034 Osnabrück');
    expect(screen.getByText('Vertreten durch die Oberbürgermeisterin.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ihk@osnabrueck.example' })).toHaveAttribute('href', 'mailto:ihk@osnabrueck.example');
    expect(screen.getByRole('link', { name: '+49 541 323-0' })).toHaveAttribute('href', 'tel:+495413230');
    expect(screen.getByText(/Quartiersmanagement Schinkel, Tannenburgstraße 61/)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\[|Musterstadt|Platzhalter/);
  });

  it('name the feedback address of the statement, in English too', async () => {
    fakeApi({ '/api/v1/site': site });
    const { container } = renderWithProviders(<AccessibilityPage />, { url: '/en/accessibility' });
    const mail = await screen.findByRole('link', { name: 'barrierefreiheit@osnabrueck.example' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:barrierefreiheit@osnabrueck\.example\?subject=/);
    expect(screen.getByText(/Provider of this website: Stadt Osnabrück\./)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\[|Sample Town|Placeholder/);
  });

  it('say plainly when the operator has not entered the details yet', async () => {
    fakeApi({ '/api/v1/site': unset });
    const { container } = renderWithProviders(<ImprintPage />, { url: '/imprint' });
    expect(await screen.findByText('Die Angaben zur Anbieterin dieser Website sind noch nicht hinterlegt.')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\[/);
  });
});
