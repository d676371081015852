import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { BackToList } from '@/features/admin/components/back-to-list';
import { AreaCreateForm } from '@/features/admin/components/area-create-form';
import { useBackToList } from '@/features/admin/hooks/use-back-to-list';

export default function AreaNewPage() {
  const { t } = useTranslation();
  const back = useBackToList();
  return (
    <>
      <BackToList list="areas" />
      <PageHeading>{t('admin.areas.new')}</PageHeading>
      <AreaCreateForm onSaved={(area) => back('areas', t('admin.created', { name: area.name }))} />
    </>
  );
}
