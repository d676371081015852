import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuestions } from '../api/messages';
import type { MessageFormProps } from './message-form';
import '../texts';

const MessageForm = lazy(() => import('./message-form'));

/**
 * Below a measure or need: the questions and answers the quarter management published, and "Frage oder Hinweis an das
 * Quartiersmanagement" – a button that loads the form when it is wanted.
 */
export function RespondSection(props: MessageFormProps) {
  const { t } = useTranslation();
  const questions = useQuestions(props.slug, { measure: props.measureId, need: props.needId });
  const items = questions.data?.items ?? [];
  return (
    <>
      {items.length ? (
        <section aria-labelledby="questions-heading" className="section">
          <h2 id="questions-heading" className="kern-heading-medium">
            {t('messages.questionsHeading')}
          </h2>
          <dl className="questions">
            {items.map((q) => (
              <div key={q.id} className="question">
                <dt className="kern-body kern-body--bold">
                  <span className="visually-hidden">{t('messages.question')}: </span>
                  {q.question}
                </dt>
                <dd className="kern-body">
                  <span className="kern-body--small question__answer-label">{t('messages.answer')}:</span> {q.answer}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <RespondForm {...props} />
    </>
  );
}

/** The heading, a short text and the button that opens the form (loaded on demand). */
export function RespondForm(props: MessageFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="respond-heading" className="section no-print">
      <h2 id="respond-heading" className="kern-heading-medium">
        {t('messages.heading')}
      </h2>
      <p className="kern-body">{t('messages.intro')}</p>
      {open ? (
        <Suspense fallback={<p className="kern-body" role="status">{t('messages.loading')}</p>}>
          <MessageForm {...props} focusOnMount />
        </Suspense>
      ) : (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(true)}>
          <span className="kern-label">{t('messages.open')}</span>
        </button>
      )}
    </section>
  );
}
