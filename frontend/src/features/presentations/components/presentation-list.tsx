import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { HistoryLink } from '@/features/history/components/history-link';
import { DraftBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

type Presentation = Schemas['Presentation'];

type Props = {
  slug: string;
  presentations: Presentation[];
  /** Hide the list of measures presented (e.g. on a measure's own page). */
  hideMeasures?: boolean;
  /** Editing actions for an entry (edit link, publish button). */
  actions?: (p: Presentation) => ReactNode;
};

/** Committee dates, each under its committee's name, with links to the council information system where it has them. */
export function PresentationList({ slug, presentations, hideMeasures, actions }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  return (
    <ul className="plain-list presentation-list">
      {presentations.map((p) => {
        // the web page where known, else the OParl address of the meeting or agenda item the date was taken from
        const links = [
          [p.meetingUrl ?? p.oparlMeetingUrl, t('presentation.meeting')],
          [p.agendaItemUrl ?? p.oparlAgendaItemUrl, t('presentation.agendaItem')],
          [p.paperUrl, t('presentation.paper')],
        ].filter((l): l is [string, string] => Boolean(l[0]));
        return (
          <li key={p.id} className="presentation" id={`presentation-${p.id}`}>
            <p className="presentation__date kern-body kern-body--bold">
              <DraftBadge status={p.publicationStatus} />
              <time dateTime={p.time ? `${p.date}T${p.time}` : p.date}>
                {formatDate(p.date, lang, 'long')}
                {p.time ? `, ${t('presentation.time', { time: p.time })}` : ''}
              </time>
              {p.status !== 'SCHEDULED' && p.status !== 'HELD' ? (
                <span className="kern-badge kern-badge--warning presentation__status">
                  <span className="kern-label kern-label--small">{t(`presentationStatus.${p.status}`)}</span>
                </span>
              ) : null}
            </p>
            <h3 className="kern-title kern-title--small presentation__title">
              {p.committee.name}
              {p.committee.shortName ? ` (${p.committee.shortName})` : ''}
            </h3>
            <p className="kern-body" lang={contentLang}>
              {p.title}
            </p>
            {p.location ? (
              <p className="kern-body kern-body--small presentation__location" lang={contentLang}>
                {t('presentation.location')}: {p.location}
              </p>
            ) : null}
            {p.description ? (
              <p className="kern-body kern-body--small" lang={contentLang}>
                {p.description}
              </p>
            ) : null}
            <p className="kern-body kern-body--small kern-body--muted">
              {[p.edition ? `${t('presentation.edition')}: ${p.edition.label}` : null, p.presenter ? `${t('presentation.presenter')}: ${p.presenter.name}` : null]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {!hideMeasures && p.measures.length > 0 ? (
              <>
                <p className="kern-body kern-body--small">{t('presentation.measures')}:</p>
                <ul className="kern-body kern-body--small presentation__measures">
                  {p.measures.map((m) => (
                    <li key={m.id}>
                      <AppLink to={paths.measure(slug, m.id)}>
                        {m.code} {m.title}
                      </AppLink>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {links.length > 0 ? (
              <ul className="inline-list kern-body kern-body--small" aria-label={t('presentation.risLinks')}>
                {links.map(([url, label]) => (
                  <li key={label}>
                    <a className="kern-link" href={url} rel="noopener">
                      {label}
                      <span className="visually-hidden"> ({t('presentation.ris')})</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <HistoryLink to={paths.history.presentation(slug, p.id)} label={`${p.committee.name}, ${formatDate(p.date, lang)}`} className="kern-link kern-body--small history-link" />
            {actions?.(p)}
          </li>
        );
      })}
    </ul>
  );
}

/** Splits presentations into upcoming (soonest first) and past (latest first). */
export function splitPresentations(presentations: Presentation[]) {
  const when = (p: Presentation) => `${p.date}T${p.time ?? ''}`;
  const upcoming = presentations.filter((p) => p.upcoming).sort((a, b) => when(a).localeCompare(when(b)));
  const past = presentations.filter((p) => !p.upcoming).sort((a, b) => when(b).localeCompare(when(a)));
  return { upcoming, past };
}

/** The committees of these presentations, each once, in alphabetical order. */
export function committeesOf(presentations: Presentation[]): Presentation['committee'][] {
  const committees = new Map(presentations.map((p) => [p.committee.id, p.committee]));
  return [...committees.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
