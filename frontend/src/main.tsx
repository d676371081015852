import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './app/app';
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

// A page in English or Leichte Sprache waits for its texts (a small chunk of their own); should they fail to load, it
// shows German.
const locale = localeFromPath(window.location.pathname);
if (locale === 'de') render();
else void loadLanguageTexts(locale)
    .catch(() => undefined)
    .then(render);
