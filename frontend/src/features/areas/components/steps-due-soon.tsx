import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { EmptyState } from '@/components/ui/states';
import type { Schemas } from '@/lib/api-client';
import { formatDate, today } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** Action steps that are overdue or due within 30 days. */
export function StepsDueSoon({ slug, steps }: { slug: string; steps: Schemas['StepDueSoon'][] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (steps.length === 0) return <EmptyState>{t('area.noStepsDue')}</EmptyState>;
  const now = today();
  return (
    <ul className="plain-list due-list">
      {steps.map((step) => {
        const overdue = step.dueDate < now;
        return (
          <li key={step.id} className="due-list__item">
            <span className={`kern-body kern-body--small due-list__date${overdue ? ' due-list__date--overdue' : ''}`}>
              {overdue ? `${t('step.overdue')}: ` : `${t('step.due')}: `}
              <time dateTime={step.dueDate}>{formatDate(step.dueDate, lang)}</time>
            </span>
            <AppLink to={`${paths.measure(slug, step.measure.id)}#step-${step.id}`}>{step.title}</AppLink>
            <span className="kern-body kern-body--small kern-body--muted">
              {step.measure.code} {step.measure.title}
              {step.responsibleActor ? ` · ${step.responsibleActor.name}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
