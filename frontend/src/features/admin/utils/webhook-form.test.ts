import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { checkWebhook, newWebhookValues, webhookState, webhookToInput } from './webhook-form';

const messages = { url: 'url', events: 'events' };

describe('webhook form', () => {
  it('sends every type as ["*"], chosen types otherwise, and areas as slugs', () => {
    const values = { ...newWebhookValues(), url: ' https://example.org/hook ', areas: [{ value: 'schinkel', label: 'Schinkel' }] };
    expect(webhookToInput(values)).toEqual({ url: 'https://example.org/hook', events: ['*'], areas: ['schinkel'], description: null });
    expect(webhookToInput({ ...values, allEvents: false, events: ['MEASURE'], description: ' Portal ' })).toMatchObject({ events: ['MEASURE'], description: 'Portal' });
  });

  it('asks for a type unless every type is chosen, and for an http(s) URL', () => {
    expect(checkWebhook({ ...newWebhookValues(), url: 'https://example.org/' }, messages)).toEqual({});
    expect(checkWebhook({ ...newWebhookValues(), url: 'example.org', allEvents: false }, messages)).toEqual({ url: 'url', events: 'events' });
  });

  it('tells active, retrying and disabled apart', () => {
    const base = { state: 'ACTIVE', delivery: { failedAttempts: 0 } } as Schemas['Webhook'];
    expect(webhookState(base)).toBe('active');
    expect(webhookState({ ...base, delivery: { ...base.delivery!, failedAttempts: 2 } })).toBe('retrying');
    expect(webhookState({ ...base, state: 'DISABLED' })).toBe('disabled');
  });
});
