/*
 * Starts the web app on a page that the server sent pre-rendered (PrerenderedAreaPages in the backend), once the
 * browser has shown that page. The server names the app's modules in this script's data-modules, the entry first,
 * instead of linking them in the head: requested at once, they would share a slow connection with the HTML, the
 * stylesheet and the fonts that the first paint waits for. The reader sees the page first; the app, which then draws
 * the same page with its data in its place, comes a moment later.
 *
 * Two frames before the request: the browser paints the page in the first, and Chrome puts a new page on the screen
 * only with the frame after its first content ("paint holding"), which a page that changes nothing would not ask for
 * before the app renders. A page opened or put in the background is not painted now: it starts the app at once, and
 * so does a page whose frames have not come within five seconds.
 */
(function () {
  'use strict';
  const modules = document.currentScript.getAttribute('data-modules').split(' ');
  let started = false;

  function start() {
    if (started) return;
    started = true;
    for (const href of modules.slice(1)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
    const entry = document.createElement('script');
    entry.type = 'module';
    entry.crossOrigin = '';
    entry.src = modules[0];
    document.head.appendChild(entry);
  }

  if (document.visibilityState === 'hidden') {
    start();
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
  // Frames stop when the page goes to the background before they came, and may never come in some browsers: then
  // the app starts anyway.
  document.addEventListener('visibilitychange', start, { once: true });
  setTimeout(start, 5000);
})();
