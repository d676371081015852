import { describe, expect, it } from 'vitest';
import { feedPaths, feedUrls } from './feed-urls';

describe('feedUrls', () => {
  it('gives the https address and the same address as webcal', () => {
    expect(feedUrls(feedPaths.area('schinkel'), 'https://ihk.example')).toEqual({
      https: 'https://ihk.example/api/v1/areas/schinkel/presentations.ics',
      webcal: 'webcal://ihk.example/api/v1/areas/schinkel/presentations.ics',
    });
  });

  it('keeps the port of a local server and encodes path segments', () => {
    expect(feedUrls(feedPaths.committee('a b'), 'http://localhost:8080').webcal).toBe(
      'webcal://localhost:8080/api/v1/committees/a%20b/presentations.ics',
    );
  });
});
