import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './app/app';
import { preloadPages } from './app/page';
import { createQueryClient } from './app/provider';
import { routes } from './app/router';
import { loadLanguageTexts } from './lib/language-texts';
import { initI18n } from './lib/i18n';
import { langFromPath, localeFromPath } from './lib/paths';

initI18n();
document.documentElement.lang = langFromPath(window.location.pathname);

const container = document.getElementById('root')!;
const queryClient = createQueryClient();

// The first render is a transition: React renders it in slices, so the page answers input while it is built.
function render() {
  const root = createRoot(container);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}

// The first render waits for the chunk of the page shown (which the page names as a preload, so it is mostly there
// already) and, in English or Leichte Sprache, for the texts; should they fail to load, the page shows German. A page
// that the server sent pre-rendered (PrerenderedAreaPages) also waits for its data, so that the app's first render
// shows the page in place of the pre-rendered part rather than a skeleton.
const locale = localeFromPath(window.location.pathname);
void Promise.all([
  preloadPages(routes, window.location.pathname, container.hasChildNodes() ? queryClient : undefined).catch(() => undefined),
  loadLanguageTexts(locale).catch(() => undefined),
]).then(render);
