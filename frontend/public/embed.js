/*
 * Integriertes Handlungskonzept – the script for host pages that embed it. Include it once, after or before the
 * frames:
 *
 *   <iframe src="https://ihk.example.de/embed/areas/schinkel/committee-dates" title="…" data-ihk-embed
 *           width="100%" height="600" style="border:0"></iframe>
 *   <script src="https://ihk.example.de/embed.js" async></script>
 *
 * It fits the height of every iframe marked with data-ihk-embed to its content: the embed sends its height with
 * postMessage, and the script believes a message only when it comes from that very frame and from the origin of the
 * frame's src. It sends nothing but a request for the height, and only to those frames and their origin.
 */
(function () {
  'use strict';
  if (window.__ihkEmbed) return;
  window.__ihkEmbed = true;

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-ihk-embed]'));
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'ihk-embed:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.max(0, Math.min(Math.round(data.height), 100000)) + 'px';
        return;
      }
    }
  });

  // The frames may have sent their height before this script ran: ask them again (frames still loading send it
  // themselves once they are ready).
  function ask() {
    frames().forEach(function (frame) {
      var origin = originOf(frame);
      if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: 'ihk-embed:measure' }, origin);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
