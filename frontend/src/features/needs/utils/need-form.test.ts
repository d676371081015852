import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules } from '@/lib/record-form';
import { linkChanges, NEED_FORM_FIELDS, needFormToSave, needRules, needToForm, type NeedFormField } from './need-form';

const need: Schemas['Need'] = {
  id: '00000000-0000-4000-8000-000000007001',
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  actionField: { id: '00000000-0000-4000-8000-000000006002', code: 'BQ', title: 'Bildung', color: null },
  code: 'BQ-B1',
  title: 'Perspektiven',
  description: null,
  evidence: 'Befragung',
  priority: 'HIGH',
  targetGroups: [{ code: 'YOUTH', labelDe: 'Jugendliche', labelEn: 'Young people' }],
  measures: [{ id: 'm1', code: 'BQ-01', title: 'Jugend stärken', status: 'IN_PROGRESS' }],
  publicationStatus: 'DRAFT',
};
const labels = Object.fromEntries(NEED_FORM_FIELDS.map((f) => [f, f])) as Record<NeedFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };

describe('need form', () => {
  it('turns a need into form values and back into NeedInput plus the measures to answer it', () => {
    const values = needToForm(need);
    expect(values.measures).toEqual([{ value: 'm1', label: 'BQ-01 Jugend stärken' }]);
    expect(needFormToSave({ ...values, description: ' neu ', evidence: '' })).toEqual({
      need: {
        actionFieldId: need.actionField.id,
        code: 'BQ-B1',
        title: 'Perspektiven',
        description: 'neu',
        evidence: null,
        priority: 'HIGH',
        targetGroups: ['YOUTH'],
        publicationStatus: 'DRAFT',
      },
      measureIds: ['m1'],
    });
  });

  it('prefills the action field of a new need', () => {
    expect(needToForm(undefined, { actionFieldId: 'f1' })).toMatchObject({ actionFieldId: 'f1', priority: 'MEDIUM', measures: [], publicationStatus: 'DRAFT' });
  });

  it('checks the API rules', () => {
    expect(checkRules(needToForm(undefined), needRules('codePattern'), labels, messages)).toEqual({
      actionFieldId: 'required:actionFieldId',
      code: 'required:code',
      title: 'required:title',
    });
    expect(checkRules({ ...needToForm(need), code: 'a b' }, needRules('codePattern'), labels, messages)).toEqual({ code: 'codePattern' });
  });

  it('links only what changed', () => {
    expect(linkChanges(['a', 'b'], ['b', 'c'])).toEqual({ add: ['c'], remove: ['a'] });
  });
});
