import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseSnippet, Snippet } from './snippet';

describe('search snippet', () => {
  it('splits the text on <mark> tags', () => {
    expect(parseSnippet('Umbau des <mark>Spielplatzes</mark> an der <mark>Schützenstraße</mark>.')).toEqual([
      { text: 'Umbau des ', mark: false },
      { text: 'Spielplatzes', mark: true },
      { text: ' an der ', mark: false },
      { text: 'Schützenstraße', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('renders only the marks as markup; escaped HTML stays text', () => {
    const { container } = render(<Snippet snippet={'&lt;script&gt;alert(1)&lt;/script&gt; <mark>Jugend</mark> &amp; Familie &quot;JUSTiQ&quot;'} />);
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('Jugend');
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script> Jugend & Familie "JUSTiQ"');
  });

  it('does not turn other tags in the snippet into elements', () => {
    const { container } = render(<Snippet snippet={'<b>fett</b> <img src=x onerror=alert(1)> <mark>Treffer</mark>'} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
  });

  it('copes with an empty snippet and unbalanced marks', () => {
    expect(parseSnippet('')).toEqual([]);
    expect(parseSnippet('a <mark>b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
});
