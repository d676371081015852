import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules, diffValues } from '@/lib/record-form';
import { ACCOUNT_FORM_FIELDS, accountRules, accountToForm, accountToInput, checkAccount, type AccountFormField, type AccountFormValues } from './account-form';

const account: Schemas['Account'] = {
  id: '00000000-0000-4000-8000-000000000101',
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  username: 'redaktion-schinkel',
  displayName: 'Redaktion Schinkel',
  role: 'EDITOR',
  enabled: true,
  email: null,
  language: 'de',
  digestSubscribed: false,
  digestWeekday: 'MONDAY',
  areas: [{ id: '00000000-0000-4000-8000-000000001001', slug: 'schinkel', name: 'Sanierungsgebiet Schinkel' }],
  actors: [],
};

const labels = Object.fromEntries(ACCOUNT_FORM_FIELDS.map((f) => [f, f])) as Record<AccountFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string, max: number) => `tooLong:${f}:${max}`, range: (f: string) => `range:${f}` };
const bindings = { areasNeeded: 'areasNeeded', actorsNeeded: 'actorsNeeded', passwordLength: 'passwordLength' };
const validate = (v: AccountFormValues, creating: boolean) => ({ ...checkAccount(v, bindings), ...checkRules(v, accountRules('usernamePattern', creating), labels, messages) });

describe('account form', () => {
  it('keeps the password when none is typed and resets it when one is', () => {
    const values = accountToForm(account);
    expect(values.password).toBe('');
    expect(accountToInput(values)).toEqual({
      username: 'redaktion-schinkel',
      displayName: 'Redaktion Schinkel',
      role: 'EDITOR',
      enabled: true,
      areaIds: ['00000000-0000-4000-8000-000000001001'],
      actorIds: [],
      password: null,
      email: null,
      language: 'de',
    });
    expect(accountToInput({ ...values, password: 'ein-neues-passwort' }).password).toBe('ein-neues-passwort');
  });

  it('sends the e-mail address trimmed, none when empty, and checks it like the API', () => {
    const values = accountToForm(account);
    expect(accountToInput({ ...values, email: ' redaktion@schinkel.example ', language: 'en' })).toMatchObject({ email: 'redaktion@schinkel.example', language: 'en' });
    expect(accountToInput({ ...values, email: '  ' }).email).toBeNull();
    const rules = accountRules('usernamePattern', false, 'emailPattern');
    expect(checkRules({ ...values, email: 'name@localhost' }, rules, labels, messages)).toEqual({ email: 'emailPattern' });
    expect(checkRules({ ...values, email: 'a b@example.de' }, rules, labels, messages)).toEqual({ email: 'emailPattern' });
    expect(checkRules({ ...values, email: 'name@example.de' }, rules, labels, messages)).toEqual({});
  });

  it('sends only the bindings of the chosen role', () => {
    const values: AccountFormValues = { ...accountToForm(account), role: 'CONTRIBUTOR', actors: [{ value: 'a1', label: 'QM' }] };
    expect(accountToInput(values)).toMatchObject({ role: 'CONTRIBUTOR', areaIds: [], actorIds: ['a1'] });
    expect(accountToInput({ ...values, role: 'ADMIN', enabled: false })).toMatchObject({ areaIds: [], actorIds: [], enabled: false });
  });

  it('checks the API rules: user name, password on creation, role bindings', () => {
    const empty = accountToForm(undefined);
    expect(empty).toMatchObject({ role: 'CONTRIBUTOR', enabled: true });
    expect(validate(empty, true)).toEqual({
      username: 'required:username',
      displayName: 'required:displayName',
      password: 'required:password',
      actors: 'actorsNeeded',
    });
    expect(validate({ ...empty, username: 'mit leerzeichen', displayName: 'X', password: 'kurz', actors: [{ value: 'a', label: 'A' }] }, true)).toEqual({
      username: 'usernamePattern',
      password: 'passwordLength',
    });
    expect(validate({ ...accountToForm(account), areas: [] }, false)).toEqual({ areas: 'areasNeeded' });
    expect(validate(accountToForm(account), false)).toEqual({});
    expect(validate({ ...accountToForm(account), password: 'x'.repeat(73) }, false)).toEqual({ password: 'tooLong:password:72' });
  });

  it('compares picked areas as sets, so a reordering is no change', () => {
    const a = { ...accountToForm(account), areas: [{ value: '1', label: 'A' }, { value: '2', label: 'B' }] };
    const b = { ...a, areas: [{ value: '2', label: 'B' }, { value: '1', label: 'A' }] };
    expect(diffValues(ACCOUNT_FORM_FIELDS, a, b)).toEqual([]);
  });
});
