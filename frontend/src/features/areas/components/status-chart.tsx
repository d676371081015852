import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/use-lang';

export const MEASURE_STATUSES: Schemas['MeasureStatus'][] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];

/**
 * Measures by status as a bar chart, with the same numbers as a table for screen readers and anyone who would
 * rather read than look. Each status links to the measure list filtered by it when `hrefOf` is given.
 */
export function StatusChart({ counts, caption }: { counts: Schemas['MeasuresByStatus']; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const total = MEASURE_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const max = Math.max(1, ...MEASURE_STATUSES.map((s) => counts[s]));
  return (
    <figure className="status-chart">
      <figcaption className="kern-body kern-body--bold">{caption}</figcaption>
      <div className="status-chart__bars" aria-hidden="true">
        {MEASURE_STATUSES.map((status) => (
          <div key={status} className="status-chart__row">
            <span className="status-chart__label kern-body kern-body--small">{t(`measureStatus.${status}`)}</span>
            <span className="status-chart__track">
              <span
                className={`status-chart__bar status-chart__bar--${status.toLowerCase()}`}
                style={{ width: `${(counts[status] / max) * 100}%` }}
              />
            </span>
            <span className="status-chart__value kern-body kern-body--small">{formatNumber(counts[status], lang)}</span>
          </div>
        ))}
      </div>
      <details className="status-chart__table">
        <summary className="kern-link">{t('chart.showTable')}</summary>
        <table className="kern-table kern-table--small">
          <caption className="visually-hidden">{caption}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('chart.status')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.count')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.share')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {MEASURE_STATUSES.map((status) => (
              <tr key={status} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  {t(`measureStatus.${status}`)}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(counts[status], lang)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {total ? `${formatNumber((counts[status] / total) * 100, lang, 0)} %` : '–'}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="kern-table__footer">
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                {t('chart.total')}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(total, lang)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{total ? '100 %' : '–'}</td>
            </tr>
          </tfoot>
        </table>
      </details>
    </figure>
  );
}
