import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, FieldError, useErrorSummaryFocus } from '@/components/ui/error-summary';
import { CheckboxField, TextareaField, TextField, type FieldBinding } from '@/components/ui/form-fields';
import { ApiError, fieldErrors } from '@/lib/api-client';
import type { FieldErrors } from '@/lib/record-form';
import { fetchFormToken, useSendMessage, type MessageInput } from '../api/messages';
import '../texts';

const MAX = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Values = { name: string; email: string; message: string; consent: boolean; website: string };
const EMPTY: Values = { name: '', email: '', message: '', consent: false, website: '' };

export interface MessageFormProps {
  slug: string;
  measureId?: string;
  needId?: string;
  subject?: 'ACCESSIBILITY' | 'GENERAL';
  /** Moves the focus to the first field when shown (after the button that opened the form is gone). */
  focusOnMount?: boolean;
}

/**
 * The form residents write to the quarter management with. It asks the server for a token when shown (the minimum fill
 * time counts from then), carries a honeypot field that people leave empty, and waits out the rest of the minimum fill
 * time itself, so that a quick writer is not refused.
 */
export default function MessageForm({ slug, measureId, needId, subject, focusOnMount }: MessageFormProps) {
  const { t } = useTranslation();
  const idPrefix = `message-${useId().replace(/:/g, '')}`;
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<Values>>({});
  const [general, setGeneral] = useState<string>();
  const [sent, setSent] = useState(false);
  const token = useRef<{ formToken: string; notBefore: number } | undefined>(undefined);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useErrorSummaryFocus(summary);
  const done = useRef<HTMLParagraphElement>(null);
  const send = useSendMessage(slug);

  const loadToken = async () => {
    const form = await fetchFormToken(slug);
    token.current = { formToken: form.formToken, notBefore: Date.now() + form.minimumSeconds * 1000 + 250 };
  };
  useEffect(() => {
    if (focusOnMount) document.getElementById(`${idPrefix}-name`)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when first shown
  }, []);
  useEffect(() => {
    void loadToken().catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per form shown
  }, [slug]);

  const binding: FieldBinding<Values> = {
    idPrefix,
    values,
    errors,
    set: (field, value) => setValues((v) => ({ ...v, [field]: value })),
    touch: () => undefined,
  };

  const validate = (v: Values): FieldErrors<Values> => {
    const out: FieldErrors<Values> = {};
    if (!v.message.trim()) out.message = t('messages.messageMissing');
    else if (v.message.length > MAX) out.message = t('messages.messageTooLong', { max: MAX });
    if (v.email.trim() && !EMAIL.test(v.email.trim())) out.email = t('messages.emailInvalid');
    if (!v.consent) out.consent = t('messages.consentMissing');
    return out;
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setGeneral(undefined);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusSummary();
      return;
    }
    try {
      if (!token.current) await loadToken();
      const wait = (token.current?.notBefore ?? 0) - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const input: MessageInput = {
        measureId: measureId ?? null,
        needId: needId ?? null,
        subject: subject ?? null,
        name: values.name.trim() || null,
        email: values.email.trim() || null,
        message: values.message.trim(),
        consent: true,
        formToken: token.current?.formToken ?? '',
        website: values.website,
      };
      await send.mutateAsync(input);
      setSent(true);
      setValues(EMPTY);
      requestAnimationFrame(() => done.current?.focus());
    } catch (error) {
      const byField = fieldErrors(error);
      const known: FieldErrors<Values> = {};
      for (const field of ['name', 'email', 'message', 'consent'] as const) if (byField[field]) known[field] = byField[field];
      setErrors(known);
      setGeneral(
        Object.keys(known).length
          ? undefined
          : (byField.formToken ?? byField.website ?? (error instanceof ApiError ? error.message : t('messages.failed'))),
      );
      token.current = undefined; // a fresh token for the next attempt
      void loadToken().catch(() => undefined);
      focusSummary();
    }
  };

  if (sent) {
    return (
      <div className="kern-alert kern-alert--success" role="status">
        <div className="kern-alert__body">
          <p className="kern-body" tabIndex={-1} ref={done}>
            {t('messages.sent')}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setSent(false);
              void loadToken().catch(() => undefined);
            }}
          >
            <span className="kern-label">{t('messages.another')}</span>
          </button>
        </div>
      </div>
    );
  }

  const summaryErrors = (Object.entries(errors) as [string, string | undefined][])
    .filter((e): e is [string, string] => !!e[1])
    .map(([field, message]) => ({ field, message }));

  return (
    <form className="message-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-busy={send.isPending}>
      <ErrorSummary ref={summary} errors={summaryErrors} idPrefix={idPrefix} general={general} />
      <TextField form={binding} name="name" label={t('messages.name')} maxLength={200} autoComplete="name" />
      <TextField form={binding} name="email" label={t('messages.email')} hint={t('messages.emailHint')} maxLength={254} autoComplete="email" />
      <TextareaField form={binding} name="message" label={t('messages.message')} hint={t('messages.messageHint', { max: MAX })} required rows={5} />
      <div className={`kern-form-input${errors.consent ? ' kern-form-input--error' : ''}`}>
        <FieldError id={`${idPrefix}-consent-error`} message={errors.consent} />
        <CheckboxField form={binding} name="consent" label={t('messages.consent')} />
      </div>
      <div className="honeypot">
        <label htmlFor={`${idPrefix}-website`}>{t('messages.website')}</label>
        <input
          id={`${idPrefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(e) => setValues((v) => ({ ...v, website: e.target.value }))}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--primary" disabled={send.isPending}>
        <span className="kern-label">{send.isPending ? t('messages.sending') : t('messages.send')}</span>
      </button>
    </form>
  );
}
