import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { BackToList } from '@/features/admin/components/back-to-list';
import { WebhookForm } from '@/features/admin/components/webhook-form';
import '@/features/admin/webhook-texts';

export default function WebhookNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList list="webhooks" />
      <PageHeading>{t('webhooks.new')}</PageHeading>
      <p className="kern-body">{t('webhooks.intro')}</p>
      <WebhookForm />
    </>
  );
}
