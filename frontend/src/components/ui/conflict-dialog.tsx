import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDiff, FieldOf, FieldValue } from '@/lib/record-form';

/** How a field's value reads in the conflict table (translated codes …); `undefined` for the plain reading. */
export type ShowValue<V> = (field: FieldOf<V>, value: FieldValue) => string | undefined;

/** The plain reading: text as is, picked records and links by their labels, ticked codes as a list. */
export function showPlain(value: FieldValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '✓' : '–';
  return value.map((v: string | { label: string }) => (typeof v === 'string' ? v : v.label)).join(', ');
}

/**
 * Someone else saved the record meanwhile (412): what differs between their version and my input, field by field,
 * and the two ways out – take theirs (discarding mine) or save mine over theirs. Takes the focus when shown.
 */
export function ConflictDialog<V>({
  idPrefix,
  diffs,
  labels,
  show,
  pending,
  onReload,
  onOverwrite,
}: {
  idPrefix: string;
  diffs: FieldDiff<V>[];
  labels: Record<FieldOf<V>, string>;
  show?: ShowValue<V>;
  pending?: boolean;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const shown = (field: FieldOf<V>, value: FieldValue) => (show?.(field, value) ?? showPlain(value)) || t('conflict.empty');
  return (
    <div ref={ref} className="kern-alert kern-alert--warning inline-dialog conflict-dialog" role="alertdialog" aria-labelledby={`${idPrefix}-conflict-title`} aria-describedby={`${idPrefix}-conflict-text`} tabIndex={-1}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id={`${idPrefix}-conflict-title`}>
          {t('conflict.title')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body" id={`${idPrefix}-conflict-text`}>
          {diffs.length ? t('conflict.text') : t('conflict.noDiff')}
        </p>
        {diffs.length ? (
          <table className="kern-table conflict-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('conflict.field')}</th>
                <th scope="col" className="kern-table__header">{t('conflict.theirs')}</th>
                <th scope="col" className="kern-table__header">{t('conflict.mine')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {diffs.map((d) => (
                <tr key={d.field} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{labels[d.field]}</th>
                  <td className="kern-table__cell">{shown(d.field, d.theirs)}</td>
                  <td className="kern-table__cell">{shown(d.field, d.mine)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onReload}>
            <span className="kern-label">{t('conflict.reload')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--primary" disabled={pending} onClick={onOverwrite}>
            <span className="kern-label">{t('conflict.overwrite')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
