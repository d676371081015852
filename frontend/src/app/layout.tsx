import { Suspense, use, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AppLink, AppNavLink } from '@/components/ui/app-link';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { SessionExpiredNotice } from '@/features/auth/components/session-expired-notice';
import { UserMenu } from '@/features/auth/components/user-menu';
import { SearchForm } from '@/features/search/components/search-form';
import { languageTextsLoaded, languageTextsSettled, loadLanguageTexts } from '@/lib/language-texts';
import { i18n } from '@/lib/i18n';
import { clearNavigationFocus, markNavigationFocus } from '@/lib/route-focus';
import { areaSlugFromPath, localeFromPath, paths, stripLang, withLang } from '@/lib/paths';
import { storeLang } from '@/lib/stored-lang';

/**
 * Frame of every page: skip link, header with search, language switch and the switch to Leichte Sprache, area
 * navigation, main, footer.
 */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const locale = localeFromPath(location.pathname);
  const lang = locale === 'en' ? 'en' : 'de';
  const other = lang === 'de' ? 'en' : 'de';
  const easy = locale === 'ls';
  const slug = areaSlugFromPath(location.pathname);
  const mainRef = useRef<HTMLElement>(null);
  // a navigation into English or Leichte Sprache waits here for the texts (it is a transition: the old page stays)
  use(languageTextsSettled(locale));

  useLayoutEffect(() => {
    document.documentElement.lang = lang; // Leichte Sprache is German: there is no language tag of its own
    document.documentElement.classList.toggle('easy-language', easy); // larger type
    if (languageTextsLoaded(locale)) {
      if (i18n.language !== locale) void i18n.changeLanguage(locale);
      return;
    }
    // Only after a failed load (the wait above has settled): try again, and show the texts once they are there (also
    // when i18next is in that language already, having started before its texts arrived).
    let current = true;
    void loadLanguageTexts(locale)
      .then(() => {
        if (current) void i18n.changeLanguage(locale);
      })
      .catch(() => undefined); // the texts did not load (offline): the page stays in German
    return () => {
      current = false;
    };
  }, [lang, locale, easy]);

  // After a navigation, move the focus to the new page's content, so keyboard and screen reader users start there.
  // (Not on the first page load, where the browser's own order starts at the skip link.)
  const current = location.pathname + location.search + location.hash;
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    markNavigationFocus();
    // a page may name the element that should have the focus after its own navigation (e.g. the result count)
    const target = (location.state as { focus?: string } | null)?.focus;
    const element = target ? document.getElementById(target) : null;
    if (element) {
      element.focus();
      // instant, not the smooth scrolling KERN sets for the page: the reader is taken there, not shown a ride
      element.scrollIntoView({ block: 'start', behavior: 'instant' });
      return;
    }
    if (location.hash) {
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
    window.scrollTo(0, 0);
  }, [current, location.hash, location.state]);

  useEffect(() => {
    window.addEventListener('keydown', clearNavigationFocus, true);
    window.addEventListener('pointerdown', clearNavigationFocus, true);
    return () => {
      window.removeEventListener('keydown', clearNavigationFocus, true);
      window.removeEventListener('pointerdown', clearNavigationFocus, true);
    };
  }, []);

  // Print everything: folded details (profile, chart tables) open for printing and close again afterwards.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      opened.forEach((d) => (d.open = true));
    };
    const after = () => {
      opened.forEach((d) => (d.open = false));
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const page = stripLang(location.pathname);
  const rest = location.search + location.hash;
  const switchTo = withLang(page, other) + rest;
  const easyTo = withLang(page, easy ? 'de' : 'ls') + rest;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__bar container">
          <AppLink to={paths.home()} className="site-header__brand">
            <span className="site-header__brand-name">{t('app.name')}</span>
            <span className="site-header__brand-tagline">{t('app.tagline')}</span>
          </AppLink>
          <div className="site-header__tools">
            <SearchForm />
            {/* the language and Leichte Sprache, one above the other: the signed-in header stays one row */}
            <div className="site-header__langs">
              <Link className="kern-link language-switch" to={switchTo} hrefLang={other} lang={other} onClick={() => storeLang(other)}>
                <span className="kern-icon kern-icon--language" aria-hidden="true" />
                {t('layout.switchLanguage')}
              </Link>
              <Link className="kern-link easy-language-switch" to={easyTo} lang={lang === 'en' ? 'de' : undefined} hrefLang="de">
                {easy ? t('easyLanguage.back') : t('easyLanguage.link')}
              </Link>
            </div>
            <UserMenu />
          </div>
        </div>
        <SessionExpiredNotice />
        {slug ? (
          <nav className="area-nav" aria-label={t('layout.areaNav')}>
            <ul className="container">
              <li>
                <AppNavLink to={paths.area(slug)} end>
                  {t('nav.overview')}
                </AppNavLink>
              </li>
              <li>
                <AppNavLink to={paths.measures(slug)}>{t('nav.measures')}</AppNavLink>
              </li>
              <li>
                <AppNavLink to={paths.presentations(slug)}>{t('nav.presentations')}</AppNavLink>
              </li>
              <li>
                <AppNavLink to={paths.actors(slug)}>{t('nav.actors')}</AppNavLink>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container main" data-location={location.pathname + location.search}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <nav aria-label={t('layout.footerNav')}>
            <ul>
              <li>
                <AppLink to={paths.imprint()}>{t('nav.imprint')}</AppLink>
              </li>
              <li>
                <AppLink to={paths.accessibility()}>{t('nav.accessibility')}</AppLink>
              </li>
              <li>
                <AppLink to={paths.openData()}>{t('nav.openData')}</AppLink>
              </li>
              <li>
                <a className="kern-link" href="/q/swagger-ui/">
                  {t('nav.api')}
                </a>
              </li>
            </ul>
          </nav>
          <p className="kern-body kern-body--small">{t('layout.footerNote')}</p>
        </div>
      </footer>
    </div>
  );
}

/** Shown while the code of a page loads. */
export function PageSkeleton() {
  return (
    <div aria-busy="true">
      <LoadingStatus />
      <Skeleton height="2.5rem" className="skeleton--heading" />
      <Skeleton lines={6} />
    </div>
  );
}
