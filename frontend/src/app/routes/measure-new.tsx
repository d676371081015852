import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useAreaOverview } from '@/features/areas/api/areas';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { MeasureEditForm } from '@/features/measures/components/measure-edit-form';
import type { Geometry } from '@/lib/geojson';
import '@/features/measures/measure-form-texts';
import { needOption } from '@/features/needs/api/need-search';
import { useNeed } from '@/features/needs/api/needs';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** A new measure (editors of the area, admins); `?actionField=` and `?need=` preset it. After creating, its edit page (for steps). */
export default function MeasureNewPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const needId = params.get('need') ?? '';
  const actionFields = useActionFields(slug);
  const overview = useAreaOverview(slug);
  const need = useNeed(slug, needId);
  const title = t('measureForm.newTitle');

  return (
    <EditGuard slug={slug} title={title} queries={needId ? [actionFields, need] : [actionFields]}>
      {() => (
        <>
          <p className="breadcrumb kern-body kern-body--small">
            <AppLink to={paths.measures(slug)}>{t('nav.measures')}</AppLink>
          </p>
          <PageHeading>{title}</PageHeading>
          <MeasureEditForm
            slug={slug}
            actionFields={actionFields.data!.items}
            municipality={overview.data?.area.municipality}
            areaBoundary={overview.data?.area.boundary as Geometry | null | undefined}
            prefill={{
              actionFieldId: params.get('actionField') ?? need.data?.actionField.id ?? '',
              needs: need.data ? [needOption(need.data)] : [],
            }}
            onSaved={(m) => navigate(paths.measureEdit(slug, m.id), { state: { created: true } })}
          />
        </>
      )}
    </EditGuard>
  );
}
