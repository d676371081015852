import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/lib/paths';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('state.notFoundTitle')}</PageHeading>
      <p className="kern-body">{t('state.pageNotFound')}</p>
      <p>
        <AppLink to={paths.home()}>{t('state.toStart')}</AppLink>
      </p>
    </>
  );
}
