import type { Schemas } from '@/lib/api-client';
import { fromNullable, geometryOfText, geometryToText, toNullable, type FieldErrors, type FieldRules } from '@/lib/record-form';

type Area = Schemas['Area'];

/** Every field of the area profile (AreaInput), as the inputs hold them (empty = none). */
export type AreaFormValues = {
  name: string;
  slug: string;
  municipality: string;
  programme: string;
  fundingStart: string;
  fundingEnd: string;
  sizeHectares: string;
  inhabitants: string;
  budget: string;
  summary: string;
  /** The summary in Leichte Sprache (plain-language German), one sentence per line. */
  easyLanguageSummary: string;
  description: string;
  /** Place in the list of areas; only admins see and change it. */
  position: string;
  /** GeoJSON text of the boundary (drawn or pasted); empty: none. */
  boundary: string;
  boundaryApproximate: boolean;
  publicationStatus: Schemas['PublicationStatus'];
};

/** The geometry types an area's boundary may have. */
export const BOUNDARY_TYPES = ['Polygon', 'MultiPolygon'] as const;

export type AreaFormField = keyof AreaFormValues;

export const AREA_FORM_FIELDS: readonly AreaFormField[] = [
  'name',
  'slug',
  'municipality',
  'programme',
  'fundingStart',
  'fundingEnd',
  'sizeHectares',
  'inhabitants',
  'budget',
  'summary',
  'easyLanguageSummary',
  'description',
  'position',
  'boundary',
  'boundaryApproximate',
  'publicationStatus',
];

export function areaToForm(a: Area | undefined): AreaFormValues {
  return {
    name: a?.name ?? '',
    slug: a?.slug ?? '',
    municipality: a?.municipality ?? '',
    programme: a?.programme ?? '',
    fundingStart: fromNullable(a?.fundingStart),
    fundingEnd: fromNullable(a?.fundingEnd),
    sizeHectares: fromNullable(a?.sizeHectares),
    inhabitants: fromNullable(a?.inhabitants),
    budget: fromNullable(a?.budget?.amount),
    summary: fromNullable(a?.summary),
    easyLanguageSummary: fromNullable(a?.easyLanguageSummary),
    description: fromNullable(a?.description),
    position: fromNullable(a?.position),
    boundary: geometryToText(a?.boundary),
    boundaryApproximate: a?.boundaryApproximate ?? false,
    publicationStatus: a?.publicationStatus ?? 'DRAFT',
  };
}

/** A decimal as typed (German "94,01" or "94.01") as the API wants it ("94.01"); blank → null. */
export const decimalOf = (text: string): string | null => (text.trim() === '' ? null : text.trim().replace(',', '.'));

const numberOrNull = (text: string) => {
  const d = decimalOf(text);
  return d === null ? null : Number(d);
};

/** The complete new state of the area for PUT; the budget keeps its currency (euro when there was none). */
export function areaToInput(values: AreaFormValues, base: Area | undefined): Schemas['AreaInput'] {
  const amount = decimalOf(values.budget);
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    municipality: values.municipality.trim(),
    programme: values.programme.trim(),
    fundingStart: numberOrNull(values.fundingStart),
    fundingEnd: numberOrNull(values.fundingEnd),
    sizeHectares: numberOrNull(values.sizeHectares),
    inhabitants: numberOrNull(values.inhabitants),
    budget: amount === null ? null : { amount, currency: base?.budget?.currency ?? 'EUR' },
    summary: toNullable(values.summary),
    easyLanguageSummary: toNullable(values.easyLanguageSummary),
    description: toNullable(values.description),
    // blank keeps the position it has
    position: numberOrNull(values.position) ?? base?.position ?? null,
    boundary: (geometryOfText(values.boundary) ?? null) as Schemas['AreaInput']['boundary'],
    boundaryApproximate: values.boundary.trim() ? values.boundaryApproximate : false,
    publicationStatus: values.publicationStatus,
  };
}

/** The API's rules for AreaInput (openapi.yaml), per field. */
export function areaRules(messages: { slug: string; decimal: string; money: string }): FieldRules<AreaFormValues> {
  return {
    name: { required: true, maxLength: 200 },
    slug: { required: true, maxLength: 100, pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: messages.slug } },
    municipality: { required: true, maxLength: 200 },
    programme: { required: true, maxLength: 200 },
    fundingStart: { integer: { min: 1900, max: 2100 } },
    fundingEnd: { integer: { min: 1900, max: 2100 } },
    sizeHectares: { pattern: { regex: /^\d+([.,]\d+)?$/, message: messages.decimal } },
    inhabitants: { integer: { min: 0, max: 2147483647 } },
    budget: { pattern: { regex: /^\d{1,12}([.,]\d{1,2})?$/, message: messages.money } },
    summary: { maxLength: 2000 },
    easyLanguageSummary: { maxLength: 2000 },
    description: { maxLength: 20000 },
    position: { integer: { min: 0, max: 10000 } },
  };
}

/** Rules across fields: the slug has at least two characters, funding does not end before it starts. */
export function checkArea(
  values: AreaFormValues,
  messages: { slugShort: string; yearOrder: string; boundary?: string },
): FieldErrors<AreaFormValues> {
  const errors: FieldErrors<AreaFormValues> = {};
  if (messages.boundary && geometryOfText(values.boundary) === undefined) errors.boundary = messages.boundary;
  if (values.slug.trim().length === 1) errors.slug = messages.slugShort;
  const start = Number(values.fundingStart);
  const end = Number(values.fundingEnd);
  if (values.fundingStart.trim() && values.fundingEnd.trim() && end < start) errors.fundingEnd = messages.yearOrder;
  return errors;
}
