import type { Schemas } from '@/lib/api-client';

export type MeasureStatus = Schemas['MeasureStatus'];

export const STATUSES: MeasureStatus[] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];

/** Sort orders offered in the list (values of the API's `sort`). */
export const SORTS = ['code', 'title', '-progress', 'progress', 'startDate', '-startDate', 'endDate', 'status'] as const;
export type Sort = (typeof SORTS)[number];

export type View = 'list' | 'timeline' | 'map';

const VIEWS: View[] = ['list', 'timeline', 'map'];

export const PAGE_SIZE = 10;

/** What the measure list shows; lives in the URL's query string so that a link shows the same view. */
export type MeasureFilters = {
  actionField?: string;
  status: MeasureStatus[];
  targetGroup?: string;
  actor?: string;
  from?: string;
  to?: string;
  q?: string;
  /** Editors only: drafts or published measures (absent: all the caller may see). */
  publicationStatus?: Schemas['PublicationStatus'];
  sort: Sort;
  /** 1-based, as people count. */
  page: number;
  view: View;
};

export const DEFAULT_FILTERS: MeasureFilters = { status: [], sort: 'code', page: 1, view: 'list' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-fA-F-]{36}$/;
const CODE = /^[A-Z0-9_]{1,50}$/;

function text(value: string | null, max = 200): string | undefined {
  const v = value?.trim();
  return v ? v.slice(0, max) : undefined;
}

function matching(value: string | null, pattern: RegExp): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

/** Reads the filters from a query string; values that make no sense are dropped rather than sent to the API. */
export function filtersFromSearchParams(params: URLSearchParams): MeasureFilters {
  const status = [...new Set(params.getAll('status'))].filter((s): s is MeasureStatus => STATUSES.includes(s as MeasureStatus));
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    actionField: matching(params.get('actionField'), ID),
    status: STATUSES.filter((s) => status.includes(s)),
    targetGroup: matching(params.get('targetGroup'), CODE),
    actor: matching(params.get('actor'), ID),
    from: matching(params.get('from'), DATE),
    to: matching(params.get('to'), DATE),
    q: text(params.get('q')),
    publicationStatus: matching(params.get('publicationStatus'), /^(DRAFT|PUBLISHED)$/) as Schemas['PublicationStatus'] | undefined,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'code',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    view: VIEWS.find((v) => v === params.get('view')) ?? 'list',
  };
}

/** Writes the filters to a query string in a fixed order, leaving out defaults, so equal views have equal URLs. */
export function filtersToSearchParams(filters: MeasureFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== 'list') params.set('view', filters.view);
  if (filters.q) params.set('q', filters.q);
  if (filters.actionField) params.set('actionField', filters.actionField);
  for (const s of STATUSES.filter((s) => filters.status.includes(s))) params.append('status', s);
  if (filters.targetGroup) params.set('targetGroup', filters.targetGroup);
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.publicationStatus) params.set('publicationStatus', filters.publicationStatus);
  if (filters.sort !== 'code') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query of `GET /areas/{slug}/measures` for these filters (the API counts pages from 0). */
export function filtersToApiQuery(filters: MeasureFilters, size = PAGE_SIZE) {
  return {
    actionField: filters.actionField,
    status: filters.status.length ? filters.status : undefined,
    targetGroup: filters.targetGroup,
    actor: filters.actor,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    publicationStatus: filters.publicationStatus,
    sort: filters.sort === 'code' ? 'code' : `${filters.sort},code`,
    page: filters.page - 1,
    size,
  };
}

/** The query of the map of the measures (`GET /areas/{slug}/measures.geojson`): the filters and order, no page. */
export function filtersToMapQuery(filters: MeasureFilters) {
  const { page: _page, size: _size, ...query } = filtersToApiQuery(filters);
  return query;
}

/** Whether any filter narrows the list (sorting, paging and view do not). */
export function hasActiveFilters(filters: MeasureFilters): boolean {
  return Boolean(
    filters.actionField || filters.status.length || filters.targetGroup || filters.actor || filters.from || filters.to || filters.q || filters.publicationStatus,
  );
}
