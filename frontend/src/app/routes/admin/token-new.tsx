import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { BackToList } from '@/features/admin/components/back-to-list';
import { TokenForm } from '@/features/admin/components/token-form';

export default function TokenNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList list="tokens" />
      <PageHeading>{t('admin.tokens.new')}</PageHeading>
      <p className="kern-body">{t('admin.tokens.intro')}</p>
      <TokenForm />
    </>
  );
}
