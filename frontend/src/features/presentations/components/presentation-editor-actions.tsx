import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PublishButton, savePublication } from '@/components/ui/publish-button';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { usePresentationDefinition } from '../hooks/use-presentation-form';
import '../presentation-form-texts';

/** Edit link and one-click publishing of a committee date, for editors of its area. */
export function PresentationEditorActions({ slug, presentation }: { slug: string; presentation: Schemas['Presentation'] }) {
  const { t } = useTranslation();
  const definition = usePresentationDefinition(slug);
  return (
    <div className="edit-actions no-print">
      <AppLink to={paths.presentationEdit(slug, presentation.id)} className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">{t('presentationForm.editNamed', { title: presentation.title })}</span>
      </AppLink>
      <PublishButton status={presentation.publicationStatus} name={presentation.title} onToggle={(s) => savePublication(definition, presentation, s)} />
    </div>
  );
}
