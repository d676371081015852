import type { Schemas } from '@/lib/api-client';
import { fromNullable, toNullable, type FieldErrors, type FieldRules } from '@/lib/record-form';

// Forms of the shared reference data: areas (create), committees, target groups, actors.

const URL_RULE = (message: string) => ({ maxLength: 2000, pattern: { regex: /^https?:\/\/\S+$/, message } });

/* Areas */

export type AreaFormValues = {
  slug: string;
  name: string;
  municipality: string;
  programme: string;
  fundingStart: string;
  fundingEnd: string;
  publicationStatus: Schemas['PublicationStatus'];
};
export const AREA_FORM_FIELDS: readonly (keyof AreaFormValues)[] = ['name', 'slug', 'municipality', 'programme', 'fundingStart', 'fundingEnd', 'publicationStatus'];

export const newAreaValues = (): AreaFormValues => ({
  slug: '',
  name: '',
  municipality: '',
  programme: 'Sozialer Zusammenhalt',
  fundingStart: '',
  fundingEnd: '',
  publicationStatus: 'DRAFT',
});

/** A new area: the profile (size, budget, texts) is filled in later on the area's own form. */
export function areaToInput(v: AreaFormValues): Schemas['AreaInput'] {
  return {
    slug: v.slug.trim(),
    name: v.name.trim(),
    municipality: v.municipality.trim(),
    programme: v.programme.trim(),
    fundingStart: v.fundingStart ? Number(v.fundingStart) : null,
    fundingEnd: v.fundingEnd ? Number(v.fundingEnd) : null,
    sizeHectares: null,
    inhabitants: null,
    budget: null,
    summary: null,
    description: null,
    publicationStatus: v.publicationStatus,
  };
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function areaRules(slugMessage: string): FieldRules<AreaFormValues> {
  return {
    slug: { required: true, maxLength: 100, pattern: { regex: SLUG_PATTERN, message: slugMessage } },
    name: { required: true, maxLength: 200 },
    municipality: { required: true, maxLength: 200 },
    programme: { required: true, maxLength: 200 },
    fundingStart: { integer: { min: 1900, max: 2100 } },
    fundingEnd: { integer: { min: 1900, max: 2100 } },
  };
}

/** The slug has at least two characters; the last year of funding is not before the first. */
export function checkArea(v: AreaFormValues, m: { slugShort: string; yearOrder: string }): FieldErrors<AreaFormValues> {
  const errors: FieldErrors<AreaFormValues> = {};
  if (v.slug.trim().length === 1) errors.slug = m.slugShort;
  if (v.fundingStart && v.fundingEnd && Number(v.fundingEnd) < Number(v.fundingStart)) errors.fundingEnd = m.yearOrder;
  return errors;
}

/** A suggestion for the slug from the name: lower case, umlauts spelt out, words joined by hyphens. */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/* Committees */

export type CommitteeFormValues = { name: string; shortName: string; municipality: string; oparlOrganizationUrl: string };
export const COMMITTEE_FORM_FIELDS: readonly (keyof CommitteeFormValues)[] = ['name', 'shortName', 'municipality', 'oparlOrganizationUrl'];

export const committeeToForm = (c: Schemas['Committee'] | undefined): CommitteeFormValues => ({
  name: c?.name ?? '',
  shortName: fromNullable(c?.shortName),
  municipality: c?.municipality ?? '',
  oparlOrganizationUrl: fromNullable(c?.oparlOrganizationUrl),
});

export const committeeToInput = (v: CommitteeFormValues): Schemas['CommitteeInput'] => ({
  name: v.name.trim(),
  shortName: toNullable(v.shortName),
  municipality: v.municipality.trim(),
  oparlOrganizationUrl: toNullable(v.oparlOrganizationUrl),
});

export const committeeRules = (urlMessage: string): FieldRules<CommitteeFormValues> => ({
  name: { required: true, maxLength: 200 },
  shortName: { maxLength: 50 },
  municipality: { required: true, maxLength: 200 },
  oparlOrganizationUrl: URL_RULE(urlMessage),
});

/* Target groups */

export type TargetGroupFormValues = { code: string; labelDe: string; labelEn: string };
export const TARGET_GROUP_FORM_FIELDS: readonly (keyof TargetGroupFormValues)[] = ['code', 'labelDe', 'labelEn'];

export const targetGroupToForm = (g: Schemas['TargetGroup'] | undefined): TargetGroupFormValues => ({
  code: g?.code ?? '',
  labelDe: g?.labelDe ?? '',
  labelEn: g?.labelEn ?? '',
});

export const targetGroupToInput = (v: TargetGroupFormValues): Schemas['TargetGroupInput'] => ({
  code: v.code.trim(),
  labelDe: v.labelDe.trim(),
  labelEn: v.labelEn.trim(),
});

export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,49}$/;

export const targetGroupRules = (codeMessage: string): FieldRules<TargetGroupFormValues> => ({
  code: { required: true, maxLength: 50, pattern: { regex: CODE_PATTERN, message: codeMessage } },
  labelDe: { required: true, maxLength: 200 },
  labelEn: { required: true, maxLength: 200 },
});

/* Actors */

export type ActorFormValues = {
  name: string;
  kind: Schemas['ActorKind'];
  municipality: string;
  description: string;
  website: string;
  email: string;
};
export const ACTOR_FORM_FIELDS: readonly (keyof ActorFormValues)[] = ['name', 'kind', 'municipality', 'description', 'website', 'email'];
export const ACTOR_KINDS: readonly Schemas['ActorKind'][] = [
  'CITY_DEPARTMENT',
  'SOCIAL_ORGANISATION',
  'NETWORK_BODY',
  'QUARTER_MANAGEMENT',
  'TRUSTEE',
  'RESIDENTS_BODY',
  'SCHOOL',
  'OTHER',
];

export const actorToForm = (a: Schemas['Actor'] | undefined): ActorFormValues => ({
  name: a?.name ?? '',
  kind: a?.kind ?? 'SOCIAL_ORGANISATION',
  municipality: a?.municipality ?? '',
  description: fromNullable(a?.description),
  website: fromNullable(a?.website),
  email: fromNullable(a?.email),
});

export const actorToInput = (v: ActorFormValues): Schemas['ActorInput'] => ({
  name: v.name.trim(),
  kind: v.kind,
  municipality: v.municipality.trim(),
  description: toNullable(v.description),
  website: toNullable(v.website),
  email: toNullable(v.email),
});

export const actorRules = (m: { url: string; email: string }): FieldRules<ActorFormValues> => ({
  name: { required: true, maxLength: 200 },
  municipality: { required: true, maxLength: 200 },
  description: { maxLength: 20000 },
  website: URL_RULE(m.url),
  email: { maxLength: 320, pattern: { regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: m.email } },
});
