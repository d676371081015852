import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useDeleteMessage, useInbox, useUpdateMessage, type Message, type MessageStatus } from '@/features/messages/api/messages';
import '@/features/messages/texts';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

const STATUSES: (MessageStatus | undefined)[] = [undefined, 'NEW', 'ANSWERED'];

/** The editors' inbox: residents' questions and hints, to read, answer, publish below the measure or need, delete. */
export default function MessagesPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <EditGuard slug={slug} title={t('messages.inbox.title')}>
      {() => <Inbox slug={slug} />}
    </EditGuard>
  );
}

function Inbox({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const raw = params.get('status');
  const status: MessageStatus | undefined = raw === 'NEW' || raw === 'ANSWERED' ? raw : undefined;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const inbox = useInbox(slug, status, page - 1);
  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      <PageHeading>{t('messages.inbox.title')}</PageHeading>
      <p className="kern-body">{t('messages.inbox.intro')}</p>
      <nav aria-label={t('messages.inbox.filter')} className="inline-list">
        {STATUSES.map((s) => (
          <AppLink key={s ?? 'all'} to={paths.messages(slug, s)} aria-current={s === status ? 'page' : undefined}>
            {s ? t(`messages.inbox.${s}`) : t('messages.inbox.all')}
          </AppLink>
        ))}
      </nav>
      <div aria-busy={inbox.isPending}>
        {inbox.isPending ? (
          <Skeleton lines={6} />
        ) : inbox.isError ? (
          <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
        ) : inbox.data.items.length === 0 ? (
          <EmptyState>{t('messages.inbox.empty')}</EmptyState>
        ) : (
          <>
            {inbox.data.items.map((m) => (
              <InboxItem key={`${m.id}-${m.version}`} slug={slug} message={m} />
            ))}
            <Pagination
              page={page}
              totalPages={inbox.data.totalPages}
              hrefOf={(p) => `${paths.messages(slug, status)}${status ? '&' : '?'}page=${p}`}
            />
          </>
        )}
      </div>
    </>
  );
}

function InboxItem({ slug, message }: { slug: string; message: Message }) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = useUpdateMessage(slug);
  const remove = useDeleteMessage(slug);
  const prefix = `msg-${message.id}`;
  const [answer, setAnswer] = useState(message.answer ?? '');
  const [question, setQuestion] = useState(message.publishedQuestion ?? message.message);
  const [answered, setAnswered] = useState(message.status === 'ANSWERED');
  const [published, setPublished] = useState(message.published);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [general, setGeneral] = useState<string>();
  const [saved, setSaved] = useState(false);
  const about = message.measure ?? message.need;
  const aboutPath = message.measure ? paths.measure(slug, message.measure.id) : message.need ? paths.need(slug, message.need.id) : undefined;
  const canPublish = !!about;

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    setSaved(false);
    setGeneral(undefined);
    try {
      await update.mutateAsync({
        message,
        input: {
          status: answered || published ? 'ANSWERED' : 'NEW',
          answer: answer.trim() || null,
          publishedQuestion: published ? question.trim() || null : message.publishedQuestion,
          published,
        },
      });
      setErrors([]);
      setSaved(true);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(Object.entries(byField).map(([field, text]) => ({ field, message: text })));
      if (error instanceof ApiError && error.status === 412) setGeneral(t('messages.inbox.conflict'));
      else if (!Object.keys(byField).length) setGeneral(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <article className="inbox-item" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} className="kern-heading-small">
        {t('messages.inbox.received', { date: formatDateTime(message.createdAt, lang) })}
        {' – '}
        {t(`messages.inbox.${message.status}`)}
        {message.published ? ` · ${t('messages.inbox.published')}` : ''}
      </h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('messages.inbox.about')}</dt>
          <dd className="kern-description-list-item__value">
            {t(`messages.inbox.subjects.${message.subject}`)}
            {about && aboutPath ? (
              <>
                {': '}
                <AppLink to={aboutPath}>
                  {about.code} {about.title}
                </AppLink>
              </>
            ) : null}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('messages.inbox.from')}</dt>
          <dd className="kern-description-list-item__value">
            {message.name ?? t('messages.inbox.anonymous')}
            {message.email ? (
              <>
                {', '}
                <a className="kern-link" href={`mailto:${message.email}`}>
                  {message.email}
                </a>
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <blockquote className="kern-body inbox-message">{message.message}</blockquote>
      <form onSubmit={(e) => void save(e)} noValidate>
        <ErrorSummary errors={errors} idPrefix={prefix} general={general} />
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${prefix}-answer`}>
            {t('messages.inbox.answer')}
          </label>
          <textarea id={`${prefix}-answer`} className="kern-form-input__input" rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </div>
        <div className="kern-form-check">
          <input className="kern-form-check__checkbox" type="checkbox" id={`${prefix}-status`} checked={answered} onChange={(e) => setAnswered(e.target.checked)} />
          <label className="kern-label" htmlFor={`${prefix}-status`}>
            {t('messages.inbox.markAnswered')}
          </label>
        </div>
        {canPublish ? (
          <>
            <div className="kern-form-check">
              <input className="kern-form-check__checkbox" type="checkbox" id={`${prefix}-published`} checked={published} onChange={(e) => setPublished(e.target.checked)} />
              <label className="kern-label" htmlFor={`${prefix}-published`}>
                {t('messages.inbox.publish')}
              </label>
            </div>
            {published ? (
              <div className="kern-form-input">
                <label className="kern-label" htmlFor={`${prefix}-publishedQuestion`}>
                  {t('messages.inbox.publishedQuestion')}
                </label>
                <div className="kern-hint" id={`${prefix}-publishedQuestion-hint`}>
                  {t('messages.inbox.publishedQuestionHint')}
                </div>
                <textarea
                  id={`${prefix}-publishedQuestion`}
                  aria-describedby={`${prefix}-publishedQuestion-hint`}
                  className="kern-form-input__input"
                  rows={3}
                  value={question}
                  onChange={(e) => setQuestion(e.target.value)}
                />
              </div>
            ) : null}
          </>
        ) : null}
        <p className="inline-list">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={update.isPending}>
            <span className="kern-label">{t('messages.inbox.save')}</span>
          </button>
          <DeleteButton
            label={t('messages.inbox.delete')}
            context={formatDateTime(message.createdAt, lang)}
            question={t('messages.inbox.deleteConfirm')}
            onDelete={() => remove.mutateAsync(message)}
            onDeleted={() => undefined}
          />
        </p>
        {saved ? (
          <p className="kern-body" role="status">
            {t('messages.inbox.saved')}
          </p>
        ) : null}
      </form>
    </article>
  );
}
