import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCommittee, useDeleteCommittee } from '@/features/admin/api/committees';
import { AdminRecordPage } from '@/features/admin/components/admin-record-page';
import { CommitteeForm } from '@/features/admin/components/committee-form';

export default function CommitteeEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const remove = useDeleteCommittee();
  return (
    <AdminRecordPage
      title={id ? t('admin.committees.editTitle') : t('admin.committees.new')}
      list="committees"
      id={id}
      query={useCommittee(id ?? '', !!id)}
      name={(c) => c.name}
      deletion={{ label: t('admin.committees.delete'), question: (c) => t('admin.committees.deleteQuestion', { name: c.name }), remove: remove.mutateAsync }}
      form={(c, onSaved) => <CommitteeForm key={c?.id ?? 'new'} committee={c} onSaved={onSaved} />}
    />
  );
}
