import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PublishButton, savePublication } from '@/components/ui/publish-button';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import '../action-field-form-texts';
import { useActionFieldDefinition } from '../hooks/use-action-field-form';

/** What editors can do on an action field's page: edit it, add a need to it, publish it. */
export function ActionFieldEditorActions({ slug, field, newNeedLabel }: { slug: string; field: Schemas['ActionField']; newNeedLabel: string }) {
  const { t } = useTranslation();
  const definition = useActionFieldDefinition(slug);
  return (
    <div className="edit-actions no-print">
      <AppLink to={paths.actionFieldEdit(slug, field.id)} className="kern-btn kern-btn--secondary kern-btn--x-small">
        <span className="kern-label">{t('actionFieldForm.editLink')}</span>
      </AppLink>
      <AppLink to={paths.needNew(slug, field.id)} className="kern-btn kern-btn--secondary kern-btn--x-small">
        <span className="kern-label">{newNeedLabel}</span>
      </AppLink>
      <PublishButton status={field.publicationStatus} name={field.title} onToggle={(s) => savePublication(definition, field, s)} />
    </div>
  );
}
