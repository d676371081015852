import { describe, expect, it } from 'vitest';
import { checkRules, type FieldRules, type FormValues } from '@/lib/record-form';
import {
  actorRules,
  actorToForm,
  actorToInput,
  areaRules,
  areaToInput,
  checkArea,
  committeeRules,
  committeeToForm,
  committeeToInput,
  newAreaValues,
  slugFromName,
  targetGroupRules,
  targetGroupToInput,
} from './reference-forms';

const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };
function check<V extends FormValues>(values: V, rules: FieldRules<V>) {
  return checkRules(values, rules, Object.fromEntries(Object.keys(values).map((k) => [k, k])) as Record<keyof V & string, string>, messages);
}

describe('area form', () => {
  it('creates an area with only what identifies it; years as numbers', () => {
    const values = { ...newAreaValues(), slug: 'neustadt', name: ' Neustadt ', municipality: 'Osnabrück', fundingStart: '2024', fundingEnd: '' };
    expect(areaToInput(values)).toMatchObject({ slug: 'neustadt', name: 'Neustadt', fundingStart: 2024, fundingEnd: null, budget: null, publicationStatus: 'DRAFT' });
  });

  it('checks slug and years like the API', () => {
    const m = { slugShort: 'slugShort', yearOrder: 'yearOrder' };
    const values = { ...newAreaValues(), slug: 'Neu Stadt', name: 'N', municipality: 'O', fundingStart: '2030', fundingEnd: '2020' };
    expect({ ...checkArea(values, m), ...check(values, areaRules('slugPattern')) }).toEqual({ slug: 'slugPattern', fundingEnd: 'yearOrder' });
    expect(checkArea({ ...values, slug: 'n', fundingEnd: '' }, m)).toEqual({ slug: 'slugShort' });
    expect(check({ ...values, slug: 'neu-stadt', fundingStart: '1800' }, areaRules('slugPattern'))).toEqual({ fundingStart: 'range:fundingStart' });
  });

  it('suggests a slug from the name', () => {
    expect(slugFromName('Sanierungsgebiet Schinkel-Ost')).toBe('sanierungsgebiet-schinkel-ost');
    expect(slugFromName('  Größere Straße 3 ')).toBe('groessere-strasse-3');
  });
});

describe('committee, target group and actor forms', () => {
  it('turn empty optional fields into null', () => {
    const committee = { id: 'c', version: 0, createdAt: '', updatedAt: '', name: 'Jugendhilfeausschuss', shortName: null, municipality: 'Osnabrück', oparlOrganizationUrl: null };
    expect(committeeToInput(committeeToForm(committee))).toEqual({ name: 'Jugendhilfeausschuss', shortName: null, municipality: 'Osnabrück', oparlOrganizationUrl: null });
    expect(actorToInput({ ...actorToForm(undefined), name: 'Verein', municipality: 'Osnabrück', email: ' info@verein.example ' })).toEqual({
      name: 'Verein',
      kind: 'SOCIAL_ORGANISATION',
      municipality: 'Osnabrück',
      description: null,
      website: null,
      email: 'info@verein.example',
    });
    expect(targetGroupToInput({ code: 'SENIORS ', labelDe: 'Ältere', labelEn: 'Older people' })).toEqual({ code: 'SENIORS', labelDe: 'Ältere', labelEn: 'Older people' });
  });

  it('check URLs, e-mail addresses and codes like the API', () => {
    expect(check({ name: 'A', shortName: '', municipality: 'O', oparlOrganizationUrl: 'ris.example/org' }, committeeRules('url'))).toEqual({ oparlOrganizationUrl: 'url' });
    expect(check({ ...actorToForm(undefined), name: 'A', municipality: 'O', website: 'https://a.example', email: 'kein-at' }, actorRules({ url: 'url', email: 'email' }))).toEqual({
      email: 'email',
    });
    expect(check({ ...actorToForm(undefined), name: 'A', municipality: 'O', website: 'a.example', email: '' }, actorRules({ url: 'url', email: 'email' }))).toEqual({ website: 'url' });
    expect(check({ code: 'youth', labelDe: '', labelEn: 'Y' }, targetGroupRules('code'))).toEqual({ code: 'code', labelDe: 'required:labelDe' });
    expect(check({ code: 'YOUTH_2', labelDe: 'J', labelEn: 'Y' }, targetGroupRules('code'))).toEqual({});
  });
});
