import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { DraftBadge, StatusBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

type Props = {
  slug: string;
  need: Schemas['Need'];
  /** Show the title as a linked h3; off on the need's own page, whose h1 is the title. */
  showTitle?: boolean;
  /** Editing actions (edit link, publish button), shown under the need. */
  actions?: ReactNode;
};

/** A need with its evidence, target groups and the measures answering it; an unanswered need is marked as a gap. */
export function NeedCard({ slug, need, showTitle = true, actions }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const uncovered = need.measures.length === 0;
  return (
    <article className={`need${uncovered ? ' need--uncovered' : ''}`} id={`need-${need.id}`} aria-labelledby={showTitle ? `need-title-${need.id}` : undefined}>
      <p className="kern-preline">
        <DraftBadge status={need.publicationStatus} />
        {need.code} · {t('need.priority')}: {t(`priority.${need.priority}`)}
      </p>
      {showTitle ? (
        <h3 id={`need-title-${need.id}`} className="kern-title" lang={contentLang}>
          <AppLink to={paths.need(slug, need.id)}>{need.title}</AppLink>
        </h3>
      ) : null}
      {need.description ? (
        <p className="kern-body" lang={contentLang}>
          {need.description}
        </p>
      ) : null}
      {need.evidence ? (
        <p className="kern-body kern-body--small">
          <span className="kern-body--bold">{t('need.evidence')}:</span> <span lang={contentLang}>{need.evidence}</span>
        </p>
      ) : null}
      {need.targetGroups.length ? (
        <p className="kern-body kern-body--small">
          <span className="kern-body--bold">{t('measure.targetGroups')}:</span>{' '}
          {need.targetGroups.map((g) => (lang === 'en' ? g.labelEn : g.labelDe)).join(', ')}
        </p>
      ) : null}
      {uncovered ? (
        <p className="need__gap kern-body">
          <span className="kern-badge kern-badge--danger">
            <span className="kern-label kern-label--small">{t('need.uncovered')}</span>
          </span>{' '}
          {t('need.uncoveredText')}
        </p>
      ) : (
        <div className="need__measures">
          <p className="kern-body kern-body--small kern-body--bold">{t('need.answeredBy', { count: need.measures.length })}</p>
          <ul className="plain-list">
            {need.measures.map((m) => (
              <li key={m.id} className="need__measure">
                <AppLink to={paths.measure(slug, m.id)}>
                  {m.code} {m.title}
                </AppLink>{' '}
                <StatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {actions ? <div className="edit-actions no-print">{actions}</div> : null}
    </article>
  );
}
