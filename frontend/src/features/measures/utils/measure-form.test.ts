import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules, diffValues } from '@/lib/record-form';
import { checkMeasure, formToInput, MEASURE_FORM_FIELDS, measureRules, measureToForm, needIdsWith, type MeasureFormField, type MeasureFormValues } from './measure-form';

const measure: Schemas['Measure'] = {
  id: '00000000-0000-4000-8000-000000008001',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publicationStatus: 'PUBLISHED',
  code: 'BQ-01',
  title: 'Jugend stärken',
  summary: null,
  easyLanguageSummary: null,
  description: 'Lang',
  actionField: { id: '00000000-0000-4000-8000-000000006002', code: 'BQ', title: 'Bildung', color: null },
  furtherActionFields: [{ id: '00000000-0000-4000-8000-000000006003', code: 'KJF', title: 'Kinder', color: null }],
  needs: [{ id: '00000000-0000-4000-8000-000000007001', code: 'BQ-B1', title: 'Bedarf' }],
  status: 'IN_PROGRESS',
  priority: 'HIGH',
  progress: 40,
  startDate: '2026-01-01',
  endDate: null,
  leadActor: { id: '00000000-0000-4000-8000-000000003001', name: 'QM', kind: 'QUARTER_MANAGEMENT' },
  partnerActors: [],
  targetGroups: [{ code: 'YOUTH', labelDe: 'Jugendliche', labelEn: 'Young people' }],
  location: 'Schinkel', locationGeometry: null, locationApproximate: false,
  budget: { amount: '1000.00', currency: 'EUR' },
  fundingSource: null,
  links: [],
  steps: [],
};

const messages = {
  required: (f: string) => `required:${f}`,
  tooLong: (f: string, max: number) => `tooLong:${f}:${max}`,
  range: (f: string) => `range:${f}`,
};
const labels = Object.fromEntries(MEASURE_FORM_FIELDS.map((f) => [f, f])) as Record<MeasureFormField, string>;
const own = { code: 'codePattern', amount: 'amount', currency: 'currency', dateOrder: 'dateOrder', place: "invalid", link: (n: number) => `link:${n}` };
const validate = (values: MeasureFormValues) => ({ ...checkMeasure(values, own), ...checkRules(values, measureRules(own), labels, messages) });

describe('measure form values', () => {
  it('round-trips a measure and keeps the fields the form does not show', () => {
    const values = { ...measureToForm(measure), title: '  Neu  ', summary: '' };
    const input = formToInput(values);
    expect(input).toMatchObject({
      code: 'BQ-01',
      title: 'Neu',
      summary: null,
      progress: 40,
      endDate: null,
      needIds: ['00000000-0000-4000-8000-000000007001'],
      furtherActionFieldIds: ['00000000-0000-4000-8000-000000006003'],
      leadActorId: '00000000-0000-4000-8000-000000003001',
      targetGroups: ['YOUTH'],
      budget: { amount: '1000.00', currency: 'EUR' },
      location: 'Schinkel',
    });
  });

  it('starts a new measure as a planned draft with the prefilled action field', () => {
    const values = measureToForm(undefined, 'de', { actionFieldId: 'af', needs: [{ value: 'n1', label: 'B1 – Bedarf' }] });
    expect(values).toMatchObject({ code: '', title: '', status: 'PLANNED', progress: '0', actionFieldId: 'af', publicationStatus: 'DRAFT', budgetCurrency: 'EUR' });
    expect(formToInput(values)).toMatchObject({ needIds: ['n1'], partnerActorIds: [], leadActorId: null, links: [], budget: null, location: null });
  });

  it('sends the budget with a decimal point, the lead actor id, and no further field equal to the primary one', () => {
    const values = { ...measureToForm(measure), budgetAmount: '1500,5', furtherActionFieldIds: ['00000000-0000-4000-8000-000000006002', 'x'], leadActor: [] };
    expect(formToInput(values)).toMatchObject({ budget: { amount: '1500.5', currency: 'EUR' }, furtherActionFieldIds: ['x'], leadActorId: null });
  });
});

describe('measure rules', () => {
  const valid = measureToForm(measure);
  it('accepts a valid form', () => {
    expect(validate(valid)).toEqual({});
  });
  it('applies the API rules: title required and at most 200, progress 0–100, end not before start, code pattern', () => {
    const errors = validate({ ...valid, title: ' ', summary: 'x'.repeat(2001), easyLanguageSummary: 'x'.repeat(2001), progress: '101', startDate: '2026-05-01', endDate: '2026-04-30', code: '-x' });
    expect(errors).toEqual({ code: 'codePattern', title: 'required:title', summary: 'tooLong:summary:2000', easyLanguageSummary: 'tooLong:easyLanguageSummary:2000', progress: 'range:progress', endDate: 'dateOrder' });
    expect(validate({ ...valid, budgetAmount: '12.345', links: [{ label: 'A', url: 'https://a.de' }, { label: 'B', url: 'ftp://b' }] })).toEqual({ budgetAmount: 'amount', links: 'link:2' });
    expect(validate({ ...valid, title: 'x'.repeat(201), progress: '-1' })).toEqual({ title: 'tooLong:title:200', progress: 'range:progress' });
  });
});

describe('diffValues for measures', () => {
  it('lists the fields where my input and the saved version differ, in form order', () => {
    const theirs: MeasureFormValues = { ...measureToForm(measure), title: 'Von jemand anderem', progress: '60' };
    const mine: MeasureFormValues = { ...measureToForm(measure), title: 'Meins', status: 'COMPLETED' };
    expect(diffValues(MEASURE_FORM_FIELDS, mine, theirs)).toEqual([
      { field: 'title', mine: 'Meins', theirs: 'Von jemand anderem' },
      { field: 'status', mine: 'COMPLETED', theirs: 'IN_PROGRESS' },
      { field: 'progress', mine: '40', theirs: '60' },
    ]);
  });
  it('is empty when both agree (surrounding blanks do not count)', () => {
    expect(diffValues(MEASURE_FORM_FIELDS, { ...measureToForm(measure), title: 'Jugend stärken ' }, measureToForm(measure))).toEqual([]);
  });
});

describe('needIdsWith', () => {
  it('links or unlinks one need, keeping the others', () => {
    expect(needIdsWith(['x', 'n'], 'n', true)).toEqual(['x', 'n']);
    expect(needIdsWith(['x', 'n'], 'n', false)).toEqual(['x']);
    expect(needIdsWith([], 'n', true)).toEqual(['n']);
  });
});
