import type { TFunction } from 'i18next';
import type { Schemas } from '@/lib/api-client';
import { dateTimeFormat, formatDate, formatNumber, numberFormat } from '@/lib/format';
import type { Lang } from '@/lib/paths';

/** One row of a revision as shown: the field's label and its value before and after, as text. */
export interface ChangeRow {
  field: string;
  label: string;
  from: string;
  to: string;
  /** The values are text entered by people (in German), not labels of the interface. */
  isContent: boolean;
}

/** Enum fields whose values have translated labels, per record type (`status` means different things). */
const enumTexts: Partial<Record<string, string>> = {
  'MEASURE.status': 'measureStatus',
  'ACTION_STEP.status': 'stepStatus',
  'PRESENTATION.status': 'presentationStatus',
  priority: 'priority',
  publicationStatus: 'publicationStatus',
  kind: 'actorKind',
  'INDICATOR.direction': 'indicators.direction',
  'INDICATOR.valueType': 'indicators.valueType',
  'INDICATOR.spatialLevel': 'indicators.spatialLevel',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function formatDateTime(value: string, lang: Lang): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** A field value of a record's representation (any JSON) as readable text. */
export function formatValue(value: unknown, lang: Lang, t: TFunction, enumKey?: string): string {
  const none = t('history.none');
  if (value === null || value === undefined || value === '') return none;
  if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
  if (typeof value === 'number') return formatNumber(value, lang, 2);
  if (typeof value === 'string') {
    if (enumKey) {
      const key = `${enumKey}.${value}`;
      // Values the texts do not know (e.g. a new enum constant) are shown as they are.
      return t(key as never, { defaultValue: value });
    }
    if (DATE.test(value)) return formatDate(value, lang);
    if (DATE_TIME.test(value)) return formatDateTime(value, lang);
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, lang, t)).join('; ') : none;
  // What JSON has left is an object.
  return formatObject(value as Record<string, unknown>, lang);
}

/** Embedded references and small objects (money, links, target groups) by what identifies them to people. */
function formatObject(o: Record<string, unknown>, lang: Lang): string {
  const str = (k: string) => (typeof o[k] === 'string' ? o[k] : undefined);
  if (str('amount') && str('currency')) {
    return numberFormat(lang, { style: 'currency', currency: str('currency') }).format(Number(str('amount')));
  }
  // a value or target of an indicator: its year or date, and the number
  if (typeof o.value === 'number' && 'year' in o) {
    const when = typeof o.year === 'number' ? String(o.year) : formatDate(str('date'), lang);
    return `${when}: ${formatNumber(o.value, lang, 6)}`;
  }
  if (str('url')) return str('label') ? `${str('label')} (${str('url')})` : str('url')!;
  if (str('labelDe') || str('labelEn')) return (lang === 'en' ? str('labelEn') : str('labelDe')) ?? str('labelDe') ?? '';
  if (str('title')) return [str('code'), str('title')].filter(Boolean).join(' ');
  if (str('name')) return str('name')!;
  return JSON.stringify(o);
}

/** The rows of a revision: each changed field with its label and its old and new value as text. */
export function changeRows(revision: Schemas['Revision'], lang: Lang, t: TFunction): ChangeRow[] {
  const none = t('history.none');
  const rows = revision.changes.map((change) => {
    const enumKey = enumTexts[`${revision.recordType}.${change.field}`] ?? enumTexts[change.field];
    return {
      field: change.field,
      label: t(`history.fields.${change.field}` as never, { defaultValue: change.field }),
      from: formatValue(change.from, lang, t, enumKey),
      to: formatValue(change.to, lang, t, enumKey),
      isContent: !enumKey && [change.from, change.to].some((v) => typeof v === 'string' || typeof v === 'object'),
    };
  });
  // A created record lists its empty lists too (`[]` is not `null`): nothing worth a row.
  return rows.filter((row) => row.from !== none || row.to !== none);
}

/** Who made a revision: the name (readers without rights see only the role), and whether by API token. */
export function authorText(author: Schemas['RevisionAuthor'], t: TFunction): string {
  const who = author.name ?? t(`role.${author.role}`);
  return author.viaToken ? `${who} (${t('history.viaToken')})` : who;
}
