import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import '@/features/areas/area-form-texts';
import { useArea } from '@/features/areas/api/area-edit';
import { AreaEditForm } from '@/features/areas/components/area-edit-form';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** The profile of an area, for its editors and admins. */
export default function AreaEditPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const { slug = '' } = useParams();
  const area = useArea(slug);
  const title = t('areaForm.title');
  return (
    <EditGuard slug={slug} title={title} queries={[area]}>
      {() => (
        <>
          <p className="breadcrumb kern-body kern-body--small">
            <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
          </p>
          <PageHeading title={`${title}: ${area.data!.name}`} preline={title} content>
            {area.data!.name}
          </PageHeading>
          <AreaEditForm
            key={area.data!.id}
            area={area.data!}
            onSaved={(saved) => {
              // A new slug is a new address: the area's page lives there now (this edit page's URL is gone).
              if (saved.slug !== slug) navigate(paths.area(saved.slug), { replace: true });
            }}
          />
        </>
      )}
    </EditGuard>
  );
}
