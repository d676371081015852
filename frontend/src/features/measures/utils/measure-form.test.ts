import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { diffForm, formToInput, mapApiErrors, measureToForm, validateMeasureForm, type MeasureFormValues } from './measure-form';

const measure: Schemas['Measure'] = {
  id: '00000000-0000-4000-8000-000000008001',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publicationStatus: 'PUBLISHED',
  code: 'BQ-01',
  title: 'Jugend stärken',
  summary: null,
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
  location: 'Schinkel',
  budget: { amount: '1000.00', currency: 'EUR' },
  fundingSource: null,
  links: [],
  steps: [],
};

const messages = {
  required: (f: string) => `required:${f}`,
  tooLong: (f: string, max: number) => `tooLong:${f}:${max}`,
  range: (f: string) => `range:${f}`,
  dateOrder: () => 'dateOrder',
};

describe('measure form values', () => {
  it('round-trips a measure and keeps the fields the form does not show', () => {
    const values = { ...measureToForm(measure), title: '  Neu  ', summary: '' };
    const input = formToInput(values, measure);
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
});

describe('validateMeasureForm', () => {
  const valid = measureToForm(measure);
  it('accepts a valid form', () => {
    expect(validateMeasureForm(valid, messages)).toEqual({});
  });
  it('applies the API rules: title required and at most 200, progress 0–100, end not before start', () => {
    const errors = validateMeasureForm(
      { ...valid, title: ' ', summary: 'x'.repeat(2001), progress: '101', startDate: '2026-05-01', endDate: '2026-04-30' },
      messages,
    );
    expect(errors).toEqual({ title: 'required:title', summary: 'tooLong:summary:2000', progress: 'range:progress', endDate: 'dateOrder' });
    expect(validateMeasureForm({ ...valid, title: 'x'.repeat(201), progress: '-1' }, messages)).toEqual({
      title: 'tooLong:title:200',
      progress: 'range:progress',
    });
  });
});

describe('mapApiErrors', () => {
  it('puts messages next to the fields the form has and the rest into the summary', () => {
    expect(mapApiErrors({ endDate: 'must not be before startDate', actionFieldId: 'unknown action field', 'links[0].url': 'bad url', '': 'general' })).toEqual({
      fields: { endDate: 'must not be before startDate', actionFieldId: 'unknown action field' },
      other: ['links[0].url: bad url', 'general'],
    });
  });
});

describe('diffForm', () => {
  it('lists the fields where my input and the saved version differ, in form order', () => {
    const theirs: MeasureFormValues = { ...measureToForm(measure), title: 'Von jemand anderem', progress: '60' };
    const mine: MeasureFormValues = { ...measureToForm(measure), title: 'Meins', status: 'COMPLETED' };
    expect(diffForm(mine, theirs)).toEqual([
      { field: 'title', mine: 'Meins', theirs: 'Von jemand anderem' },
      { field: 'status', mine: 'COMPLETED', theirs: 'IN_PROGRESS' },
      { field: 'progress', mine: '40', theirs: '60' },
    ]);
  });
  it('is empty when both agree (surrounding blanks of the title do not count)', () => {
    expect(diffForm({ ...measureToForm(measure), title: 'Jugend stärken ' }, measureToForm(measure))).toEqual([]);
  });
});
