import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PublishButton, savePublication } from '@/components/ui/publish-button';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useNeedDefinition } from '../hooks/use-need-form';
import '../need-form-texts';

/** Edit link and one-click publishing of a need, for editors of its area. */
export function NeedEditorActions({ slug, need }: { slug: string; need: Schemas['Need'] }) {
  const { t } = useTranslation();
  const definition = useNeedDefinition(slug);
  return (
    <>
      <AppLink to={paths.needEdit(slug, need.id)} className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('needForm.editLink')}: ${need.title}`}>
        <span className="kern-label">{t('needForm.editLink')}</span>
      </AppLink>
      <PublishButton status={need.publicationStatus} name={need.title} onToggle={(s) => savePublication(definition, need, s)} />
    </>
  );
}
