import type { Schemas } from '@/lib/api-client';
import type { FieldErrors, FieldRules, PickerOption } from '@/lib/record-form';

type Event = Schemas['WebhookEvent'];

/** The record types of the change feed a subscription may choose (every type is `*`). */
export const WEBHOOK_EVENT_TYPES = [
  'AREA',
  'EDITION',
  'ACTION_FIELD',
  'NEED',
  'MEASURE',
  'ACTION_STEP',
  'PRESENTATION',
  'INDICATOR',
  'ACTOR',
  'COMMITTEE',
  'TARGET_GROUP',
] as const satisfies readonly Exclude<Event, '*'>[];

export type WebhookFormValues = {
  url: string;
  description: string;
  allEvents: boolean;
  events: string[];
  areas: PickerOption[];
};
export type WebhookFormField = keyof WebhookFormValues;

export const WEBHOOK_FORM_FIELDS: readonly WebhookFormField[] = ['url', 'description', 'allEvents', 'events', 'areas'];

export const newWebhookValues = (): WebhookFormValues => ({ url: 'https://', description: '', allEvents: true, events: [], areas: [] });

/** Every type is `["*"]`; areas are sent as slugs (the picker's values). */
export function webhookToInput(v: WebhookFormValues): Schemas['WebhookInput'] {
  const description = v.description.trim();
  return {
    url: v.url.trim(),
    events: v.allEvents ? ['*'] : (v.events as Event[]),
    areas: v.areas.map((a) => a.value),
    description: description === '' ? null : description,
  };
}

export const webhookRules: FieldRules<WebhookFormValues> = {
  url: { required: true, maxLength: 2000 },
  description: { maxLength: 500 },
};

/** A URL with http(s) and a host, and at least one type unless every type is chosen. */
export function checkWebhook(v: WebhookFormValues, m: { url: string; events: string }): FieldErrors<WebhookFormValues> {
  const errors: FieldErrors<WebhookFormValues> = {};
  if (v.url.trim() && !/^https?:\/\/[^/\s]+/i.test(v.url.trim())) errors.url = m.url;
  if (!v.allEvents && v.events.length === 0) errors.events = m.events;
  return errors;
}

export type WebhookDisplayState = 'active' | 'retrying' | 'disabled';

/** Active and delivering, active but retrying a failed batch, or disabled. */
export function webhookState(w: Schemas['Webhook']): WebhookDisplayState {
  if (w.state === 'DISABLED') return 'disabled';
  return w.delivery && w.delivery.failedAttempts > 0 ? 'retrying' : 'active';
}
