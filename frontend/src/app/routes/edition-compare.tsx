import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useEditionComparison } from '@/features/editions/api/editions';
import { ComparisonReport } from '@/features/editions/components/comparison-report';
import '@/features/editions/edition-texts';
import { paths } from '@/lib/paths';

/** What changed between two editions (`?from=…&to=…`, `to=current` for the live concept), grouped by action field. */
export default function EditionComparePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const comparison = useEditionComparison(slug, from, to);

  const breadcrumb = (
    <p className="breadcrumb kern-body kern-body--small">
      <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      {' / '}
      <AppLink to={paths.editions(slug)}>{t('editionView.allEditions')}</AppLink>
      {from ? (
        <>
          {' / '}
          <AppLink to={paths.edition(slug, from)}>{comparison.data?.from.label ?? t('editionView.open')}</AppLink>
        </>
      ) : null}
    </p>
  );

  const body = () => {
    if (!from || !to) return <EmptyState>{t('editionView.compareMissing')}</EmptyState>;
    if (comparison.isPending) {
      return (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={8} />
        </div>
      );
    }
    if (comparison.isError) return <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />;
    const c = comparison.data;
    return (
      <>
        <p className="kern-body lead">
          {c.to.id
            ? t('editionView.compareIntro', { from: c.from.label ?? '', to: c.to.label ?? '' })
            : t('editionView.compareIntroCurrent', { from: c.from.label ?? '' })}
        </p>
        <ComparisonReport comparison={c} />
      </>
    );
  };

  return (
    <>
      {breadcrumb}
      <PageHeading>{t('editionView.compareTitle')}</PageHeading>
      {body()}
    </>
  );
}
