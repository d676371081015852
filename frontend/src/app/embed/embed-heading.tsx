import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { useArea } from '@/features/areas/api/area-edit';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useContentLang } from '@/lib/use-lang';

/** The id of an embed's h1, which names its main landmark. */
export const EMBED_HEADING_ID = 'embed-heading';

/**
 * The one h1 of an embed, with the area it belongs to above it (a link to the area in the full app). Unlike the
 * app's pages it never takes the focus: that would scroll the host page to the frame.
 */
export function EmbedHeading({ slug, children }: { slug: string; children: string }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const area = useArea(slug);
  useDocumentTitle(area.data ? `${children}: ${area.data.name}` : children);
  return (
    <div className="embed__heading">
      <p className="kern-preline">
        <AppLink to={paths.area(slug)}>
          {t('embed.concept')}
          {area.data ? (
            <>
              {' '}
              <span lang={contentLang}>{area.data.name}</span>
            </>
          ) : null}
        </AppLink>
      </p>
      <h1 id={EMBED_HEADING_ID} className="kern-heading-large">
        {children}
      </h1>
    </div>
  );
}
