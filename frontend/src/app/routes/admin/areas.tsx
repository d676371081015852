import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { useDeleteArea } from '@/features/admin/api/areas';
import { AdminListPage } from '@/features/admin/components/admin-list-page';
import { AdminTable } from '@/features/admin/components/admin-table';
import { useAreas } from '@/features/areas/api/areas';
import { paths } from '@/lib/paths';

/** All areas, drafts included; an empty one can be deleted (the API explains why not otherwise). */
export default function AreasPage() {
  const { t } = useTranslation();
  const areas = useAreas();
  const remove = useDeleteArea();
  const [deleted, setDeleted] = useState<string>();
  const title = t('admin.sections.areas.title');
  return (
    <AdminListPage title={title} newLabel={t('admin.areas.new')} newTo={paths.admin('areas/new')} notice={deleted} query={areas} isEmpty={(p) => !p.items.length}>
      {(page) => (
        <AdminTable
          caption={title}
          rows={page.items}
          columns={[
            { header: t('admin.areas.fields.position'), cell: (a) => a.position },
            { header: t('admin.areas.fields.name'), rowHeader: true, cell: (a) => <AppLink to={paths.area(a.slug)}>{a.name}</AppLink> },
            { header: t('admin.areas.fields.slug'), cell: (a) => <code>{a.slug}</code> },
            { header: t('admin.areas.fields.municipality'), cell: (a) => a.municipality },
            { header: t('admin.areas.fields.publicationStatus'), cell: (a) => t(`publicationStatus.${a.publicationStatus}`) },
            {
              header: t('admin.actions'),
              cell: (a) => (
                <DeleteButton
                  label={t('admin.deleteNamed', { name: a.name })}
                  visibleLabel={t('admin.delete')}
                  question={t('admin.areas.deleteQuestion', { name: a.name })}
                  onDelete={() => remove.mutateAsync(a)}
                  onDeleted={() => setDeleted(t('admin.deleted', { name: a.name }))}
                />
              ),
            },
          ]}
        />
      )}
    </AdminListPage>
  );
}
