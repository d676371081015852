import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/lib/paths';
import { ADMIN_SECTIONS } from './sections';

/** The start of the administration: its sections with what each is for. */
export default function AdminHome() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      <p className="kern-body">{t('admin.intro')}</p>
      <ul className="admin-sections">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.path}>
            <h2 className="kern-heading-small">
              <AppLink to={paths.admin(s.path)}>{t(`admin.sections.${s.key}.title`)}</AppLink>
            </h2>
            <p className="kern-body">{t(`admin.sections.${s.key}.text`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
