import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { DownloadLinks } from '@/components/ui/download-links';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { DraftBadge } from '@/components/ui/status-badge';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { paths, sheetPaths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';
import '../indicator-texts';
import { useIndicators } from '../api/indicators';
import { IndicatorStatus } from './indicator-status';

/**
 * The indicators section of an area page, or of an action field page (`actionField`): per indicator its latest value,
 * trend and distance to target, linking to its page with the chart. Editors get a link to add one.
 */
export function IndicatorSection({ slug, actionField, canEdit }: { slug: string; actionField?: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const indicators = useIndicators(slug, actionField);
  const items = indicators.data?.items ?? [];
  if (!canEdit && indicators.isSuccess && items.length === 0) return null;
  return (
    <section aria-labelledby="indicators-heading" className="section" aria-busy={indicators.isPending}>
      <h2 id="indicators-heading" className="kern-heading-medium">
        {t('indicators.heading')}
      </h2>
      <p className="kern-body">{actionField ? t('indicators.fieldIntro') : t('indicators.intro')}</p>
      {canEdit ? (
        <p className="no-print">
          <AppLink to={paths.indicatorNew(slug)} className="kern-btn kern-btn--secondary kern-btn--small">
            <span className="kern-label">{t('indicators.newLink')}</span>
          </AppLink>
        </p>
      ) : null}
      {indicators.isPending ? (
        <>
          <LoadingStatus />
          <Skeleton className="skeleton--card" lines={4} />
        </>
      ) : indicators.isError ? (
        <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>{t('indicators.none')}</EmptyState>
      ) : (
        <ul className="card-grid indicator-list" role="list">
          {items.map((indicator) => (
            <li key={indicator.id} className="indicator-card">
              <h3 className="kern-title" lang={contentLang}>
                <DraftBadge status={indicator.publicationStatus} />
                <AppLink to={paths.indicator(slug, indicator.id)}>{indicator.name}</AppLink>
              </h3>
              <IndicatorStatus indicator={indicator} />
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 ? (
        <DownloadLinks apiPath={sheetPaths.indicators(slug)} query={{ actionField }} what={t('download.indicators')} />
      ) : null}
    </section>
  );
}
