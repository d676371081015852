import { describe, expect, it } from 'vitest';
import { areaSlugFromPath, langFromPath, localeFromPath, pageOfApiHref, safeNext, stripLang, withLang } from './paths';

describe('paths', () => {
  it('takes the language from the URL prefix', () => {
    expect(langFromPath('/')).toBe('de');
    expect(langFromPath('/areas/schinkel')).toBe('de');
    expect(langFromPath('/en')).toBe('en');
    expect(langFromPath('/en/areas/schinkel')).toBe('en');
    expect(langFromPath('/entwicklung')).toBe('de');
  });

  it('switches a path between languages', () => {
    expect(withLang('/areas/x', 'en')).toBe('/en/areas/x');
    expect(withLang('/', 'en')).toBe('/en');
    expect(withLang('/areas/x', 'de')).toBe('/areas/x');
    expect(stripLang('/en/areas/x')).toBe('/areas/x');
    expect(stripLang('/en')).toBe('/');
  });

  it('keeps Leichte Sprache under /ls, in German', () => {
    expect(localeFromPath('/ls/areas/schinkel')).toBe('ls');
    expect(localeFromPath('/ls')).toBe('ls');
    expect(localeFromPath('/lsx')).toBe('de');
    expect(localeFromPath('/en/areas/x')).toBe('en');
    expect(langFromPath('/ls/areas/schinkel')).toBe('de');
    expect(withLang('/areas/x', 'ls')).toBe('/ls/areas/x');
    expect(withLang('/', 'ls')).toBe('/ls');
    expect(stripLang('/ls/areas/x')).toBe('/areas/x');
    expect(stripLang('/ls')).toBe('/');
    expect(areaSlugFromPath('/ls/areas/schinkel/measures')).toBe('schinkel');
  });

  it('finds the area of a page', () => {
    expect(areaSlugFromPath('/en/areas/schinkel/measures')).toBe('schinkel');
    expect(areaSlugFromPath('/search')).toBeUndefined();
  });

  it('maps API paths of search results to pages', () => {
    const m = '/api/v1/areas/schinkel/measures/8f7e';
    expect(pageOfApiHref(m)).toBe('/areas/schinkel/measures/8f7e');
    expect(pageOfApiHref(`${m}/steps/1a2b`)).toBe('/areas/schinkel/measures/8f7e#step-1a2b');
    expect(pageOfApiHref('/api/v1/areas/schinkel/needs/n1')).toBe('/areas/schinkel/needs/n1');
    expect(pageOfApiHref('/api/v1/areas/schinkel/action-fields/f1')).toBe('/areas/schinkel/action-fields/f1');
    expect(pageOfApiHref('/api/v1/areas/schinkel')).toBe('/areas/schinkel');
    expect(pageOfApiHref('/api/v1/actors/a1', 'schinkel')).toBe('/areas/schinkel/actors#actor-a1');
    expect(pageOfApiHref('/api/v1/actors/a1')).toBeUndefined();
  });

  it('follows only paths of this app after the login', () => {
    expect(safeNext('/areas/schinkel/measures?status=IN_PROGRESS#x')).toBe('/areas/schinkel/measures?status=IN_PROGRESS#x');
    expect(safeNext('/en/areas/schinkel')).toBe('/en/areas/schinkel');
    for (const bad of ['//evil.example', '//evil.example/areas', '/\\evil.example', '/\\/evil.example', 'https://evil.example/', 'javascript:alert(1)', 'areas/x', '/\tevil', '', null, undefined]) {
      expect(safeNext(bad), String(bad)).toBeUndefined();
    }
  });
});
