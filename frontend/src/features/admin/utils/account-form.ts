import { actorOption } from '@/features/actors/api/actor-search';
import type { Schemas } from '@/lib/api-client';
import { EMAIL_PATTERN, pickedIds, type FieldErrors, type FieldRules, type PickerOption } from '@/lib/record-form';

type Account = Schemas['Account'];
type Role = Schemas['AssignableRole'];
type Language = Schemas['MailLanguage'];

export const MAIL_LANGUAGES: readonly Language[] = ['de', 'en'];

export const ASSIGNABLE_ROLES: readonly Role[] = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'];

export type AccountFormValues = {
  username: string;
  displayName: string;
  role: Role;
  enabled: boolean;
  areas: PickerOption[];
  actors: PickerOption[];
  password: string;
  email: string;
  language: Language;
};
export type AccountFormField = keyof AccountFormValues;

export const ACCOUNT_FORM_FIELDS: readonly AccountFormField[] = ['username', 'displayName', 'role', 'areas', 'actors', 'enabled', 'email', 'language', 'password'];

/** Role bindings as picker choices: areas of editors, actors of contributors. */
export const areaOption = (a: { id: string; name: string }): PickerOption => ({ value: a.id, label: a.name });

export function accountToForm(a: Account | undefined): AccountFormValues {
  return {
    username: a?.username ?? '',
    displayName: a?.displayName ?? '',
    role: a?.role === 'ANONYMOUS' || !a ? 'CONTRIBUTOR' : a.role,
    enabled: a?.enabled ?? true,
    areas: a?.areas.map(areaOption) ?? [],
    actors: a?.actors.map(actorOption) ?? [],
    // A password is never read back: empty keeps the current one.
    password: '',
    email: a?.email ?? '',
    language: a?.language ?? 'de',
  };
}

/** The complete new state; bindings only for the role that keeps them, the password only when one was typed. */
export function accountToInput(v: AccountFormValues): Schemas['AccountInput'] {
  return {
    username: v.username.trim(),
    displayName: v.displayName.trim(),
    role: v.role,
    enabled: v.enabled,
    areaIds: v.role === 'EDITOR' ? pickedIds(v.areas) : [],
    actorIds: v.role === 'CONTRIBUTOR' ? pickedIds(v.actors) : [],
    password: v.password === '' ? null : v.password,
    email: v.email.trim() === '' ? null : v.email.trim(),
    language: v.language,
  };
}

export const USERNAME_PATTERN = /^[A-Za-z0-9._@-]+$/;

export function accountRules(usernameMessage: string, creating: boolean, emailMessage = ''): FieldRules<AccountFormValues> {
  return {
    email: { maxLength: 254, pattern: { regex: EMAIL_PATTERN, message: emailMessage } },
    username: { required: true, maxLength: 100, pattern: { regex: USERNAME_PATTERN, message: usernameMessage } },
    displayName: { required: true, maxLength: 200 },
    password: { required: creating, maxLength: 72 },
  };
}

export interface BindingMessages {
  areasNeeded: string;
  actorsNeeded: string;
}

/**
 * The rules across fields: an editor needs an area, a contributor an actor (shared with API tokens), and a
 * password has 12 to 72 characters.
 */
export function checkBindings(v: { role: Role; areas: PickerOption[]; actors: PickerOption[] }, m: BindingMessages) {
  const errors: FieldErrors<{ areas: PickerOption[]; actors: PickerOption[] }> = {};
  if (v.role === 'EDITOR' && v.areas.length === 0) errors.areas = m.areasNeeded;
  if (v.role === 'CONTRIBUTOR' && v.actors.length === 0) errors.actors = m.actorsNeeded;
  return errors;
}

export function checkAccount(v: AccountFormValues, m: BindingMessages & { passwordLength: string }): FieldErrors<AccountFormValues> {
  const errors: FieldErrors<AccountFormValues> = checkBindings(v, m);
  if (v.password !== '' && v.password.length < 12) errors.password = m.passwordLength;
  return errors;
}
