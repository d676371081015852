import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useSession } from '@/features/auth/hooks/use-session';
import { paths } from '@/lib/paths';
import '../measure-form-texts';

/** "New measure" for editors of the area (and admins), preset to an action field or need when given. */
export function NewMeasureLink({ slug, actionField, need }: { slug: string; actionField?: string; need?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.canEdit(slug)) return null;
  return (
    <p className="edit-link no-print">
      <AppLink to={paths.measureNew(slug, { actionField, need })} className="kern-btn kern-btn--secondary">
        <span className="kern-icon kern-icon--add" aria-hidden="true" />
        <span className="kern-label">{t('measureForm.newButton')}</span>
      </AppLink>
    </p>
  );
}
