import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppLink, NewTabLinks } from './app-link';

describe('AppLink', () => {
  it('navigates inside the app in the current language', () => {
    render(
      <MemoryRouter initialEntries={['/en/areas/x']}>
        <AppLink to="/areas/x/measures">Measures</AppLink>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Measures' });
    expect(link).toHaveAttribute('href', '/en/areas/x/measures');
    expect(link).not.toHaveAttribute('target');
  });

  it('inside an embed opens the full app in a new tab', () => {
    render(
      <MemoryRouter initialEntries={['/en/embed/areas/x/measures']}>
        <NewTabLinks value>
          <AppLink to="/areas/x/measures/1" state={{ focus: 'a' }} aria-label="The measure">
            Measure
          </AppLink>
        </NewTabLinks>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'The measure' });
    expect(link).toHaveAttribute('href', '/en/areas/x/measures/1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link).not.toHaveAttribute('state');
  });
});
