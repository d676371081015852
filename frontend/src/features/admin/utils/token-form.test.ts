import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkRules } from '@/lib/record-form';
import { checkToken, newTokenValues, TOKEN_FORM_FIELDS, tokenRules, tokenState, tokenToInput, type TokenFormField } from './token-form';

const today = new Date('2026-11-26T02:00:00Z');
const labels = Object.fromEntries(TOKEN_FORM_FIELDS.map((f) => [f, f])) as Record<TokenFormField, string>;
const messages = { required: (f: string) => `required:${f}`, tooLong: (f: string) => `tooLong:${f}`, range: (f: string) => `range:${f}` };
const m = { areasNeeded: 'areasNeeded', actorsNeeded: 'actorsNeeded', expiryFuture: 'expiryFuture' };

describe('token form', () => {
  it('starts as an editor token valid for a year and expires at the start of the chosen day (UTC)', () => {
    const values = newTokenValues(today);
    expect(values).toMatchObject({ role: 'EDITOR', expiresAt: '2027-11-26' });
    expect(tokenToInput({ ...values, name: ' Import ', areas: [{ value: 'area-1', label: 'Schinkel' }], actors: [{ value: 'x', label: 'X' }] })).toEqual({
      name: 'Import',
      role: 'EDITOR',
      expiresAt: '2027-11-26T00:00:00Z',
      areaIds: ['area-1'],
      actorIds: [],
    });
  });

  it('needs a name, the role binding and an expiry after today', () => {
    const values = newTokenValues(today);
    expect({ ...checkToken(values, today, m), ...checkRules(values, tokenRules, labels, messages) }).toEqual({ name: 'required:name', areas: 'areasNeeded' });
    expect(checkToken({ ...values, role: 'ADMIN', expiresAt: '2026-11-26' }, today, m)).toEqual({ expiresAt: 'expiryFuture' });
    expect(checkToken({ ...values, role: 'ADMIN', expiresAt: '2026-11-27' }, today, m)).toEqual({});
    expect(checkToken({ ...values, role: 'CONTRIBUTOR' }, today, m)).toEqual({ actors: 'actorsNeeded' });
  });

  it('tells valid, revoked and expired tokens apart', () => {
    const token = { expiresAt: '2027-01-01T00:00:00Z', revokedAt: null } as Schemas['ApiToken'];
    expect(tokenState(token, today)).toBe('active');
    expect(tokenState({ ...token, revokedAt: '2026-11-01T00:00:00Z' }, today)).toBe('revoked');
    expect(tokenState({ ...token, expiresAt: '2026-11-01T00:00:00Z' }, today)).toBe('expired');
  });
});
