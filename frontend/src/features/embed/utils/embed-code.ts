import type { Lang } from '@/lib/paths';

/** What an embed shows. */
export type EmbedKind = 'committee-dates' | 'measures' | 'map';

export const EMBED_KINDS: EmbedKind[] = ['committee-dates', 'measures', 'map'];

/** The message an embed sends its host page with its height, and the one that asks it for the height again. */
export const HEIGHT_MESSAGE = 'ihk-embed:height';
export const MEASURE_MESSAGE = 'ihk-embed:measure';

const e = encodeURIComponent;

/** The path of an embed: `/embed/areas/schinkel/measures?status=IN_PROGRESS`, under `/en` in English. */
export function embedPath(slug: string, kind: EmbedKind, lang: Lang, query?: URLSearchParams): string {
  const q = query ? String(query) : '';
  return `${lang === 'en' ? '/en' : ''}/embed/areas/${e(slug)}/${kind}${q ? `?${q}` : ''}`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The HTML a host page includes: the iframe (titled, for screen readers, and marked for the resize script) and the
 * script that fits the frame's height to its content. `origin` is the app's public origin.
 */
export function embedSnippet(origin: string, path: string, title: string): string {
  return [
    `<iframe src="${attribute(origin + path)}" title="${attribute(title)}" data-ihk-embed loading="lazy" width="100%" height="600" style="border:0;display:block"></iframe>`,
    `<script src="${attribute(`${origin}/embed.js`)}" async></script>`,
  ].join('\n');
}

/** The height an embed reports, or undefined when the message is none of ours. */
export function reportedHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return Math.max(0, Math.min(Math.round(height), 100_000));
}

/**
 * Inside an embed: tells the page that frames it the height of `element` whenever it changes, and when asked (the
 * host's script may start after the embed). Sends only a number; returns the clean-up.
 */
export function reportHeight(element: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const send = (again = false) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(element);
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === MEASURE_MESSAGE) send(true);
  };
  window.addEventListener('message', onMessage);
  send();
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
