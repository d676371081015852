import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/ui/form-fields';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import { useOparlMeetings } from '../api/council';
import { CouncilFailure } from './council-failure';

type Meeting = Schemas['OparlMeeting'];

/**
 * "Take a meeting from the council information system": loads the meetings of the committee's OParl organization on
 * demand, lets the editor choose a meeting and, optionally, one of its agenda items, and hands them to `onPick`.
 */
export function OparlMeetingPicker({
  committee,
  onPick,
}: {
  committee: Schemas['Committee'];
  onPick: (meeting: Meeting, agendaItem?: Schemas['OparlAgendaItem']) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [meetingId, setMeetingId] = useState('');
  const [itemId, setItemId] = useState('');
  const [taken, setTaken] = useState<string | null>(null);
  const meetings = useOparlMeetings(committee.id, open);
  const meeting = meetings.data?.meetings.find((m) => m.id === meetingId);

  const label = (m: Meeting) =>
    [
      m.date ? formatDate(m.date, lang) : t('presentationForm.oparl.noDate'),
      m.time ? t('presentation.time', { time: m.time }) : null,
      m.name,
      m.cancelled ? `(${t('presentationForm.oparl.cancelled')})` : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const body = () => {
    if (!open) return null;
    if (meetings.isPending) {
      return (
        <p className="kern-body" role="status" aria-busy="true">
          {t('presentationForm.oparl.loading')}
        </p>
      );
    }
    if (meetings.isError) {
      return (
        <CouncilFailure title={t('presentationForm.oparl.failed')} message={meetings.error.message}>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void meetings.refetch()}>
            <span className="kern-label">{t('state.retry')}</span>
          </button>
        </CouncilFailure>
      );
    }
    const list = meetings.data.meetings;
    if (!list.length) return <p className="kern-body">{t('presentationForm.oparl.none')}</p>;
    return (
      <>
        <FieldShell id={`${id}-meeting`} label={t('presentationForm.oparl.meeting')}>
          <div className="kern-form-input__select-wrapper">
            <select
              id={`${id}-meeting`}
              className="kern-form-input__select"
              value={meetingId}
              onChange={(e) => {
                setMeetingId(e.target.value);
                setItemId('');
                setTaken(null);
              }}
            >
              <option value="">{t('presentationForm.oparl.chooseMeeting')}</option>
              {list.map((m) => (
                <option key={m.id} value={m.id}>
                  {label(m)}
                </option>
              ))}
            </select>
          </div>
        </FieldShell>
        {meeting && meeting.agendaItems.length > 0 ? (
          <FieldShell id={`${id}-item`} label={t('presentationForm.oparl.agendaItem')}>
            <div className="kern-form-input__select-wrapper">
              <select id={`${id}-item`} className="kern-form-input__select" value={itemId} onChange={(e) => setItemId(e.target.value)}>
                <option value="">{t('presentationForm.oparl.noAgendaItem')}</option>
                {meeting.agendaItems.map((item) => (
                  <option key={item.id} value={item.id}>
                    {[item.number, item.name].filter(Boolean).join(' ')}
                  </option>
                ))}
              </select>
            </div>
          </FieldShell>
        ) : null}
        {meetings.data.complete ? null : <p className="kern-body kern-body--small">{t('presentationForm.oparl.incomplete')}</p>}
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={!meeting}
          onClick={() => {
            if (!meeting) return;
            onPick(meeting, meeting.agendaItems.find((i) => i.id === itemId));
            setTaken(label(meeting));
          }}
        >
          <span className="kern-label">{t('presentationForm.oparl.take')}</span>
        </button>
      </>
    );
  };

  return (
    <section className="oparl-picker section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="kern-heading-small">
        {t('presentationForm.oparl.heading')}
      </h2>
      {open ? null : (
        <>
          <p className="kern-body kern-body--small">{t('presentationForm.oparl.intro')}</p>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(true)}>
            <span className="kern-label">{t('presentationForm.oparl.open')}</span>
          </button>
        </>
      )}
      {body()}
      <p className="kern-body kern-body--small" role="status">
        {taken ? t('presentationForm.oparl.taken', { meeting: taken }) : ''}
      </p>
    </section>
  );
}
