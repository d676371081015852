/**
 * Splits a search snippet into text and highlighted parts. The API sends HTML-escaped text in which only
 * `<mark>` and `</mark>` are markup; everything else is unescaped here and rendered as plain text by React,
 * so nothing from the snippet is ever interpreted as HTML.
 */
export function parseSnippet(snippet: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const token of snippet.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') {
      mark = true;
    } else if (token === '</mark>') {
      mark = false;
    } else if (token) {
      parts.push({ text: unescapeHtml(token), mark });
    }
  }
  return parts;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#34': '"' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27|#34);/g, (_, name: string) => entities[name] ?? '');
}

/** A search snippet with its matches highlighted. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {parseSnippet(snippet).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
