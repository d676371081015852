import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useDeleteEdition, useEdition } from '@/features/editions/api/editions';
import { EditionForm } from '@/features/editions/components/edition-form';
import '@/features/editions/edition-form-texts';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** Creates an edition (`…/editions/new`) or edits and deletes one (`…/editions/:id/edit`). */
export default function EditionEditPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const { slug = '', id } = useParams();
  const edition = useEdition(slug, id ?? '');
  const remove = useDeleteEdition(slug);
  const title = id ? t('editionForm.editTitle') : t('editionForm.newTitle');
  return (
    <EditGuard slug={slug} title={title} queries={id ? [edition] : []}>
      {() => {
        const e = id ? edition.data! : undefined;
        return (
          <>
            <p className="breadcrumb kern-body kern-body--small">
              <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
              <span aria-hidden="true"> › </span>
              <AppLink to={paths.editions(slug)}>{t('editionForm.listTitle')}</AppLink>
            </p>
            {e ? (
              <PageHeading title={`${title}: ${e.label}`} preline={title} content>
                {e.label}
              </PageHeading>
            ) : (
              <PageHeading>{title}</PageHeading>
            )}
            <EditionForm
              key={e?.id ?? 'new'}
              slug={slug}
              edition={e}
              onSaved={(_, created) => {
                if (created) navigate(paths.editions(slug));
              }}
            />
            {e ? (
              <section className="section danger-zone" aria-label={t('editionForm.delete')}>
                <DeleteButton
                  label={t('editionForm.delete')}
                  question={t('editionForm.deleteQuestion', { label: e.label })}
                  onDelete={() => remove.mutateAsync(edition.data!)}
                  onDeleted={() => navigate(paths.editions(slug))}
                />
              </section>
            ) : null}
          </>
        );
      }}
    </EditGuard>
  );
}
