/** Languages of the interface. German is the default and has no URL prefix; English lives under /en. */
export type Lang = 'de' | 'en';

export const LANGS: readonly Lang[] = ['de', 'en'];

/**
 * How the interface reads: a language, or German in Leichte Sprache (plain language) under /ls – German texts and
 * formats, with the plain-language texts where they exist, larger type and the records' Leichte Sprache summaries.
 */
export type Locale = Lang | 'ls';

const PREFIXED: readonly Locale[] = ['en', 'ls'];

export function localeFromPath(pathname: string): Locale {
  return PREFIXED.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`)) ?? 'de';
}

/** The language of a path: English under /en, German everywhere else (Leichte Sprache is German). */
export function langFromPath(pathname: string): Lang {
  return localeFromPath(pathname) === 'en' ? 'en' : 'de';
}

/** The path without its language prefix: `/en/areas/x` → `/areas/x`, `/ls/areas/x` → `/areas/x`. */
export function stripLang(pathname: string): string {
  const locale = localeFromPath(pathname);
  if (locale === 'de') return pathname;
  return pathname === `/${locale}` ? '/' : pathname.slice(locale.length + 1);
}

/** The path in the given language or Leichte Sprache: `/areas/x` → `/en/areas/x` for English. */
export function withLang(path: string, locale: Locale): string {
  if (locale === 'de') return path;
  if (path === '/' || path === '') return `/${locale}`;
  return `/${locale}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The area slug of an area page path (with or without language prefix), if any. */
export function areaSlugFromPath(pathname: string): string | undefined {
  const match = /^\/areas\/([^/]+)/.exec(stripLang(pathname));
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

const e = encodeURIComponent;

/** Paths of the pages, without language prefix. */
export const paths = {
  home: () => '/',
  area: (slug: string) => `/areas/${e(slug)}`,
  actionField: (slug: string, id: string) => `/areas/${e(slug)}/action-fields/${e(id)}`,
  need: (slug: string, id: string) => `/areas/${e(slug)}/needs/${e(id)}`,
  measures: (slug: string, query?: URLSearchParams | string) => {
    const q = query === undefined ? '' : String(query);
    return `/areas/${e(slug)}/measures${q ? `?${q}` : ''}`;
  },
  measure: (slug: string, id: string) => `/areas/${e(slug)}/measures/${e(id)}`,
  /** The committee dates of an area, optionally of one committee only. */
  presentations: (slug: string, committee?: string) =>
    `/areas/${e(slug)}/committee-dates${committee ? `?${new URLSearchParams({ committee })}` : ''}`,
  /** The needs no measure answers yet, optionally of one action field. */
  uncoveredNeeds: (slug: string, actionField?: string) =>
    `/areas/${e(slug)}/uncovered-needs${actionField ? `?${new URLSearchParams({ actionField })}` : ''}`,
  indicator: (slug: string, id: string) => `/areas/${e(slug)}/indicators/${e(id)}`,
  indicatorNew: (slug: string) => `/areas/${e(slug)}/indicators/new`,
  indicatorEdit: (slug: string, id: string) => `/areas/${e(slug)}/indicators/${e(id)}/edit`,
  committee: (id: string) => `/committees/${e(id)}`,
  actors: (slug: string) => `/areas/${e(slug)}/actors`,
  /** For editors: the code that embeds the area's measures, map or committee dates in another site. */
  embedBuilder: (slug: string) => `/areas/${e(slug)}/embed`,
  search: (q: string, area?: string) => {
    const params = new URLSearchParams({ q });
    if (area) params.set('area', area);
    return `/search?${params}`;
  },
  measureEdit: (slug: string, id: string) => `/areas/${e(slug)}/measures/${e(id)}/edit`,
  /** The form for a new measure, optionally preset to an action field and a need it answers. */
  measureNew: (slug: string, preset: { actionField?: string; need?: string } = {}) => {
    const q = new URLSearchParams(Object.entries(preset).filter((p): p is [string, string] => !!p[1])).toString();
    return `/areas/${e(slug)}/measures/new${q ? `?${q}` : ''}`;
  },
  areaEdit: (slug: string) => `/areas/${e(slug)}/edit`,
  actionFieldNew: (slug: string) => `/areas/${e(slug)}/action-fields/new`,
  actionFieldEdit: (slug: string, id: string) => `/areas/${e(slug)}/action-fields/${e(id)}/edit`,
  actionFieldOrder: (slug: string) => `/areas/${e(slug)}/action-fields/order`,
  needNew: (slug: string, actionField?: string) => `/areas/${e(slug)}/needs/new${actionField ? `?${new URLSearchParams({ actionField })}` : ''}`,
  needEdit: (slug: string, id: string) => `/areas/${e(slug)}/needs/${e(id)}/edit`,
  presentationNew: (slug: string) => `/areas/${e(slug)}/committee-dates/new`,
  presentationEdit: (slug: string, id: string) => `/areas/${e(slug)}/committee-dates/${e(id)}/edit`,
  editions: (slug: string) => `/areas/${e(slug)}/editions`,
  editionNew: (slug: string) => `/areas/${e(slug)}/editions/new`,
  editionEdit: (slug: string, id: string) => `/areas/${e(slug)}/editions/${e(id)}/edit`,
  edition: (slug: string, id: string) => `/areas/${e(slug)}/editions/${e(id)}`,
  editionCompare: (slug: string, from: string, to: string) => `/areas/${e(slug)}/editions/compare?${new URLSearchParams({ from, to })}`,
  /** The concept of an edition as a document the server makes (not a page of the app). */
  editionDocument: (slug: string, id: string, format: 'html' | 'pdf') =>
    `/api/v1/areas/${e(slug)}/editions/${e(id)}/document${format === 'pdf' ? '.pdf' : ''}`,
  login: (next?: string) => (next ? `/login?${new URLSearchParams({ next })}` : '/login'),
  myMeasures: () => '/my-measures',
  /** The signed-in person's own settings (e-mail address, weekly reminder); the reminder mails link here. */
  settings: () => '/settings',
  openData: () => '/open-data',
  workView: (slug: string) => `/areas/${e(slug)}/work`,
  /** The open action steps of all measures of an area (due dates and who is responsible). */
  steps: (slug: string) => `/areas/${e(slug)}/steps`,
  importSheet: (slug: string) => `/areas/${e(slug)}/import`,
  /** The editors' inbox of residents' messages, optionally of new or answered ones only. */
  messages: (slug: string, status?: 'NEW' | 'ANSWERED') => `/areas/${e(slug)}/messages${status ? `?${new URLSearchParams({ status })}` : ''}`,
  history: {
    area: (slug: string) => `/areas/${e(slug)}/history`,
    edition: (slug: string, id: string) => `/areas/${e(slug)}/editions/${e(id)}/history`,
    actionField: (slug: string, id: string) => `/areas/${e(slug)}/action-fields/${e(id)}/history`,
    need: (slug: string, id: string) => `/areas/${e(slug)}/needs/${e(id)}/history`,
    measure: (slug: string, id: string) => `/areas/${e(slug)}/measures/${e(id)}/history`,
    step: (slug: string, id: string, stepId: string) => `/areas/${e(slug)}/measures/${e(id)}/steps/${e(stepId)}/history`,
    presentation: (slug: string, id: string) => `/areas/${e(slug)}/presentations/${e(id)}/history`,
    indicator: (slug: string, id: string) => `/areas/${e(slug)}/indicators/${e(id)}/history`,
    actor: (id: string) => `/actors/${e(id)}/history`,
    committee: (id: string) => `/committees/${e(id)}/history`,
    targetGroup: (code: string) => `/target-groups/${e(code)}/history`,
  },
  /** The administration, or one of its pages (`accounts`, `tokens/new`, …). */
  admin: (page?: string) => (page ? `/admin/${page}` : '/admin'),
  imprint: () => '/imprint',
  accessibility: () => '/accessibility',
};

/** API lists that are also had as spreadsheets (`format=csv|xlsx`); the filters go in the query. */
export const sheetPaths = {
  measures: (slug: string) => `/api/v1/areas/${e(slug)}/measures`,
  needs: (slug: string) => `/api/v1/areas/${e(slug)}/needs`,
  steps: (slug: string) => `/api/v1/areas/${e(slug)}/steps`,
  presentations: (slug: string) => `/api/v1/areas/${e(slug)}/presentations`,
  actors: () => '/api/v1/actors',
  indicators: (slug: string) => `/api/v1/areas/${e(slug)}/indicators`,
};

/**
 * Where to go after the login: only a path of this app (one leading `/`), never another site – no `//host`, no
 * `/\\host` (browsers read a backslash as a slash), no scheme, no control characters.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || next.length > 2000 || !next.startsWith('/')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return undefined;
  return next;
}

/**
 * Maps the API path of a search result (`href`) to the page showing it.
 * Action steps open their measure at the step; actors open the actor list of `areaSlug` when there is one.
 */
export function pageOfApiHref(href: string, areaSlug?: string): string | undefined {
  const p = href.replace(/^\/api\/v1/, '');
  let m = /^\/areas\/([^/]+)\/measures\/([^/]+)\/steps\/([^/]+)$/.exec(p);
  if (m) return `${paths.measure(m[1]!, m[2]!)}#step-${m[3]}`;
  m = /^\/areas\/([^/]+)\/measures\/([^/]+)$/.exec(p);
  if (m) return paths.measure(m[1]!, m[2]!);
  m = /^\/areas\/([^/]+)\/needs\/([^/]+)$/.exec(p);
  if (m) return paths.need(m[1]!, m[2]!);
  m = /^\/areas\/([^/]+)\/indicators\/([^/]+)$/.exec(p);
  if (m) return paths.indicator(m[1]!, m[2]!);
  m = /^\/areas\/([^/]+)\/action-fields\/([^/]+)$/.exec(p);
  if (m) return paths.actionField(m[1]!, m[2]!);
  m = /^\/areas\/([^/]+)$/.exec(p);
  if (m) return paths.area(m[1]!);
  m = /^\/actors\/([^/]+)$/.exec(p);
  if (m && areaSlug) return `${paths.actors(areaSlug)}#actor-${m[1]}`;
  return undefined;
}
