import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '@/lib/i18n';

initI18n('de');

// jsdom lays nothing out and has no scrollIntoView; the layout scrolls a focused element into view.
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
});
