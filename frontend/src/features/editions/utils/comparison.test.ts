import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { formatValue, groupByActionField } from './comparison';

const field = (id: string, code: string) => ({ id, code, title: `Feld ${code}` });
const item = (id: string, af: ReturnType<typeof field> | null, changes: Schemas['ComparisonItem']['changes'] = []) => ({ id, code: id, title: id, actionField: af, changes });
const empty = { added: [], removed: [], changed: [] };

describe('groupByActionField', () => {
  it('puts needs and measures of one action field together, in the order listed', () => {
    const bq = field('f1', 'BQ');
    const vb = field('f2', 'VB');
    const comparison = {
      from: { id: 'a', label: 'IHK 2022', status: 'ADOPTED', adoptedOn: '2022-06-29', live: false },
      to: { id: null, label: null, status: null, adoptedOn: null, live: true },
      counts: { actionFields: { added: 0, removed: 0, changed: 0 }, needs: { added: 1, removed: 0, changed: 0 }, measures: { added: 1, removed: 1, changed: 0 } },
      actionFields: empty,
      needs: { ...empty, added: [item('n1', vb)] },
      measures: { ...empty, added: [item('m1', bq)], removed: [item('m2', vb)] },
    } satisfies Schemas['EditionComparison'];
    const groups = groupByActionField(comparison);
    expect(groups.map((g) => g.code)).toEqual(['VB', 'BQ']);
    expect(groups[0]!.entries.map((e) => `${e.type}:${e.kind}:${e.item.id}`)).toEqual(['need:added:n1', 'measure:removed:m2']);
  });
});

describe('formatValue', () => {
  const label = (f: string, code: string) => `${f}.${code}`;
  const date = (iso: string) => iso.split('-').reverse().join('.');
  const money = (m: { amount: string; currency: string }) => `${m.amount} ${m.currency}`;
  const show = (value: unknown, f: string) => formatValue(value, f, label, date, money);

  it('translates codes, dates and money', () => {
    expect(show('IN_PROGRESS', 'status')).toBe('status.IN_PROGRESS');
    expect(show('2022-06-29', 'startDate')).toBe('29.06.2022');
    expect(show({ amount: '1000.00', currency: 'EUR' }, 'budget')).toBe('1000.00 EUR');
    expect(show(null, 'endDate')).toBe('–');
  });

  it('names embedded records and lists them', () => {
    expect(show({ id: 'x', name: 'Quartiersmanagement', kind: 'QUARTER_MANAGEMENT' }, 'leadActor')).toBe('Quartiersmanagement');
    expect(show([{ code: 'YOUTH', labelDe: 'Jugendliche', labelEn: 'Young people' }], 'targetGroups')).toBe('Jugendliche');
    expect(show(['BQ-B1', 'BQ-B2'], 'needs')).toBe('BQ-B1; BQ-B2');
    expect(show([{ title: 'Räume finden', status: 'OPEN', dueDate: '2027-01-15' }], 'steps')).toBe('Räume finden (stepStatus.OPEN), 15.01.2027');
    expect(show([], 'partnerActors')).toBe('–');
  });
});
