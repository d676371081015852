import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useCommittees } from '@/features/admin/api/committees';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { paths } from '@/lib/paths';

export default function CommitteesPage() {
  const { t } = useTranslation();
  const committees = useCommittees();
  const title = t('admin.sections.committees.title');
  return (
    <AdminListPage title={title} newLabel={t('admin.committees.new')} newTo={paths.admin('committees/new')} query={committees} isEmpty={(p) => !p.items.length}>
      {(page) => (
        <AdminTable
          caption={title}
          rows={page.items}
          columns={[
            { header: t('admin.committees.fields.name'), rowHeader: true, cell: (c) => <AppLink to={paths.admin(`committees/${c.id}`)}>{c.name}</AppLink> },
            { header: t('admin.committees.fields.shortName'), cell: (c) => c.shortName ?? t('admin.none') },
            { header: t('admin.committees.fields.municipality'), cell: (c) => c.municipality },
          ]}
        />
      )}
    </AdminListPage>
  );
}
