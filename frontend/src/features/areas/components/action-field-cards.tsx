import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { ProgressBar } from '@/components/ui/progress-bar';
import { DraftBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';

/** The action fields of an area as cards with their counts of needs and measures and their progress; `drafts` are marked. */
export function ActionFieldCards({ slug, fields, drafts }: { slug: string; fields: Schemas['AreaOverviewActionField'][]; drafts?: Set<string> }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  return (
    <ul className="card-grid card-grid--fields">
      {fields.map((field) => (
        <li key={field.id} className="kern-card card field-card" style={{ borderTopColor: field.color ?? undefined }}>
          <div className="kern-card__container">
            <div className="kern-card__header">
              <p className="kern-preline">
                {drafts?.has(field.id) ? <DraftBadge status="DRAFT" /> : null}
                {field.code}
              </p>
              <h3 className="kern-title" lang={contentLang}>
                <AppLink to={paths.actionField(slug, field.id)} className="kern-link kern-link--stretched">
                  {field.title}
                </AppLink>
              </h3>
            </div>
            <div className="kern-card__body">
              {field.goal ? (
                <p className="kern-body kern-body--small clamp-3" lang={contentLang}>
                  {field.goal}
                </p>
              ) : null}
              <ul className="field-card__counts kern-body kern-body--small">
                <li>{t('field.needsCount', { count: field.needsCount })}</li>
                <li>{t('field.measuresCount', { count: field.measuresCount })}</li>
                {field.uncoveredNeedsCount > 0 ? (
                  <li className="field-card__gap">{t('field.uncoveredCount', { count: field.uncoveredNeedsCount })}</li>
                ) : null}
              </ul>
              {field.meanProgress != null ? (
                <ProgressBar value={field.meanProgress} label={t('field.meanProgress')} />
              ) : (
                <p className="kern-body kern-body--small kern-body--muted">{t('field.noMeasures')}</p>
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
