import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules } from '@/lib/record-form';
import { ACTION_FIELD_FORM_FIELDS, actionFieldRules, actionFieldToForm, actionFieldToInput, moveField, nextPosition, type ActionFieldFormField } from './action-field-form';

const field: Schemas['ActionField'] = {
  id: '00000000-0000-4000-8000-000000006002',
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  code: 'BQ',
  title: 'Bildung',
  description: null,
  goal: 'Ziel',
  easyLanguageSummary: 'In diesem Handlungs-Feld geht es um Bildung.',
  position: 3,
  color: '#1F6FB2',
  publicationStatus: 'PUBLISHED',
};
const labels = Object.fromEntries(ACTION_FIELD_FORM_FIELDS.map((f) => [f, f])) as Record<ActionFieldFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };
const rules = actionFieldRules({ code: 'codePattern', color: 'colorPattern' });

describe('action field form', () => {
  it('keeps the position of an existing field and puts a new one where asked', () => {
    const values = { ...actionFieldToForm(field), title: '  Bildung und Qualifizierung ', goal: '' };
    expect(actionFieldToInput(values, field, 9)).toEqual({
      code: 'BQ',
      title: 'Bildung und Qualifizierung',
      goal: null,
      description: null,
      easyLanguageSummary: 'In diesem Handlungs-Feld geht es um Bildung.',
      color: '#1F6FB2',
      position: 3,
      publicationStatus: 'PUBLISHED',
    });
    expect(actionFieldToInput(actionFieldToForm(undefined), undefined, 9)).toMatchObject({ position: 9, publicationStatus: 'DRAFT', color: null });
  });

  it('checks the API rules: code and title required, code pattern, colour #RRGGBB', () => {
    expect(checkRules(actionFieldToForm(undefined), rules, labels, messages)).toEqual({ code: 'required:code', title: 'required:title' });
    const bad = { ...actionFieldToForm(field), code: '-X', color: 'blue', title: 'x'.repeat(201) };
    expect(checkRules(bad, rules, labels, messages)).toEqual({ code: 'codePattern', color: 'colorPattern', title: 'tooLong:title:200' });
    expect(checkRules(actionFieldToForm(field), rules, labels, messages)).toEqual({});
  });

  it('moves a field and renumbers only where positions change', () => {
    const fields = [
      { id: 'a', position: 0 },
      { id: 'b', position: 0 },
      { id: 'c', position: 2 },
    ];
    const { order, changes } = moveField(fields, 2, -1);
    expect(order.map((f) => f.id)).toEqual(['a', 'c', 'b']);
    expect(changes.map((c) => [c.field.id, c.position])).toEqual([
      ['c', 1],
      ['b', 2],
    ]);
    expect(moveField(fields, 0, -1).changes).toEqual([]);
    expect(nextPosition(fields)).toBe(3);
    expect(nextPosition([])).toBe(0);
  });
});
