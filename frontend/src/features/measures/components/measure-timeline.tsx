import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { parseDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';
import { formatPeriod } from '../utils/period';

type Measure = Schemas['Measure'];

/** The year range a timeline needs to show every dated measure; open ends reach the current year at least. */
export function timelineRange(measures: Measure[], currentYear = new Date().getFullYear()) {
  const years: number[] = [];
  for (const m of measures) {
    if (m.startDate) years.push(parseDate(m.startDate).getUTCFullYear());
    if (m.endDate) years.push(parseDate(m.endDate).getUTCFullYear());
  }
  if (years.length === 0) return undefined;
  const open = measures.some((m) => (m.startDate || m.endDate) && !m.endDate);
  const first = Math.min(...years);
  const last = Math.max(...years, open ? currentYear : first);
  return { first, last };
}

/** Position of a date on a scale of whole years, in percent. */
export function position(date: string, first: number, last: number): number {
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  return Math.min(100, Math.max(0, ((parseDate(date).getTime() - start) / (end - start)) * 100));
}

/** The measures' periods on a time axis. Each row states its period as text, so the bars need not be seen. */
export function MeasureTimeline({ slug, measures }: { slug: string; measures: Measure[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const dated = measures.filter((m) => m.startDate || m.endDate);
  const undated = measures.filter((m) => !m.startDate && !m.endDate);
  const range = timelineRange(dated);
  const years = range ? Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i) : [];

  return (
    <div className="timeline">
      {range ? (
        <>
          <div className="timeline__axis" aria-hidden="true">
            <span className="timeline__label-col" />
            <span className="timeline__track">
              {years.map((y) => (
                <span key={y} className="timeline__year" style={{ left: `${position(`${y}-01-01`, range.first, range.last)}%` }}>
                  {y}
                </span>
              ))}
            </span>
          </div>
          <ol className="plain-list timeline__rows">
            {dated.map((m) => {
              const left = m.startDate ? position(m.startDate, range.first, range.last) : 0;
              const right = m.endDate ? position(m.endDate, range.first, range.last) : 100;
              return (
                <li key={m.id} className="timeline__row">
                  <span className="timeline__label-col">
                    <AppLink to={paths.measure(slug, m.id)}>
                      {m.code} {m.title}
                    </AppLink>
                    <span className="kern-body kern-body--small timeline__period">
                      {formatPeriod(m.startDate, m.endDate, lang, t('measure.open'), t('measure.noPeriod'))}
                    </span>
                    <StatusBadge status={m.status} />
                  </span>
                  <span className="timeline__track" aria-hidden="true">
                    {years.map((y) => (
                      <span key={y} className="timeline__grid" style={{ left: `${position(`${y}-01-01`, range.first, range.last)}%` }} />
                    ))}
                    <span
                      className={`timeline__bar status-fill--${m.status.toLowerCase()}${!m.endDate ? ' timeline__bar--open-end' : ''}${!m.startDate ? ' timeline__bar--open-start' : ''}`}
                      style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%` }}
                    />
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      {undated.length ? (
        <div className="timeline__undated">
          <h3 className="kern-heading-small">{t('measures.undated', { count: undated.length })}</h3>
          <ul className="plain-list">
            {undated.map((m) => (
              <li key={m.id}>
                <AppLink to={paths.measure(slug, m.id)}>
                  {m.code} {m.title}
                </AppLink>{' '}
                <StatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
