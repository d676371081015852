import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useActor, useDeleteActor } from '@/features/admin/api/actors';
import { ActorForm } from '@/features/admin/components/actor-form';
import { AdminRecordPage } from '@/features/admin/components/admin-record-page';

export default function ActorEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const remove = useDeleteActor();
  return (
    <AdminRecordPage
      title={id ? t('admin.actors.editTitle') : t('admin.actors.new')}
      list="actors"
      id={id}
      query={useActor(id ?? '', !!id)}
      name={(a) => a.name}
      deletion={{ label: t('admin.actors.delete'), question: (a) => t('admin.actors.deleteQuestion', { name: a.name }), remove: remove.mutateAsync }}
      form={(a, onSaved) => <ActorForm key={a?.id ?? 'new'} actor={a} onSaved={onSaved} />}
    />
  );
}
