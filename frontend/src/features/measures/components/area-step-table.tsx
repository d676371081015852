import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import type { Schemas } from '@/lib/api-client';
import { formatDate, today } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** Action steps of an area as a table to print: due date, measure, step, who is responsible, status. */
export function AreaStepTable({ slug, steps, caption }: { slug: string; steps: Schemas['AreaStep'][]; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const now = today();
  return (
    <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={caption}>
      <table className="kern-table kern-table--striped area-steps">
        <caption className="visually-hidden">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('areaSteps.due')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('areaSteps.measure')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('areaSteps.step')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('areaSteps.responsible')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('areaSteps.status')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {steps.map((step) => (
            <tr key={step.id} className="kern-table__row">
              <td className="kern-table__cell">
                {step.dueDate ? (
                  <>
                    <time dateTime={step.dueDate}>{formatDate(step.dueDate, lang)}</time>
                    {step.dueDate < now ? <span className="due-list__date--overdue"> ({t('areaSteps.overdue')})</span> : null}
                  </>
                ) : (
                  t('areaSteps.noDueDate')
                )}
              </td>
              <td className="kern-table__cell" lang={contentLang}>
                <AppLink to={paths.measure(slug, step.measure.id)}>
                  {step.measure.code} {step.measure.title}
                </AppLink>
              </td>
              <th scope="row" className="kern-table__header" lang={contentLang}>
                <AppLink to={`${paths.measure(slug, step.measure.id)}#step-${step.id}`}>{step.title}</AppLink>
              </th>
              <td className="kern-table__cell" lang={contentLang}>
                {step.responsibleActor?.name ?? '–'}
              </td>
              <td className="kern-table__cell">{t(`stepStatus.${step.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
