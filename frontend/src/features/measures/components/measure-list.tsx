import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { ProgressBar } from '@/components/ui/progress-bar';
import { DraftBadge, StatusBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';
import { formatPeriod } from '../utils/period';

/** Measures as a list of compact entries: code, title, status, progress, period, lead actor, field, target groups. */
export function MeasureList({ slug, measures }: { slug: string; measures: Schemas['Measure'][] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  return (
    <ul className="plain-list measure-list">
      {measures.map((m) => (
        <li key={m.id} className="measure-item">
          <div className="measure-item__main">
            <p className="kern-preline">
              <DraftBadge status={m.publicationStatus} />
              {m.code} · {m.actionField.title}
            </p>
            <h3 className="kern-title" lang={contentLang}>
              <AppLink to={paths.measure(slug, m.id)}>{m.title}</AppLink>
            </h3>
            {m.summary ? (
              <p className="kern-body kern-body--small clamp-2" lang={contentLang}>
                {m.summary}
              </p>
            ) : null}
            <dl className="measure-item__facts kern-body kern-body--small">
              <div>
                <dt>{t('measure.period')}</dt>
                <dd>{formatPeriod(m.startDate, m.endDate, lang, t('measure.open'), t('measure.noPeriod'))}</dd>
              </div>
              <div>
                <dt>{t('measure.lead')}</dt>
                <dd>{m.leadActor?.name ?? '–'}</dd>
              </div>
              {m.targetGroups.length ? (
                <div>
                  <dt>{t('measure.targetGroups')}</dt>
                  <dd>{m.targetGroups.map((g) => (lang === 'en' ? g.labelEn : g.labelDe)).join(', ')}</dd>
                </div>
              ) : null}
            </dl>
          </div>
          <div className="measure-item__status">
            <StatusBadge status={m.status} />
            <ProgressBar value={m.progress} />
          </div>
        </li>
      ))}
    </ul>
  );
}
