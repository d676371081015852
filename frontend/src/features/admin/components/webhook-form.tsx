import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showPlain } from '@/components/ui/conflict-dialog';
import { CheckboxField, CheckboxGroupField, TextField } from '@/components/ui/form-fields';
import { PickerField } from '@/components/ui/picker';
import { RecordFormFrame } from '@/components/ui/record-form-frame';
import { useRecordForm } from '@/hooks/use-record-form';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import '../webhook-texts';
import { useCreateWebhook } from '../api/webhooks';
import { useAreaSlugSearch } from '../hooks/use-pickers';
import { checkWebhook, newWebhookValues, WEBHOOK_EVENT_TYPES, WEBHOOK_FORM_FIELDS, webhookRules, webhookToInput } from '../utils/webhook-form';
import { OneTimeSecret } from './one-time-secret';

/** Creates a webhook subscription, then shows its signing secret once in place of the form. */
export function WebhookForm() {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [created, setCreated] = useState<Schemas['WebhookCreated'] | null>(null);
  const searchAreas = useAreaSlugSearch();
  const labels = t('webhooks.fields', { returnObjects: true });
  const form = useRecordForm<Schemas['Webhook'], ReturnType<typeof newWebhookValues>, Schemas['WebhookInput']>({
    fields: WEBHOOK_FORM_FIELDS,
    labels,
    toValues: newWebhookValues,
    rules: webhookRules,
    check: (v) => checkWebhook(v, { url: t('webhooks.urlInvalid'), events: t('webhooks.eventsNeeded') }),
    toInput: webhookToInput,
    save: async (input) => {
      const answer = await create.mutateAsync(input);
      setCreated(answer);
      return answer.webhook;
    },
  });

  if (created) {
    return (
      <OneTimeSecret
        secret={created.secret}
        texts={{ ...t('webhooks.secret', { returnObjects: true }), label: t('webhooks.secret.label', { url: created.webhook.url }) }}
        usage={`v1,base64(HMAC-SHA256(${created.secret}, webhook-id + "." + webhook-timestamp + "." + body))`}
        doneTo={paths.admin('webhooks')}
        testId="webhook-secret"
      />
    );
  }
  return (
    <RecordFormFrame form={form} labels={labels} show={showPlain} cancelTo={paths.admin('webhooks')} submitLabel={t('webhooks.create')}>
      <TextField form={form} name="url" label={labels.url} hint={t('webhooks.urlHint')} required maxLength={2000} autoComplete="url" />
      <TextField form={form} name="description" label={labels.description} hint={t('webhooks.descriptionHint')} maxLength={500} />
      <CheckboxField form={form} name="allEvents" label={labels.allEvents} />
      {form.values.allEvents ? null : (
        <CheckboxGroupField form={form} name="events" label={labels.events} options={WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: t(`webhooks.types.${type}`) }))} />
      )}
      <PickerField form={form} name="areas" label={labels.areas} hint={t('webhooks.areasHint')} multiple search={searchAreas} />
    </RecordFormFrame>
  );
}
