import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatDate, formatMoney } from '@/lib/format';
import { useContentLang, useLang } from '@/lib/use-lang';
import { formatValue, groupByActionField, isFieldName, type ChangeKind, type ComparisonItem } from '../utils/comparison';
import '../edition-texts';

const KIND_BADGE: Record<ChangeKind, string> = { added: 'kern-badge--success', removed: 'kern-badge--danger', changed: 'kern-badge--info' };

/** A readable report of what changed between two states of the concept, grouped by action field. */
export function ComparisonReport({ comparison }: { comparison: Schemas['EditionComparison'] }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const groups = groupByActionField(comparison);
  const fields = comparison.actionFields;
  const fieldEntries = [
    ...fields.added.map((item) => ({ kind: 'added' as const, item })),
    ...fields.changed.map((item) => ({ kind: 'changed' as const, item })),
    ...fields.removed.map((item) => ({ kind: 'removed' as const, item })),
  ];
  const counts = comparison.counts;

  return (
    <>
      <section aria-labelledby="compare-counts" className="section">
        <h2 id="compare-counts" className="kern-heading-medium">
          {t('editionView.countsTitle')}
        </h2>
        <div className="kern-table-responsive">
          <table className="kern-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('editionView.kind')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('editionView.added')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('editionView.changed')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('editionView.removed')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {(
                [
                  ['kindActionFields', counts.actionFields],
                  ['kindNeeds', counts.needs],
                  ['kindMeasures', counts.measures],
                ] as const
              ).map(([label, c]) => (
                <tr key={label} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {t(`editionView.${label}`)}
                  </th>
                  <td className="kern-table__cell">{c.added}</td>
                  <td className="kern-table__cell">{c.changed}</td>
                  <td className="kern-table__cell">{c.removed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {fieldEntries.length ? (
        <section aria-labelledby="compare-fields" className="section">
          <h2 id="compare-fields" className="kern-heading-medium">
            {t('editionView.actionFieldChanges')}
          </h2>
          <ul className="plain-list comparison-list">
            {fieldEntries.map(({ kind, item }) => (
              <ChangedRecord key={item.id} kind={kind} type={t('editionView.actionField')} item={item} />
            ))}
          </ul>
        </section>
      ) : null}

      {groups.map((group) => (
        <section key={group.id || 'none'} aria-labelledby={`compare-${group.id || 'none'}`} className="section">
          <h2 id={`compare-${group.id || 'none'}`} className="kern-heading-medium" lang={group.id ? contentLang : undefined}>
            {group.id ? t('editionView.inActionField', { title: group.title }) : t('editionView.otherActionField')}
          </h2>
          <ul className="plain-list comparison-list">
            {group.entries.map(({ kind, type, item }) => (
              <ChangedRecord key={`${type}-${item.id}`} kind={kind} type={t(`editionView.${type}`)} item={item} />
            ))}
          </ul>
        </section>
      ))}

      {!fieldEntries.length && !groups.length ? <p className="kern-body">{t('editionView.noChanges')}</p> : null}
    </>
  );
}

function ChangedRecord({ kind, type, item }: { kind: ChangeKind; type: string; item: ComparisonItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const label = (field: string, code: string) => {
    if (field === 'status') return t(`measureStatus.${code as Schemas['MeasureStatus']}`);
    if (field === 'stepStatus') return t(`stepStatus.${code as Schemas['StepStatus']}`);
    if (field === 'priority') return t(`priority.${code as Schemas['Priority']}`);
    return code;
  };
  const show = (value: unknown, field: string) =>
    formatValue(
      value,
      field,
      label,
      (iso) => formatDate(iso, lang),
      (money) => formatMoney(money, lang),
    );
  return (
    <li className="comparison-record">
      <h3 className="kern-heading-small">
        <span className={`kern-badge ${KIND_BADGE[kind]}`}>
          <span className="kern-label kern-label--small">{t(`editionView.${kind}`)}</span>
        </span>{' '}
        <span className="visually-hidden">{type}: </span>
        <span lang={contentLang}>
          {item.code} {item.title}
        </span>
      </h3>
      {item.changes.length ? (
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={`${item.code ?? ''} ${item.title ?? ''}`}>
          <table className="kern-table comparison-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('editionView.field')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('editionView.before')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('editionView.after')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {item.changes.map((change) => (
                <tr key={change.field} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {isFieldName(change.field) ? t(`editionView.fields.${change.field}`) : change.field}
                  </th>
                  <td className="kern-table__cell" lang={contentLang}>
                    {show(change.before, change.field)}
                  </td>
                  <td className="kern-table__cell" lang={contentLang}>
                    {show(change.after, change.field)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}
