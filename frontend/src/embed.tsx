import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import './styles/embed.css';
import { EmbedApp } from './app/embed/embed-app';
import { initI18n } from './lib/i18n';

// The embeds (/embed/…, /en/embed/…) for other sites' frames: an entry of their own, without the app's header,
// footer and pages.
document.documentElement.lang = initI18n().language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
