import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { DeleteButton } from '@/components/ui/delete-button';
import { PageHeading } from '@/components/ui/page-heading';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { EditGuard } from '@/features/auth/components/edit-guard';
import { useTargetGroups } from '@/features/measures/api/measures';
import { targetGroupOption } from '@/features/measures/utils/measure-form';
import { useDeleteNeed, useNeed } from '@/features/needs/api/needs';
import { NeedForm } from '@/features/needs/components/need-form';
import '@/features/needs/need-form-texts';
import { useAppNavigate } from '@/hooks/use-app-navigate';
import { paths } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';

/** Creates a need (`…/needs/new?actionField=`) or edits and deletes one (`…/needs/:id/edit`). */
export default function NeedEditPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useAppNavigate();
  const { slug = '', id } = useParams();
  const [search] = useSearchParams();
  const need = useNeed(slug, id ?? '');
  const actionFields = useActionFields(slug);
  const targetGroups = useTargetGroups();
  const remove = useDeleteNeed(slug);
  const title = id ? t('needForm.editTitle') : t('needForm.newTitle');
  const prefilledField = search.get('actionField') ?? undefined;

  return (
    <EditGuard slug={slug} title={title} queries={id ? [need, actionFields, targetGroups] : [actionFields, targetGroups]}>
      {() => {
        const n = id ? need.data! : undefined;
        const fieldId = n?.actionField.id ?? prefilledField;
        const field = actionFields.data!.items.find((f) => f.id === fieldId);
        return (
          <>
            <p className="breadcrumb kern-body kern-body--small">
              <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
              {field ? (
                <>
                  <span aria-hidden="true"> › </span>
                  <AppLink to={paths.actionField(slug, field.id)}>{field.title}</AppLink>
                </>
              ) : null}
              {n ? (
                <>
                  <span aria-hidden="true"> › </span>
                  <AppLink to={paths.need(slug, n.id)}>{n.code}</AppLink>
                </>
              ) : null}
            </p>
            {n ? (
              <PageHeading title={`${title}: ${n.title}`} preline={`${title} ${n.code}`} content>
                {n.title}
              </PageHeading>
            ) : (
              <PageHeading>{title}</PageHeading>
            )}
            <NeedForm
              key={n?.id ?? 'new'}
              slug={slug}
              need={n}
              actionFields={actionFields.data!.items}
              targetGroups={targetGroups.data!.items.map((g) => targetGroupOption(g, lang))}
              actionFieldId={prefilledField}
              onSaved={(saved, created) => {
                if (created) navigate(paths.need(slug, saved.id));
              }}
            />
            {n ? (
              <section className="section danger-zone" aria-label={t('needForm.delete')}>
                <DeleteButton
                  label={t('needForm.delete')}
                  question={t('needForm.deleteQuestion', { title: n.title })}
                  onDelete={() => remove.mutateAsync(need.data!)}
                  onDeleted={() => navigate(paths.actionField(slug, n.actionField.id))}
                />
              </section>
            ) : null}
          </>
        );
      }}
    </EditGuard>
  );
}
