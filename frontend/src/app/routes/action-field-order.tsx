import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import '@/features/action-fields/action-field-form-texts';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { ActionFieldOrder } from '@/features/action-fields/components/action-field-order';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { paths } from '@/lib/paths';

/** Editors put the action fields of an area in order. */
export default function ActionFieldOrderPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const fields = useActionFields(slug);
  return (
    <EditGuard slug={slug} title={t('actionFieldForm.orderTitle')} queries={[fields]}>
      {() => (
        <>
          <p className="breadcrumb kern-body kern-body--small">
            <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
          </p>
          <PageHeading>{t('actionFieldForm.orderTitle')}</PageHeading>
          <p className="kern-body lead">{t('actionFieldForm.orderIntro')}</p>
          <ActionFieldOrder slug={slug} fields={fields.data!.items} />
          <p>
            <AppLink to={paths.actionFieldNew(slug)}>{t('actionFieldForm.newLink')}</AppLink>
          </p>
        </>
      )}
    </EditGuard>
  );
}
