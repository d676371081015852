import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useAreaOverview } from '@/features/areas/api/areas';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useDeleteMeasure, useMeasure } from '@/features/measures/api/measures';
import { MeasureEditForm } from '@/features/measures/components/measure-edit-form';
import type { Geometry } from '@/lib/geojson';
import { StepEditor } from '@/features/measures/components/step-editor';
import '@/features/measures/measure-form-texts';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** The edit page of a measure, for editors of its area and admins: the measure's fields, its steps, deleting it. */
export default function MeasureEditPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const { slug = '', id = '' } = useParams();
  const measure = useMeasure(slug, id);
  const actionFields = useActionFields(slug);
  const overview = useAreaOverview(slug);
  const remove = useDeleteMeasure(slug);
  const municipality = overview.data?.area.municipality;

  return (
    <EditGuard slug={slug} title={t('measureEdit.title')} queries={[measure, actionFields]}>
      {() => {
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
            {justCreated ? (
              <div className="kern-alert kern-alert--success" role="status">
                <div className="kern-alert__header">
                  <span className="kern-icon kern-icon--success" aria-hidden="true" />
                  <span className="kern-title">{t('measureForm.created')}</span>
                </div>
              </div>
            ) : null}
            <MeasureEditForm key={m.id} slug={slug} measure={m} actionFields={actionFields.data!.items} municipality={municipality} areaBoundary={overview.data?.area.boundary as Geometry | null | undefined} />
            <StepEditor slug={slug} measureId={m.id} municipality={municipality} />
            <section className="section" aria-labelledby="measure-delete-heading">
              <h2 id="measure-delete-heading" className="kern-heading-medium">
                {t('measureForm.delete')}
              </h2>
              <DeleteButton
                label={t('measureForm.delete')}
                question={t('measureForm.deleteQuestion', { title: m.title })}
                onDelete={() => remove.mutateAsync(m)}
                onDeleted={() => navigate(paths.measures(slug))}
              />
            </section>
          </>
        );
      }}
    </EditGuard>
  );
}
