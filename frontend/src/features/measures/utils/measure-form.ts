import { actorOption } from '@/features/actors/api/actor-search';
import { needOption } from '@/features/needs/api/need-search';
import type { Schemas } from '@/lib/api-client';
import type { Lang } from '@/lib/paths';
import { fromNullable, geometryOfText, geometryToText, pickedIds, toNullable, type FieldErrors, type FieldRules, type LinkValue, type PickerOption } from '@/lib/record-form';

type Measure = Schemas['Measure'];

/** The fields the measure form edits, as the inputs hold them (strings: empty = none; pickers: chosen options). */
export type MeasureFormValues = {
  code: string;
  title: string;
  summary: string;
  /** The summary in Leichte Sprache (plain-language German), one sentence per line. */
  easyLanguageSummary: string;
  description: string;
  actionFieldId: string;
  furtherActionFieldIds: string[];
  needs: PickerOption[];
  status: Schemas['MeasureStatus'];
  priority: Schemas['Priority'];
  progress: string;
  startDate: string;
  endDate: string;
  leadActor: PickerOption[];
  partnerActors: PickerOption[];
  targetGroups: PickerOption[];
  location: string;
  /** GeoJSON text of the place on the map (drawn or pasted); empty: none. */
  locationGeometry: string;
  locationApproximate: boolean;
  budgetAmount: string;
  budgetCurrency: string;
  fundingSource: string;
  links: LinkValue[];
  publicationStatus: Schemas['PublicationStatus'];
};

export type MeasureFormField = keyof MeasureFormValues;

export const MEASURE_FORM_FIELDS: readonly MeasureFormField[] = [
  'code',
  'title',
  'summary',
  'easyLanguageSummary',
  'description',
  'actionFieldId',
  'furtherActionFieldIds',
  'needs',
  'status',
  'priority',
  'progress',
  'startDate',
  'endDate',
  'leadActor',
  'partnerActors',
  'targetGroups',
  'location',
  'locationGeometry',
  'locationApproximate',
  'budgetAmount',
  'budgetCurrency',
  'fundingSource',
  'links',
  'publicationStatus',
];

/** API field names (MeasureInput) that differ from the form's. */
export const MEASURE_API_FIELDS: Record<string, MeasureFormField> = {
  needIds: 'needs',
  leadActorId: 'leadActor',
  partnerActorIds: 'partnerActors',
  budget: 'budgetAmount',
  'budget.amount': 'budgetAmount',
  'budget.currency': 'budgetCurrency',
};

export const targetGroupOption = (g: Pick<Schemas['TargetGroup'], 'code' | 'labelDe' | 'labelEn'>, lang: Lang): PickerOption => ({
  value: g.code,
  label: lang === 'en' ? g.labelEn : g.labelDe,
});

/** The form's values for a measure, or for a new one (`undefined`) with the prefill (e.g. from `?actionField=`). */
export function measureToForm(m: Measure | undefined, lang: Lang = 'de', prefill: Partial<MeasureFormValues> = {}): MeasureFormValues {
  if (!m) {
    return {
      ...measureToForm({ ...EMPTY_MEASURE }, lang),
      ...prefill,
    };
  }
  return {
    code: m.code,
    title: m.title,
    summary: fromNullable(m.summary),
    easyLanguageSummary: fromNullable(m.easyLanguageSummary),
    description: fromNullable(m.description),
    actionFieldId: m.actionField.id,
    furtherActionFieldIds: m.furtherActionFields.map((f) => f.id),
    needs: m.needs.map(needOption),
    status: m.status,
    priority: m.priority,
    progress: String(m.progress),
    startDate: fromNullable(m.startDate),
    endDate: fromNullable(m.endDate),
    leadActor: m.leadActor ? [actorOption(m.leadActor)] : [],
    partnerActors: m.partnerActors.map(actorOption),
    targetGroups: m.targetGroups.map((g) => targetGroupOption(g, lang)),
    location: fromNullable(m.location),
    locationGeometry: geometryToText(m.locationGeometry),
    locationApproximate: m.locationApproximate,
    budgetAmount: m.budget?.amount ?? '',
    budgetCurrency: m.budget?.currency ?? 'EUR',
    fundingSource: fromNullable(m.fundingSource),
    links: m.links.map((l) => ({ label: l.label, url: l.url })),
    publicationStatus: m.publicationStatus,
  };
}

const EMPTY_MEASURE = {
  code: '',
  title: '',
  summary: null,
  easyLanguageSummary: null,
  description: null,
  actionField: { id: '' },
  furtherActionFields: [],
  needs: [],
  status: 'PLANNED',
  priority: 'MEDIUM',
  progress: 0,
  startDate: null,
  endDate: null,
  leadActor: null,
  partnerActors: [],
  targetGroups: [],
  location: null,
  locationGeometry: null,
  locationApproximate: false,
  budget: null,
  fundingSource: null,
  links: [],
  publicationStatus: 'DRAFT',
} as unknown as Measure;

/** The complete new state of the measure for PUT or POST. */
export function formToInput(values: MeasureFormValues): Schemas['MeasureInput'] {
  const amount = values.budgetAmount.trim().replace(',', '.');
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    summary: toNullable(values.summary),
    easyLanguageSummary: toNullable(values.easyLanguageSummary),
    description: toNullable(values.description),
    actionFieldId: values.actionFieldId,
    furtherActionFieldIds: values.furtherActionFieldIds.filter((id) => id !== values.actionFieldId),
    needIds: pickedIds(values.needs),
    status: values.status,
    priority: values.priority,
    progress: Number(values.progress),
    startDate: toNullable(values.startDate),
    endDate: toNullable(values.endDate),
    leadActorId: values.leadActor[0]?.value ?? null,
    partnerActorIds: pickedIds(values.partnerActors),
    targetGroups: pickedIds(values.targetGroups),
    location: toNullable(values.location),
    locationGeometry: (geometryOfText(values.locationGeometry) ?? null) as Schemas['MeasureInput']['locationGeometry'],
    locationApproximate: values.locationGeometry.trim() ? values.locationApproximate : false,
    budget: amount ? { amount, currency: values.budgetCurrency.trim().toUpperCase() } : null,
    fundingSource: toNullable(values.fundingSource),
    links: values.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
    publicationStatus: values.publicationStatus,
  };
}

/** The geometry types a measure's place may have. */
export const PLACE_TYPES = ['Point', 'Polygon'] as const;

/** Messages of the measure's own rules, translated by the caller. */
export interface MeasureRuleMessages {
  code: string;
  amount: string;
  currency: string;
  dateOrder: string;
  link: (position: number) => string;
  /** GeoJSON text of the place that is no JSON object. */
  place: string;
}

/** The API's rules for MeasureInput (openapi.yaml), per field. */
export function measureRules(messages: Pick<MeasureRuleMessages, 'code' | 'amount' | 'currency'>): FieldRules<MeasureFormValues> {
  return {
    code: { required: true, maxLength: 20, pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: messages.code } },
    title: { required: true, maxLength: 200 },
    summary: { maxLength: 2000 },
    easyLanguageSummary: { maxLength: 2000 },
    description: { maxLength: 20000 },
    actionFieldId: { required: true },
    progress: { required: true, integer: { min: 0, max: 100 } },
    location: { maxLength: 500 },
    fundingSource: { maxLength: 500 },
    budgetAmount: { pattern: { regex: /^-?\d{1,12}([.,]\d{1,2})?$/, message: messages.amount } },
    budgetCurrency: { pattern: { regex: /^[A-Za-z]{3}$/, message: messages.currency } },
  };
}

/** The rules across fields: the end not before the start, a currency with an amount, complete http(s) links. */
export function checkMeasure(values: MeasureFormValues, messages: Pick<MeasureRuleMessages, 'dateOrder' | 'currency' | 'link' | 'place'>): FieldErrors<MeasureFormValues> {
  const errors: FieldErrors<MeasureFormValues> = {};
  if (geometryOfText(values.locationGeometry) === undefined) errors.locationGeometry = messages.place;
  if (values.startDate && values.endDate && values.endDate < values.startDate) errors.endDate = messages.dateOrder;
  if (values.budgetAmount.trim() && !values.budgetCurrency.trim()) errors.budgetCurrency = messages.currency;
  const bad = values.links.findIndex((l) => !l.label.trim() || l.label.length > 200 || !/^https?:\/\/\S+$/.test(l.url.trim()) || l.url.length > 2000);
  if (bad >= 0) errors.links = messages.link(bad + 1);
  return errors;
}

/** A measure's needs after linking or unlinking `needId`. */
export function needIdsWith(needIds: string[], needId: string, linked: boolean): string[] {
  const others = needIds.filter((id) => id !== needId);
  return linked ? [...others, needId] : others;
}
