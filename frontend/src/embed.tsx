import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import './styles/embed.css';
import { EmbedApp } from './app/embed/embed-app';
import { initI18n } from './lib/i18n';
import { loadLanguageTexts } from './lib/language-texts';
import { langFromPath } from './lib/paths';

// The embeds (/embed/…, /en/embed/…) for other sites' frames: an entry of their own, without the app's header,
// footer and pages.
const lang = langFromPath(window.location.pathname);
initI18n(lang);
document.documentElement.lang = lang;

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}

// An English embed waits for its texts (a chunk of their own); should they fail to load, it shows German.
void loadLanguageTexts(lang)
  .catch(() => undefined)
  .then(render);
