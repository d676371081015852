import { useTranslation } from 'react-i18next';
import { useRecordForm } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import '../admin-texts';
import { fetchAccount, useSaveAccount } from '../api/accounts';
import { fetchActor, useSaveActor } from '../api/actors';
import { useCreateArea } from '../api/areas';
import { fetchCommittee, useSaveCommittee } from '../api/committees';
import { fetchTargetGroup, useSaveTargetGroup } from '../api/target-groups';
import { ACCOUNT_FORM_FIELDS, accountRules, accountToForm, accountToInput, checkAccount } from '../utils/account-form';
import {
  ACTOR_FORM_FIELDS,
  actorRules,
  actorToForm,
  actorToInput,
  AREA_FORM_FIELDS,
  areaRules,
  areaToInput,
  checkArea,
  COMMITTEE_FORM_FIELDS,
  committeeRules,
  committeeToForm,
  committeeToInput,
  newAreaValues,
  TARGET_GROUP_FORM_FIELDS,
  targetGroupRules,
  targetGroupToForm,
  targetGroupToInput,
} from '../utils/reference-forms';

type OnSaved<R> = (record: R, created: boolean) => void;

/** The account form: creating (no `account`, password required) or editing (a password resets it). */
export function useAccountForm(account: Schemas['Account'] | undefined, onSaved: OnSaved<Schemas['Account']>) {
  const { t } = useTranslation();
  const save = useSaveAccount();
  const labels = t('admin.accounts.fields', { returnObjects: true });
  const form = useRecordForm(
    {
      fields: ACCOUNT_FORM_FIELDS,
      labels,
      toValues: accountToForm,
      rules: accountRules(t('admin.accounts.usernamePattern'), !account, t('admin.accounts.emailPattern')),
      check: (v) =>
        checkAccount(v, {
          areasNeeded: t('admin.accounts.areasNeeded'),
          actorsNeeded: t('admin.accounts.actorsNeeded'),
          passwordLength: t('admin.accounts.passwordLength'),
        }),
      toInput: accountToInput,
      save: (input, base) => save.mutateAsync({ input, base }),
      fetchCurrent: (base) => fetchAccount(base.id, undefined, true),
      apiFields: { areaIds: 'areas', actorIds: 'actors' },
      onSaved,
    },
    account,
  );
  return { form, labels };
}

export function useAreaCreateForm(onSaved: OnSaved<Schemas['Area']>) {
  const { t } = useTranslation();
  const create = useCreateArea();
  const labels = t('admin.areas.fields', { returnObjects: true });
  const form = useRecordForm({
    fields: AREA_FORM_FIELDS,
    labels,
    toValues: newAreaValues,
    rules: areaRules(t('admin.areas.slugPattern')),
    check: (v) => checkArea(v, { slugShort: t('admin.areas.slugShort'), yearOrder: t('admin.areas.yearOrder') }),
    toInput: areaToInput,
    save: (input) => create.mutateAsync(input),
    onSaved,
  });
  return { form, labels };
}

export function useCommitteeForm(committee: Schemas['Committee'] | undefined, onSaved: OnSaved<Schemas['Committee']>) {
  const { t } = useTranslation();
  const save = useSaveCommittee();
  const labels = t('admin.committees.fields', { returnObjects: true });
  const form = useRecordForm(
    {
      fields: COMMITTEE_FORM_FIELDS,
      labels,
      toValues: committeeToForm,
      rules: committeeRules(t('admin.urlPattern')),
      toInput: committeeToInput,
      save: (input, base) => save.mutateAsync({ input, base }),
      fetchCurrent: (base) => fetchCommittee(base.id, undefined, true),
      onSaved,
    },
    committee,
  );
  return { form, labels };
}

export function useTargetGroupForm(group: Schemas['TargetGroup'] | undefined, onSaved: OnSaved<Schemas['TargetGroup']>) {
  const { t } = useTranslation();
  const save = useSaveTargetGroup();
  const labels = t('admin.targetGroups.fields', { returnObjects: true });
  const form = useRecordForm(
    {
      fields: TARGET_GROUP_FORM_FIELDS,
      labels,
      toValues: targetGroupToForm,
      rules: targetGroupRules(t('admin.targetGroups.codePattern')),
      toInput: targetGroupToInput,
      save: (input, base) => save.mutateAsync({ input, base }),
      fetchCurrent: (base) => fetchTargetGroup(base.code, undefined, true),
      onSaved,
    },
    group,
  );
  return { form, labels };
}

export function useActorForm(actor: Schemas['Actor'] | undefined, onSaved: OnSaved<Schemas['Actor']>) {
  const { t } = useTranslation();
  const save = useSaveActor();
  const labels = t('admin.actors.fields', { returnObjects: true });
  const form = useRecordForm(
    {
      fields: ACTOR_FORM_FIELDS,
      labels,
      toValues: actorToForm,
      rules: actorRules({ url: t('admin.urlPattern'), email: t('admin.actors.emailPattern') }),
      toInput: actorToInput,
      save: (input, base) => save.mutateAsync({ input, base }),
      fetchCurrent: (base) => fetchActor(base.id, undefined, true),
      onSaved,
    },
    actor,
  );
  return { form, labels };
}
