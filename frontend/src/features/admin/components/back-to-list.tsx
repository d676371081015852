import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/lib/paths';
import '../admin-texts';

/** The way back from a record's page to its list under /admin (e.g. `tokens`). */
export function BackToList({ list }: { list: string }) {
  const { t } = useTranslation();
  return (
    <p className="breadcrumb kern-body kern-body--small">
      <AppLink to={paths.admin(list)}>{t('admin.backToList')}</AppLink>
    </p>
  );
}
