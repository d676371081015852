import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { rememberTargetGroup, useDeleteTargetGroup, useTargetGroup } from '@/features/admin/api/target-groups';
import { AdminRecordPage } from '@/features/admin/components/admin-record-page';
import { TargetGroupForm } from '@/features/admin/components/target-group-form';
import { paths, withLang } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** A new target group or an existing one; its page follows a changed code (the code is its URL key). */
export default function TargetGroupEditPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const remove = useDeleteTargetGroup();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const lang = useLang();
  return (
    <AdminRecordPage
      title={code ? t('admin.targetGroups.editTitle') : t('admin.targetGroups.new')}
      list="target-groups"
      id={code}
      query={useTargetGroup(code ?? '', !!code)}
      name={(g) => g.code}
      deletion={{ label: t('admin.targetGroups.delete'), question: (g) => t('admin.targetGroups.deleteQuestion', { name: g.labelDe }), remove: remove.mutateAsync }}
      onUpdated={(g) => {
        if (g.code === code) return;
        rememberTargetGroup(queryClient, g);
        void navigate(withLang(paths.admin(`target-groups/${encodeURIComponent(g.code)}`), lang), { replace: true });
      }}
      form={(g, onSaved) => <TargetGroupForm key={g?.id ?? 'new'} group={g} onSaved={onSaved} />}
    />
  );
}
