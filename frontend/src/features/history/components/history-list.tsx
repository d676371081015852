import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/states';
import type { Schemas } from '@/lib/api-client';
import { useContentLang, useLang } from '@/lib/use-lang';
import '../texts';
import { authorText, changeRows, formatDateTime } from '../utils/history-diff';

/** The revisions of a record, newest first: per revision who and when, and a table of field, old and new value. */
export function HistoryList({ revisions, headingLevel = 2 }: { revisions: Schemas['Revision'][]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  if (revisions.length === 0) return <EmptyState>{t('history.empty')}</EmptyState>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="plain-list history-list">
      {revisions.map((revision) => {
        const action = t(`history.action.${revision.action}`);
        const time = formatDateTime(revision.changedAt, lang);
        const rows = changeRows(revision, lang, t);
        return (
          <li key={revision.id} className="history-entry" data-testid="history-entry">
            <Heading className="kern-heading-small history-entry__title">
              {action} <span className="kern-body">·</span> <time dateTime={revision.changedAt}>{time}</time>
            </Heading>
            <p className="kern-body kern-body--small">{t('history.by', { author: authorText(revision.author, t) })}</p>
            {rows.length ? (
              <div className="table-scroll">
                <table className="kern-table kern-table--small history-table">
                  <caption className="visually-hidden">{t('history.changesOf', { action, time })}</caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">
                        {t('history.field')}
                      </th>
                      <th scope="col" className="kern-table__header">
                        {t('history.from')}
                      </th>
                      <th scope="col" className="kern-table__header">
                        {t('history.to')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {rows.map((row) => (
                      <tr key={row.field} className="kern-table__row" data-field={row.field}>
                        <th scope="row" className="kern-table__header">
                          {row.label}
                        </th>
                        <td className="kern-table__cell history-table__value" lang={row.isContent ? contentLang : undefined}>
                          {row.from}
                        </td>
                        <td className="kern-table__cell history-table__value" lang={row.isContent ? contentLang : undefined}>
                          {row.to}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="kern-body kern-body--small">{t('history.noChanges')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
