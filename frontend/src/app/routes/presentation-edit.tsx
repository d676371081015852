import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useEditions } from '@/features/editions/api/editions';
import { useCommittees, useDeletePresentation, usePresentation } from '@/features/presentations/api/presentations';
import { PresentationForm } from '@/features/presentations/components/presentation-form';
import '@/features/presentations/presentation-form-texts';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** Creates a committee date (`…/committee-dates/new`) or edits and deletes one (`…/committee-dates/:id/edit`). */
export default function PresentationEditPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const { slug = '', id } = useParams();
  const presentation = usePresentation(slug, id ?? '');
  const committees = useCommittees();
  const editions = useEditions(slug);
  const remove = useDeletePresentation(slug);
  const title = id ? t('presentationForm.editTitle') : t('presentationForm.newTitle');
  return (
    <EditGuard slug={slug} title={title} queries={id ? [presentation, committees, editions] : [committees, editions]}>
      {() => {
        const p = id ? presentation.data! : undefined;
        return (
          <>
            <p className="breadcrumb kern-body kern-body--small">
              <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
              <span aria-hidden="true"> › </span>
              <AppLink to={paths.presentations(slug)}>{t('nav.presentations')}</AppLink>
            </p>
            {p ? (
              <PageHeading title={`${title}: ${p.title}`} preline={title} content>
                {p.title}
              </PageHeading>
            ) : (
              <PageHeading>{title}</PageHeading>
            )}
            <PresentationForm
              key={p?.id ?? 'new'}
              slug={slug}
              presentation={p}
              committees={committees.data!.items}
              editions={editions.data!.items}
              onSaved={(_, created) => {
                if (created) navigate(paths.presentations(slug));
              }}
            />
            {p ? (
              <section className="section danger-zone" aria-label={t('presentationForm.delete')}>
                <DeleteButton
                  label={t('presentationForm.delete')}
                  question={t('presentationForm.deleteQuestion', { title: p.title })}
                  onDelete={() => remove.mutateAsync(presentation.data!)}
                  onDeleted={() => navigate(paths.presentations(slug))}
                />
              </section>
            ) : null}
          </>
        );
      }}
    </EditGuard>
  );
}
