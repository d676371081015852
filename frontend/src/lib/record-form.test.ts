import { describe, expect, it } from 'vitest';
import { checkRules, diffValues, mapApiErrors } from './record-form';

type V = { name: string; size: string; tags: string[]; people: { value: string; label: string }[]; open: boolean };
const fields = ['name', 'size', 'tags', 'people', 'open'] as const;
const labels = { name: 'Name', size: 'Größe', tags: 'Tags', people: 'Leute', open: 'Offen' };
const messages = {
  required: (l: string) => `required:${l}`,
  tooLong: (l: string, max: number) => `tooLong:${l}:${max}`,
  range: (l: string, min: number, max: number) => `range:${l}:${min}-${max}`,
};
const values: V = { name: 'A', size: '3', tags: [], people: [], open: false };

describe('checkRules', () => {
  it('checks required, length, whole-number range and pattern; empty optional fields pass', () => {
    const rules = {
      name: { required: true, maxLength: 3, pattern: { regex: /^[A-Z]+$/, message: 'pattern' } },
      size: { integer: { min: 1, max: 5 } },
      people: { required: true },
    };
    expect(checkRules(values, rules, labels, messages)).toEqual({ people: 'required:Leute' });
    expect(checkRules({ ...values, name: ' ', size: '' }, rules, labels, messages)).toEqual({ name: 'required:Name', people: 'required:Leute' });
    expect(checkRules({ ...values, name: 'ABCD', size: '6', people: [{ value: '1', label: 'x' }] }, rules, labels, messages)).toEqual({
      name: 'tooLong:Name:3',
      size: 'range:Größe:1-5',
    });
    expect(checkRules({ ...values, name: 'a', size: '2.5' }, rules, labels, messages)).toMatchObject({ name: 'pattern', size: 'range:Größe:1-5' });
  });
});

describe('diffValues', () => {
  it('compares text without surrounding blanks and lists by id, ignoring order and labels', () => {
    const mine: V = { ...values, name: 'A ', tags: ['x', 'y'], people: [{ value: '1', label: 'Eins' }, { value: '2', label: 'Zwei' }] };
    const theirs: V = { ...values, tags: ['y', 'x'], people: [{ value: '2', label: 'zwei' }, { value: '1', label: 'eins' }] };
    expect(diffValues(fields, mine, theirs)).toEqual([]);
    expect(diffValues(fields, { ...mine, open: true, tags: ['x'] }, theirs).map((d) => d.field)).toEqual(['tags', 'open']);
  });
});

describe('mapApiErrors', () => {
  it('puts messages next to the fields the form has and the rest into the summary', () => {
    expect(mapApiErrors({ size: 'too big', partnerIds: 'unknown actor', 'tags[1]': 'bad tag', 'links[0].url': 'bad url', '': 'general' }, fields, { partnerIds: 'people' })).toEqual({
      fields: { size: 'too big', people: 'unknown actor', tags: 'bad tag' },
      other: ['links[0].url: bad url', 'general'],
    });
  });
});
