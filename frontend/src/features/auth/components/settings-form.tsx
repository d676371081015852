import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-fields';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import { WEEKDAY_NAMES, weekday } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import { fetchMySettings, useSaveMySettings } from '../api/auth';
import '../settings-texts';
import { SETTINGS_FORM_FIELDS, checkSettings, settingsRules, settingsToForm, settingsToInput } from '../utils/settings-form';

const LANGUAGES: readonly Schemas['MailLanguage'][] = ['de', 'en'];

/** The person's own e-mail address, language of mails and weekly digest subscription. */
export function SettingsForm({ settings }: { settings: Schemas['AccountSettings'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveMySettings();
  const labels = t('accountSettings.fields', { returnObjects: true });
  const form = useRecordForm(
    {
      fields: SETTINGS_FORM_FIELDS,
      labels,
      toValues: settingsToForm,
      rules: settingsRules(t('accountSettings.emailPattern')),
      check: (v) => checkSettings(v, t('accountSettings.emailNeeded')),
      toInput: settingsToInput,
      save: (input, base) => save.mutateAsync({ input, base: base ?? settings }),
      fetchCurrent: () => fetchMySettings(undefined, true),
    },
    settings,
  );
  return (
    <RecordFormFrame form={form} labels={labels} savedNotice={t('accountSettings.saved')}>
      <TextField form={form} name="email" label={labels.email} hint={t('accountSettings.emailHint')} maxLength={254} autoComplete="email" />
      <SelectField form={form} name="language" label={labels.language} required options={LANGUAGES.map((l) => ({ value: l, label: t(`accountSettings.languages.${l}`) }))} />
      <CheckboxField form={form} name="digestSubscribed" label={labels.digestSubscribed} />
      <p className="kern-body kern-body--small">{t('accountSettings.digestHint')}</p>
      <SelectField form={form} name="digestWeekday" label={labels.digestWeekday} required options={WEEKDAY_NAMES.map((d) => ({ value: d, label: weekday(d, lang) }))} />
    </RecordFormFrame>
  );
}
