import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../api/imports';
import { cellId, problemsByCell } from '../utils/preview';
import '../texts';

/**
 * The rows of an import preview: what each does, and the cells of the known columns. A cell with a problem is marked
 * with an icon, the word "Fehler" and the message (not by colour alone); changed cells say so.
 */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const problems = problemsByCell(preview);
  return (
    <div className="table-scroll" role="region" aria-labelledby="import-table-caption" tabIndex={0}>
      <table className="kern-table import-table">
        <caption id="import-table-caption" className="kern-title">
          {t('imports.tableCaption')}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('imports.row')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('imports.action')}
            </th>
            {preview.columns.map((c) => (
              <th scope="col" className="kern-table__header" key={c.key}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {preview.rows.map((r) => {
            const rowProblems = problems.get(`${r.row}:`) ?? [];
            return (
              <tr className="kern-table__row" key={r.row} data-testid="import-row">
                <th scope="row" className="kern-table__header" id={cellId(r.row, null)}>
                  {r.row}
                  {rowProblems.map((m) => (
                    <CellError key={m} message={m} />
                  ))}
                </th>
                <td className="kern-table__cell">{t(`imports.actions.${r.action}`)}</td>
                {preview.columns.map((c) => {
                  const messages = problems.get(`${r.row}:${c.key}`) ?? [];
                  const changed = r.changed.includes(c.key);
                  const classes = ['kern-table__cell', messages.length ? 'import-cell--error' : '', changed ? 'import-cell--changed' : '']
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td key={c.key} className={classes} id={cellId(r.row, c.key)} data-column={c.key}>
                      <span className="import-cell__value">{r.values[c.key]}</span>
                      {changed ? <span className="import-cell__changed"> {t('imports.changed')}</span> : null}
                      {messages.map((m) => (
                        <CellError key={m} message={m} />
                      ))}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CellError({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <span className="kern-error import-cell__error">
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-body kern-body--small">
        <strong>{t('imports.error')}</strong> {message}
      </span>
    </span>
  );
}
