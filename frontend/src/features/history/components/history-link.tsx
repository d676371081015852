import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useSession } from '@/features/auth/hooks/use-session';
import '../texts';

/**
 * Link to a record's change history, for signed-in users (the API shows readers of a record its history too, but
 * only by role; the link is offered to those who maintain the records). `label` names the record where several
 * links share a page.
 */
export function HistoryLink({ to, label, className }: { to: string; label?: string; className?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  return (
    <AppLink to={to} className={className ?? 'kern-link history-link'} aria-label={label ? t('history.linkOf', { label }) : undefined}>
      {t('history.link')}
    </AppLink>
  );
}
