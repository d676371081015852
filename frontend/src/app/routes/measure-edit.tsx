import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useSession } from '@/features/auth/hooks/use-session';
import { useMeasure } from '@/features/measures/api/measures';
import { MeasureEditForm } from '@/features/measures/components/measure-edit-form';
import { paths } from '@/lib/paths';

/** The edit form of a measure, for editors of its area and admins. */
export default function MeasureEditPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { slug = '', id = '' } = useParams();
  const session = useSession();
  const measure = useMeasure(slug, id);
  const actionFields = useActionFields(slug);

  if (session.isPending || (session.me && (measure.isPending || actionFields.isPending))) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading title={t('measureEdit.title')}>
          <span className="visually-hidden">{t('measureEdit.title')}</span>
          <Skeleton height="2.25rem" />
        </PageHeading>
        <Skeleton lines={8} />
      </div>
    );
  }
  if (!session.canEdit(slug)) {
    return (
      <>
        <PageHeading>{t('measureEdit.title')}</PageHeading>
        <p className="kern-body">{t('form.notAllowed')}</p>
        {session.me ? null : <AppLink to={paths.login(location.pathname)}>{t('login.link')}</AppLink>}
      </>
    );
  }
  if (measure.isError || actionFields.isError) {
    return (
      <>
        <PageHeading>{t('measureEdit.title')}</PageHeading>
        <ErrorState error={measure.error ?? actionFields.error} onRetry={() => void measure.refetch()} />
      </>
    );
  }
  const m = measure.data!;
  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.measures(slug)}>{t('nav.measures')}</AppLink>
        <span aria-hidden="true"> › </span>
        <AppLink to={paths.measure(slug, m.id)}>{m.code}</AppLink>
      </p>
      <PageHeading title={`${t('measureEdit.title')}: ${m.title}`} preline={`${t('measureEdit.title')} ${m.code}`} content>
        {m.title}
      </PageHeading>
      <MeasureEditForm key={m.id} slug={slug} measure={m} actionFields={actionFields.data!.items} />
    </>
  );
}
