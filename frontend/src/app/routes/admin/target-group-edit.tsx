import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDeleteTargetGroup, useTargetGroup } from '@/features/admin/api/target-groups';
import { AdminRecordPage } from '@/features/admin/components/admin-record-page';
import { TargetGroupForm } from '@/features/admin/components/target-group-form';

export default function TargetGroupEditPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const remove = useDeleteTargetGroup();
  return (
    <AdminRecordPage
      title={code ? t('admin.targetGroups.editTitle') : t('admin.targetGroups.new')}
      list="target-groups"
      id={code}
      query={useTargetGroup(code ?? '', !!code)}
      name={(g) => g.code}
      deletion={{ label: t('admin.targetGroups.delete'), question: (g) => t('admin.targetGroups.deleteQuestion', { name: g.labelDe }), remove: remove.mutateAsync }}
      form={(g, onSaved) => <TargetGroupForm key={g?.id ?? 'new'} group={g} onSaved={onSaved} />}
    />
  );
}
