import { embedPath, embedSnippet, reportedHeight } from './embed-code';

describe('embed code', () => {
  it('puts the embed under /embed, in English under /en/embed, with the filters as query', () => {
    expect(embedPath('schinkel', 'committee-dates', 'de')).toBe('/embed/areas/schinkel/committee-dates');
    expect(embedPath('schinkel', 'measures', 'en', new URLSearchParams([['status', 'IN_PROGRESS'], ['status', 'PLANNED']]))).toBe(
      '/en/embed/areas/schinkel/measures?status=IN_PROGRESS&status=PLANNED',
    );
    expect(embedPath('a b', 'map', 'de', new URLSearchParams())).toBe('/embed/areas/a%20b/map');
  });

  it('builds a titled, marked iframe and the resize script of the same origin, with attributes escaped', () => {
    const snippet = embedSnippet('https://ihk.example.de', '/embed/areas/x/measures?q=a&b', 'Maßnahmen: "Schinkel" <Ost>');
    expect(snippet).toBe(
      '<iframe src="https://ihk.example.de/embed/areas/x/measures?q=a&amp;b" title="Maßnahmen: &quot;Schinkel&quot; &lt;Ost&gt;" data-ihk-embed loading="lazy" width="100%" height="600" style="border:0;display:block"></iframe>\n' +
        '<script src="https://ihk.example.de/embed.js" async></script>',
    );
  });

  it('believes only height messages of its own kind, with a sane number', () => {
    expect(reportedHeight({ type: 'ihk-embed:height', height: 412.4 })).toBe(412);
    expect(reportedHeight({ type: 'ihk-embed:height', height: 1e9 })).toBe(100_000);
    expect(reportedHeight({ type: 'ihk-embed:height', height: -5 })).toBe(0);
    expect(reportedHeight({ type: 'ihk-embed:height', height: '400' })).toBeUndefined();
    expect(reportedHeight({ type: 'other', height: 400 })).toBeUndefined();
    expect(reportedHeight('ihk-embed:height')).toBeUndefined();
    expect(reportedHeight(null)).toBeUndefined();
  });
});
