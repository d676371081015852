import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './app/app';
import { preloadPages } from './app/page';
import { routes } from './app/router';
import { loadLanguageTexts } from './lib/language-texts';
import { initI18n } from './lib/i18n';
import { langFromPath, localeFromPath } from './lib/paths';

initI18n();
document.documentElement.lang = langFromPath(window.location.pathname);

// The first render is a transition: React renders it in slices, so the page answers input while it is built.
function render() {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

// The first render waits for the chunk of the page shown (which the page names as a preload, so it is mostly there
// already) and, in English or Leichte Sprache, for the texts; should they fail to load, the page shows German.
const locale = localeFromPath(window.location.pathname);
void Promise.all([
  preloadPages(routes, window.location.pathname).catch(() => undefined),
  loadLanguageTexts(locale).catch(() => undefined),
]).then(render);
