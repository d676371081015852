import type { Schemas } from '@/lib/api-client';
import { pickedIds, type FieldErrors, type FieldRules, type PickerOption } from '@/lib/record-form';
import { checkBindings, type BindingMessages } from './account-form';

type Role = Schemas['AssignableRole'];

export type TokenFormValues = {
  name: string;
  role: Role;
  expiresAt: string;
  areas: PickerOption[];
  actors: PickerOption[];
};
export type TokenFormField = keyof TokenFormValues;

export const TOKEN_FORM_FIELDS: readonly TokenFormField[] = ['name', 'role', 'areas', 'actors', 'expiresAt'];

/** `YYYY-MM-DD` of a date (UTC). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A new token: an editor token valid for a year. */
export function newTokenValues(today: Date): TokenFormValues {
  const inAYear = new Date(today);
  inAYear.setUTCFullYear(inAYear.getUTCFullYear() + 1);
  return { name: '', role: 'EDITOR', expiresAt: isoDay(inAYear), areas: [], actors: [] };
}

/** The token stops working at the start of the chosen day (UTC). */
export function tokenToInput(v: TokenFormValues): Schemas['ApiTokenInput'] {
  return {
    name: v.name.trim(),
    role: v.role,
    expiresAt: `${v.expiresAt}T00:00:00Z`,
    areaIds: v.role === 'EDITOR' ? pickedIds(v.areas) : [],
    actorIds: v.role === 'CONTRIBUTOR' ? pickedIds(v.actors) : [],
  };
}

export const tokenRules: FieldRules<TokenFormValues> = {
  name: { required: true, maxLength: 200 },
  expiresAt: { required: true },
};

/** Role bindings as for accounts, and an expiry after today (the API wants it in the future). */
export function checkToken(v: TokenFormValues, today: Date, m: BindingMessages & { expiryFuture: string }): FieldErrors<TokenFormValues> {
  const errors: FieldErrors<TokenFormValues> = checkBindings(v, m);
  if (v.expiresAt && v.expiresAt <= isoDay(today)) errors.expiresAt = m.expiryFuture;
  return errors;
}

export type TokenState = 'active' | 'revoked' | 'expired';

export function tokenState(token: Schemas['ApiToken'], now: Date): TokenState {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt) <= now ? 'expired' : 'active';
}
