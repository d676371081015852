import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { useOparlSync } from '../api/council';
import { CouncilFailure } from './council-failure';
import '../presentation-form-texts';

type Committee = Pick<Schemas['Committee'], 'id' | 'name' | 'shortName'>;

/** For editors: synchronises the committee dates of linked committees with the council information system now. */
export function OparlSync({ committees }: { committees: Committee[] }) {
  const { t } = useTranslation();
  if (!committees.length) return null;
  return (
    <section className="section oparl-sync no-print" aria-labelledby="oparl-sync-heading">
      <h2 id="oparl-sync-heading" className="kern-heading-small">
        {t('presentationForm.sync.heading')}
      </h2>
      <p className="kern-body kern-body--small">{t('presentationForm.sync.intro')}</p>
      {committees.map((c) => (
        <CommitteeSync key={c.id} committee={c} single={committees.length === 1} />
      ))}
    </section>
  );
}

function CommitteeSync({ committee, single }: { committee: Committee; single: boolean }) {
  const { t } = useTranslation();
  const sync = useOparlSync();
  const name = committee.shortName ?? committee.name;
  const report = sync.data;
  const statusLabel = (value: string | null) => (value ? t(`presentationStatus.${value as Schemas['PresentationStatus']}`) : '–');
  return (
    <div className="oparl-sync__committee">
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" disabled={sync.isPending} onClick={() => sync.mutate(committee.id)}>
        <span className="kern-label">
          {sync.isPending ? t('presentationForm.sync.running') : single ? t('presentationForm.sync.button') : t('presentationForm.sync.buttonNamed', { name })}
        </span>
      </button>
      <div role="status">
        {report ? (
          <>
            <p className="kern-body kern-body--small">
              {t('presentationForm.sync.done', {
                name: committee.name,
                meetings: report.meetings,
                updated: report.updated,
                count: report.presentations,
                cancelled: report.cancelled,
              })}
            </p>
            {report.changes.length ? (
              <ul className="kern-body kern-body--small">
                {report.changes.map((change) => (
                  <li key={change.presentationId}>
                    {change.title}:{' '}
                    {change.changes
                      .map((f) =>
                        f.field === 'status'
                          ? `${t('presentationForm.sync.fields.status')} ${statusLabel(f.from)} → ${statusLabel(f.to)}`
                          : `${t(`presentationForm.sync.fields.${f.field}`)} ${f.from ?? '–'} → ${f.to ?? '–'}`,
                      )
                      .join(', ')}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      {sync.isError ? <CouncilFailure title={t('presentationForm.sync.failed')} message={sync.error.message} /> : null}
    </div>
  );
}
