import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DownloadLinks } from '@/components/ui/download-links';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useOpenAreaSteps } from '@/features/measures/api/measures';
import { AreaStepTable } from '@/features/measures/components/area-step-table';
import { paths, sheetPaths } from '@/lib/paths';

/** The open action steps of an area with due date and responsible actor: the list for the network meeting. */
export default function AreaStepsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const steps = useOpenAreaSteps(slug);

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      <PageHeading>{t('areaSteps.title')}</PageHeading>
      <p className="kern-body lead">{t('areaSteps.intro')}</p>
      <DownloadLinks apiPath={sheetPaths.steps(slug)} query={{ open: true }} what={t('download.steps')} />
      {steps.isPending ? (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={8} />
        </div>
      ) : steps.isError ? (
        <ErrorState error={steps.error} onRetry={() => void steps.refetch()} />
      ) : steps.data.items.length === 0 ? (
        <EmptyState>{t('areaSteps.empty')}</EmptyState>
      ) : (
        <>
          <p className="kern-body" role="status">
            {t('areaSteps.count', { count: steps.data.totalItems })}
            {steps.data.totalItems > steps.data.items.length
              ? ` ${t('areaSteps.more', { shown: steps.data.items.length, count: steps.data.totalItems })}`
              : null}
          </p>
          <AreaStepTable slug={slug} steps={steps.data.items} caption={t('areaSteps.title')} />
        </>
      )}
    </>
  );
}
