import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PublishButton, savePublication } from '@/components/ui/publish-button';
import { DraftBadge } from '@/components/ui/status-badge';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import '../area-form-texts';
import { useAreaDefinition } from '../hooks/use-area-form';

/** What editors of the area can do from its front page: edit the profile, add and order fields, publish. */
export function AreaEditorActions({ area }: { area: Schemas['Area'] }) {
  const { t } = useTranslation();
  const definition = useAreaDefinition();
  const slug = area.slug;
  return (
    <nav className="edit-actions no-print" aria-label={t('areaForm.editorActions')}>
      <DraftBadge status={area.publicationStatus} />
      <AppLink to={paths.areaEdit(slug)} className="kern-btn kern-btn--secondary kern-btn--x-small">
        <span className="kern-label">{t('areaForm.link')}</span>
      </AppLink>
      <AppLink to={paths.actionFieldNew(slug)} className="kern-btn kern-btn--secondary kern-btn--x-small">
        <span className="kern-label">{t('areaForm.newActionField')}</span>
      </AppLink>
      <AppLink to={paths.actionFieldOrder(slug)} className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">{t('areaForm.orderActionFields')}</span>
      </AppLink>
      <AppLink to={paths.presentationNew(slug)} className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">{t('areaForm.newPresentation')}</span>
      </AppLink>
      <AppLink to={paths.editions(slug)} className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">{t('areaForm.editions')}</span>
      </AppLink>
      <AppLink to={paths.embedBuilder(slug)} className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">{t('areaForm.embed')}</span>
      </AppLink>
      <PublishButton status={area.publicationStatus} name={area.name} onToggle={(s) => savePublication(definition, area, s)} />
    </nav>
  );
}
