import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules } from '@/lib/record-form';
import { AREA_FORM_FIELDS, areaRules, areaToForm, areaToInput, checkArea, type AreaFormField } from './area-form';

const area: Schemas['Area'] = {
  id: '00000000-0000-4000-8000-000000001001',
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  slug: 'schinkel',
  name: 'Sanierungsgebiet Schinkel',
  municipality: 'Osnabrück',
  programme: 'Sozialer Zusammenhalt',
  fundingStart: 2018,
  fundingEnd: 2028,
  sizeHectares: 94.01,
  inhabitants: 8500,
  budget: { amount: '15000000.00', currency: 'EUR' },
  summary: 'Kurz',
  easyLanguageSummary: 'Der Schinkel ist ein Stadt-Teil.\nHier wohnen 8.500 Menschen.',
  description: null,
  position: 0, boundary: null, boundaryApproximate: false,
  publicationStatus: 'PUBLISHED',
};
const labels = Object.fromEntries(AREA_FORM_FIELDS.map((f) => [f, f])) as Record<AreaFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };
const rules = areaRules({ slug: 'slug', decimal: 'decimal', money: 'money' });
const cross = { slugShort: 'slugShort', yearOrder: 'yearOrder' };

describe('area form', () => {
  it('round-trips every field of the area', () => {
    const input = areaToInput(areaToForm(area), area);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest } = area;
    expect(input).toEqual(rest);
  });

  it('reads German decimals and blanks', () => {
    const values = { ...areaToForm(area), sizeHectares: '94,5', budget: '1250,50', inhabitants: '', fundingEnd: '' };
    expect(areaToInput(values, area)).toMatchObject({ sizeHectares: 94.5, budget: { amount: '1250.50', currency: 'EUR' }, inhabitants: null, fundingEnd: null });
    expect(areaToInput({ ...values, budget: ' ' }, area).budget).toBeNull();
  });

  it('checks the API rules and the funding years', () => {
    const bad = { ...areaToForm(area), slug: 'Schinkel Ost', name: '', fundingStart: '1800', sizeHectares: 'viel', budget: '1,234', inhabitants: '-1' };
    expect(checkRules(bad, rules, labels, messages)).toEqual({
      slug: 'slug',
      name: 'required:name',
      fundingStart: 'range:fundingStart',
      sizeHectares: 'decimal',
      budget: 'money',
      inhabitants: 'range:inhabitants',
    });
    expect(checkArea({ ...areaToForm(area), fundingStart: '2030', slug: 's' }, cross)).toEqual({ fundingEnd: 'yearOrder', slug: 'slugShort' });
    expect(checkArea(areaToForm(area), cross)).toEqual({});
  });
});
