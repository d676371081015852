import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useDeleteIndicator, useIndicator } from '@/features/indicators/api/indicators';
import { IndicatorForm } from '@/features/indicators/components/indicator-form';
import '@/features/indicators/indicator-texts';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';

/** Creates an indicator (`…/indicators/new`) or edits and deletes one (`…/indicators/:id/edit`). */
export default function IndicatorEditPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const { slug = '', id } = useParams();
  const indicator = useIndicator(slug, id ?? '');
  const actionFields = useActionFields(slug);
  const remove = useDeleteIndicator(slug);
  const title = id ? t('indicators.form.editTitle') : t('indicators.form.newTitle');

  return (
    <EditGuard slug={slug} title={title} queries={id ? [indicator, actionFields] : [actionFields]}>
      {() => {
        const i = id ? indicator.data! : undefined;
        return (
          <>
            <p className="breadcrumb kern-body kern-body--small">
              <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
              {i ? (
                <>
                  <span aria-hidden="true"> › </span>
                  <AppLink to={paths.indicator(slug, i.id)}>{i.name}</AppLink>
                </>
              ) : null}
            </p>
            {i ? (
              <PageHeading title={`${title}: ${i.name}`} preline={title} content>
                {i.name}
              </PageHeading>
            ) : (
              <PageHeading>{title}</PageHeading>
            )}
            <IndicatorForm
              key={i?.id ?? 'new'}
              slug={slug}
              indicator={i}
              actionFields={actionFields.data!.items}
              onSaved={(saved, created) => {
                if (created) navigate(paths.indicator(slug, saved.id));
              }}
            />
            {i ? (
              <section className="section danger-zone" aria-label={t('indicators.form.delete')}>
                <DeleteButton
                  label={t('indicators.form.delete')}
                  question={t('indicators.form.deleteQuestion', { title: i.name })}
                  onDelete={() => remove.mutateAsync(indicator.data!)}
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
