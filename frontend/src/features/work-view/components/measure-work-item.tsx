import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { DraftBadge, StatusBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';
import '../texts';

/** A measure in a list of the work view: link to it, its edit page, draft and status badges, and what is wrong. */
export function MeasureWorkItem({ slug, measure, children }: { slug: string; measure: Schemas['Measure']; children?: ReactNode }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  return (
    <li className="work-item" data-testid="work-item">
      <p className="kern-body work-item__title">
        <AppLink to={paths.measure(slug, measure.id)}>
          {measure.code} <span lang={contentLang}>{measure.title}</span>
        </AppLink>{' '}
        <DraftBadge status={measure.publicationStatus} />
        <StatusBadge status={measure.status} />
      </p>
      {children}
      <p className="kern-body kern-body--small work-item__actions">
        <AppLink to={paths.measureEdit(slug, measure.id)} aria-label={t('workView.editOf', { title: measure.title })}>
          {t('workView.edit')}
        </AppLink>
      </p>
    </li>
  );
}
