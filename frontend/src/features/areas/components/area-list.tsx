import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import type { Schemas } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** The areas as cards linking to their front pages. */
export function AreaList({ areas }: { areas: Schemas['Area'][] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  return (
    <ul className="card-grid" aria-label={t('start.listLabel')}>
      {areas.map((area) => (
        <li key={area.id} className="kern-card card">
          <div className="kern-card__container">
            <div className="kern-card__header">
              <p className="kern-preline">{area.municipality}</p>
              <h2 className="kern-title kern-title--large" lang={contentLang}>
                <AppLink to={paths.area(area.slug)} className="kern-link kern-link--stretched">
                  {area.name}
                </AppLink>
              </h2>
            </div>
            <div className="kern-card__body">
              <p className="kern-body kern-body--small kern-body--muted">
                {[
                  area.programme,
                  area.fundingStart && area.fundingEnd ? `${area.fundingStart}–${area.fundingEnd}` : null,
                  area.inhabitants ? t('area.inhabitantsShort', { count: area.inhabitants, formatted: formatNumber(area.inhabitants, lang) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {area.summary ? (
                <p className="kern-body clamp-3" lang={contentLang}>
                  {area.summary}
                </p>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
