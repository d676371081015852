import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import '@/features/action-fields/action-field-form-texts';
import { useActionField, useActionFields, useDeleteActionField } from '@/features/action-fields/api/action-fields';
import { ActionFieldForm } from '@/features/action-fields/components/action-field-form';
import { nextPosition } from '@/features/action-fields/utils/action-field-form';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** Creates an action field (`…/action-fields/new`) or edits and deletes one (`…/action-fields/:id/edit`). */
export default function ActionFieldEditPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const { slug = '', id } = useParams();
  const field = useActionField(slug, id ?? '');
  const fields = useActionFields(slug);
  const remove = useDeleteActionField(slug);
  const title = id ? t('actionFieldForm.editTitle') : t('actionFieldForm.newTitle');

  return (
    <EditGuard slug={slug} title={title} queries={id ? [field] : [fields]}>
      {() => {
        const f = id ? field.data! : undefined;
        return (
          <>
            <p className="breadcrumb kern-body kern-body--small">
              <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
              {f ? (
                <>
                  <span aria-hidden="true"> › </span>
                  <AppLink to={paths.actionField(slug, f.id)}>{f.title}</AppLink>
                </>
              ) : null}
            </p>
            {f ? (
              <PageHeading title={`${title}: ${f.title}`} preline={`${title} ${f.code}`} content>
                {f.title}
              </PageHeading>
            ) : (
              <PageHeading>{title}</PageHeading>
            )}
            <ActionFieldForm
              key={f?.id ?? 'new'}
              slug={slug}
              field={f}
              newPosition={nextPosition(fields.data?.items ?? [])}
              onSaved={(saved, created) => {
                if (created) navigate(paths.actionField(slug, saved.id));
              }}
            />
            {f ? (
              <section className="section danger-zone" aria-label={t('actionFieldForm.delete')}>
                <DeleteButton
                  label={t('actionFieldForm.delete')}
                  question={t('actionFieldForm.deleteQuestion', { title: f.title })}
                  onDelete={() => remove.mutateAsync(field.data!)}
                  onDeleted={() => navigate(paths.area(slug))}
                />
              </section>
            ) : null}
          </>
        );
      }}
    </EditGuard>
  );
}
