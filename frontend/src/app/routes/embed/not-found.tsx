import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { paths } from '@/lib/paths';
import { EMBED_HEADING_ID } from '../../embed/embed-heading';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Embed: a path that names no embed. */
export default function EmbedNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('embed.notFound'));
  return (
    <>
      <h1 id={EMBED_HEADING_ID} className="kern-heading-large">{t('embed.notFound')}</h1>
      <p className="kern-body">
        <AppLink to={paths.home()}>{t('app.name')}</AppLink>
      </p>
    </>
  );
}
