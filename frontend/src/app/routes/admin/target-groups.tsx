import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useTargetGroupList } from '@/features/admin/api/target-groups';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { paths } from '@/lib/paths';

export default function TargetGroupsPage() {
  const { t } = useTranslation();
  const groups = useTargetGroupList();
  const title = t('admin.sections.targetGroups.title');
  return (
    <AdminListPage title={title} newLabel={t('admin.targetGroups.new')} newTo={paths.admin('target-groups/new')} query={groups} isEmpty={(p) => !p.items.length}>
      {(page) => (
        <AdminTable
          caption={title}
          rows={page.items}
          columns={[
            { header: t('admin.targetGroups.fields.code'), rowHeader: true, cell: (g) => <AppLink to={paths.admin(`target-groups/${encodeURIComponent(g.code)}`)}>{g.code}</AppLink> },
            { header: t('admin.targetGroups.fields.labelDe'), cell: (g) => <span lang="de">{g.labelDe}</span> },
            { header: t('admin.targetGroups.fields.labelEn'), cell: (g) => <span lang="en">{g.labelEn}</span> },
          ]}
        />
      )}
    </AdminListPage>
  );
}
