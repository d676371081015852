import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { NewTabLinks } from '@/components/ui/app-link';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import '@/features/embed/embed-texts';
import { reportHeight } from '@/features/embed/utils/embed-code';
import { i18n } from '@/lib/i18n';
import { langFromPath } from '@/lib/paths';
import { EMBED_HEADING_ID } from './embed-heading';

/**
 * Frame of every embed: no header, no footer, no navigation – the content, and a note that links open the full app
 * in a new tab. Tells the host page its height whenever it changes. Its main landmark is named by the embed's
 * heading, so that it stands apart from the host page's own main landmark.
 */
export function EmbedLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const lang = langFromPath(location.pathname);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => (ref.current ? reportHeight(ref.current) : undefined), []);

  return (
    <NewTabLinks value>
      <div className="embed" ref={ref}>
        <main id="main" className="embed__main" aria-labelledby={EMBED_HEADING_ID} data-location={location.pathname + location.search}>
          <Suspense
            fallback={
              <div aria-busy="true">
                <LoadingStatus />
                <Skeleton lines={6} />
              </div>
            }
          >
            <Outlet />
          </Suspense>
          <p className="kern-body kern-body--small embed__note">{t('embed.newTabNote')}</p>
        </main>
      </div>
    </NewTabLinks>
  );
}
