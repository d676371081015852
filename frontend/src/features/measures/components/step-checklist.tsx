import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/states';
import { HistoryLink } from '@/features/history/components/history-link';
import type { Schemas } from '@/lib/api-client';
import { formatDate, today } from '@/lib/format';
import { useContentLang, useLang } from '@/lib/use-lang';

const mark: Record<Schemas['StepStatus'], string> = { OPEN: '☐', IN_PROGRESS: '◐', DONE: '☑', CANCELLED: '☒' };

/** The action steps of a measure as a checklist with due dates and who is responsible. */
export function StepChecklist({ steps, historyOf }: { steps: Schemas['ActionStep'][]; historyOf?: (stepId: string) => string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  if (steps.length === 0) return <EmptyState>{t('measure.noSteps')}</EmptyState>;
  const now = today();
  const done = steps.filter((s) => s.status === 'DONE').length;
  return (
    <>
      <p className="kern-body">{t('measure.stepsDone', { done, count: steps.length })}</p>
      <ol className="plain-list checklist">
        {steps.map((step) => {
          const overdue = step.dueDate && step.dueDate < now && (step.status === 'OPEN' || step.status === 'IN_PROGRESS');
          return (
            <li key={step.id} id={`step-${step.id}`} className={`checklist__item checklist__item--${step.status.toLowerCase()}`}>
              <span className="checklist__mark" aria-hidden="true">
                {mark[step.status]}
              </span>
              <div>
                <p className="kern-body kern-body--bold checklist__title" lang={contentLang}>
                  {step.title}
                </p>
                <p className="kern-body kern-body--small">
                  <span className="checklist__status">{t(`stepStatus.${step.status}`)}</span>
                  {step.dueDate ? (
                    <>
                      {' · '}
                      <span className={overdue ? 'due-list__date--overdue' : undefined}>
                        {overdue ? t('step.overdue') : t('step.due')}: <time dateTime={step.dueDate}>{formatDate(step.dueDate, lang)}</time>
                      </span>
                    </>
                  ) : null}
                  {step.responsibleActor ? ` · ${t('step.responsible')}: ${step.responsibleActor.name}` : null}
                </p>
                {step.description ? (
                  <p className="kern-body kern-body--small" lang={contentLang}>
                    {step.description}
                  </p>
                ) : null}
                {historyOf ? <HistoryLink to={historyOf(step.id)} label={step.title} className="kern-link kern-body--small history-link" /> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
