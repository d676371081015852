import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { useContentLang, useLang } from '@/lib/use-lang';
import '../indicator-texts';
import { formatFigure, periodText, sortedValues } from '../utils/indicator-figures';

/** Every value of an indicator as a table: the same as the chart shows, for reading and for screen readers. */
export function IndicatorTable({ indicator }: { indicator: Schemas['Indicator'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const values = sortedValues(indicator.values);
  const hasCity = values.some((v) => v.cityValue !== null);
  const hasNote = values.some((v) => v.note || v.source);
  const fig = (v: number) => formatFigure(v, indicator.unit, lang);
  if (!values.length) return <p className="kern-body">{t('indicators.noValues')}</p>;
  return (
    <div className="table-scroll">
      <table className="kern-table kern-table--small indicator-table">
        <caption className="kern-body kern-body--bold">{t('indicators.page.tableCaption', { name: indicator.name })}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('indicators.page.period')}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              {t('indicators.page.value')}
            </th>
            {hasCity ? (
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('indicators.page.city')}
              </th>
            ) : null}
            {hasNote ? (
              <th scope="col" className="kern-table__header">
                {t('indicators.page.note')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {values.map((v) => (
            <tr key={`${v.year ?? v.date}`} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                {periodText(v, lang)}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{fig(v.value)}</td>
              {hasCity ? <td className="kern-table__cell kern-table__cell--numeric">{v.cityValue === null ? '–' : fig(v.cityValue)}</td> : null}
              {hasNote ? (
                <td className="kern-table__cell" lang={contentLang}>
                  {[v.note, v.source ? `${t('indicators.page.valueSource')}: ${v.source}` : null].filter(Boolean).join(' · ')}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
