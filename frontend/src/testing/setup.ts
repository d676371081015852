import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n, initI18n } from '@/lib/i18n';
import { en } from '@/lib/locales/en';

initI18n('de');
// The app loads the English texts when a page needs them; the tests render English pages at once.
i18n.addResourceBundle('en', 'translation', en, true, true);

// jsdom lays nothing out and has no scrollIntoView; the layout scrolls a focused element into view.
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  // the test files share one environment (vite.config.ts): nothing stored by one test reaches the next
  localStorage.clear();
  sessionStorage.clear();
});
