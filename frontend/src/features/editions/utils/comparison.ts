import type { Schemas } from '@/lib/api-client';

export type ComparisonItem = Schemas['ComparisonItem'];
export type Change = ComparisonItem['changes'][number];
export type ChangeKind = 'added' | 'removed' | 'changed';

/** The fields a comparison names that have a label of their own; others are shown by their name. */
export const FIELD_NAMES = [
  'code',
  'title',
  'summary',
  'description',
  'goal',
  'position',
  'color',
  'evidence',
  'priority',
  'status',
  'progress',
  'startDate',
  'endDate',
  'leadActor',
  'partnerActors',
  'targetGroups',
  'location',
  'budget',
  'fundingSource',
  'needs',
  'measures',
  'actionField',
  'furtherActionFields',
  'links',
  'steps',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

export interface Entry {
  kind: ChangeKind;
  type: 'need' | 'measure';
  item: ComparisonItem;
}

export interface ActionFieldGroup {
  /** The action field's id, or '' for records without one. */
  id: string;
  code: string;
  title: string;
  entries: Entry[];
}

/** The changed needs and measures by the action field they belong to, in the order the comparison lists them. */
export function groupByActionField(comparison: Schemas['EditionComparison']): ActionFieldGroup[] {
  const groups = new Map<string, ActionFieldGroup>();
  const add = (type: Entry['type'], section: Schemas['ComparisonSection']) => {
    for (const kind of ['added', 'changed', 'removed'] as const) {
      for (const item of section[kind]) {
        const field = item.actionField;
        const key = field?.id ?? '';
        let group = groups.get(key);
        if (!group) {
          group = { id: key, code: field?.code ?? '', title: field?.title ?? '', entries: [] };
          groups.set(key, group);
        }
        group.entries.push({ kind, type, item });
      }
    }
  };
  add('need', comparison.needs);
  add('measure', comparison.measures);
  return [...groups.values()];
}

/** How a value of a field change is shown; `label` translates status and priority codes. */
export function formatValue(value: unknown, field: string, label: (field: string, code: string) => string, date: (iso: string) => string, money: (m: { amount: string; currency: string }) => string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') {
    if (field === 'status' || field === 'priority') return label(field, value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return '–';
    return value.map((v) => formatValue(v, field === 'steps' ? 'step' : field, label, date, money)).join('; ');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.amount === 'string' && typeof o.currency === 'string') return money({ amount: o.amount, currency: o.currency });
    if (field === 'step' && typeof o.title === 'string') {
      const status = typeof o.status === 'string' ? ` (${label('stepStatus', o.status)})` : '';
      const due = typeof o.dueDate === 'string' ? `, ${date(o.dueDate)}` : '';
      return `${o.title}${status}${due}`;
    }
    for (const key of ['name', 'title', 'labelDe', 'label', 'code', 'url']) {
      if (typeof o[key] === 'string') return o[key];
    }
  }
  return JSON.stringify(value);
}
