import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/paths';
import { OneTimeSecret } from './one-time-secret';
import '../admin-texts';

/** The secret of a token just created – the only time it can be seen – and how to send it. */
export function TokenSecret({ name, secret }: { name: string; secret: string }) {
  const { t } = useTranslation();
  return (
    <OneTimeSecret
      secret={secret}
      texts={{ ...t('admin.tokens.secret', { returnObjects: true }), label: t('admin.tokens.secret.label', { name }) }}
      usage={`Authorization: Bearer ${secret}`}
      doneTo={paths.admin('tokens')}
      testId="token-secret"
    />
  );
}
