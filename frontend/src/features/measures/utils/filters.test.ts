import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersFromSearchParams, filtersToApiQuery, filtersToSearchParams, hasActiveFilters } from './filters';

const FIELD = '00000000-0000-4000-8000-000000006003';

describe('measure filters ↔ URL', () => {
  it('reads every filter from the query string', () => {
    const f = filtersFromSearchParams(
      new URLSearchParams(`q=Jugend&actionField=${FIELD}&status=ONGOING&status=IN_PROGRESS&targetGroup=YOUTH&from=2026-01-01&to=2026-12-31&sort=-progress&page=3&view=timeline`),
    );
    expect(f).toEqual({
      q: 'Jugend',
      actionField: FIELD,
      status: ['IN_PROGRESS', 'ONGOING'],
      targetGroup: 'YOUTH',
      actor: undefined,
      from: '2026-01-01',
      to: '2026-12-31',
      sort: '-progress',
      page: 3,
      view: 'timeline',
    });
  });

  it('writes defaults as an empty query string', () => {
    expect(filtersToSearchParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('round-trips: the URL written for filters reads back as the same filters', () => {
    const filters = { ...DEFAULT_FILTERS, status: ['IN_PROGRESS' as const, 'ONGOING' as const], targetGroup: 'YOUTH', page: 2 };
    const url = filtersToSearchParams(filters).toString();
    expect(url).toBe('status=IN_PROGRESS&status=ONGOING&targetGroup=YOUTH&page=2');
    expect(filtersFromSearchParams(new URLSearchParams(url))).toEqual({ ...filters, actionField: undefined, actor: undefined, from: undefined, to: undefined, q: undefined });
  });

  it('writes the same URL whatever order the statuses were chosen in', () => {
    const a = filtersToSearchParams({ ...DEFAULT_FILTERS, status: ['ONGOING', 'IDEA'] }).toString();
    const b = filtersToSearchParams({ ...DEFAULT_FILTERS, status: ['IDEA', 'ONGOING'] }).toString();
    expect(a).toBe(b);
  });

  it('drops values that make no sense instead of sending them to the API', () => {
    const f = filtersFromSearchParams(new URLSearchParams('status=NOPE&status=PLANNED&sort=drop%20table&page=-4&from=yesterday&actionField=x&targetGroup=<b>'));
    expect(f.status).toEqual(['PLANNED']);
    expect(f.sort).toBe('code');
    expect(f.page).toBe(1);
    expect(f.from).toBeUndefined();
    expect(f.actionField).toBeUndefined();
    expect(f.targetGroup).toBeUndefined();
  });

  it('turns the 1-based page of the URL into the API’s 0-based page and breaks sort ties by code', () => {
    const query = filtersToApiQuery({ ...DEFAULT_FILTERS, page: 2, sort: '-progress', status: ['IN_PROGRESS'] }, 10);
    expect(query).toMatchObject({ page: 1, size: 10, sort: '-progress,code', status: ['IN_PROGRESS'] });
    expect(filtersToApiQuery(DEFAULT_FILTERS).status).toBeUndefined();
  });

  it('knows whether anything narrows the list', () => {
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, page: 3, sort: 'title' })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, q: 'x' })).toBe(true);
  });

  it('keeps the editors’ publication filter in the URL and sends it to the API', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('publicationStatus=DRAFT&page=2'));
    expect(filters.publicationStatus).toBe('DRAFT');
    expect(filtersToSearchParams(filters).toString()).toBe('publicationStatus=DRAFT&page=2');
    expect(filtersToApiQuery(filters)).toMatchObject({ publicationStatus: 'DRAFT', page: 1 });
    expect(hasActiveFilters(filters)).toBe(true);
    expect(filtersFromSearchParams(new URLSearchParams('publicationStatus=draft')).publicationStatus).toBeUndefined();
  });
});
