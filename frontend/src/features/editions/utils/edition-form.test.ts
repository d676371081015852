import { describe, expect, it } from 'vitest';
import { checkRules } from '@/lib/record-form';
import { EDITION_FORM_FIELDS, editionRules, editionToForm, editionToInput, type EditionFormField } from './edition-form';

const labels = Object.fromEntries(EDITION_FORM_FIELDS.map((f) => [f, f])) as Record<EditionFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };

describe('edition form', () => {
  it('turns blanks into null and keeps the rest', () => {
    const edition = { id: 'e1', version: 0, createdAt: '', updatedAt: '', label: 'IHK 2022', publishedOn: '2022-07-04', documentUrl: null, summary: 'S', status: 'PREPARING' as const, adoptedOn: null };
    expect(editionToInput({ ...editionToForm(edition), label: ' IHK 2022 ' })).toEqual({ label: 'IHK 2022', publishedOn: '2022-07-04', documentUrl: null, summary: 'S' });
    expect(editionToInput(editionToForm(undefined))).toEqual({ label: '', publishedOn: null, documentUrl: null, summary: null });
  });

  it('checks the API rules', () => {
    const rules = editionRules('url');
    expect(checkRules(editionToForm(undefined), rules, labels, messages)).toEqual({ label: 'required:label' });
    expect(checkRules({ ...editionToForm(undefined), label: 'x', documentUrl: 'ftp://x' }, rules, labels, messages)).toEqual({ documentUrl: 'url' });
    expect(checkRules({ ...editionToForm(undefined), label: 'x', documentUrl: 'https://x.org/a.pdf' }, rules, labels, messages)).toEqual({});
  });
});
