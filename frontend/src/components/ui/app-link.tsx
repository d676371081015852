import { createContext, use, type ComponentProps } from 'react';
import { Link, NavLink } from 'react-router';
import { withLang } from '@/lib/paths';
import { useLocale } from '@/lib/use-lang';

/**
 * True inside an embed (a page shown in a frame of another site): links to pages of the app then open the full app
 * in a new tab instead of navigating inside the frame.
 */
export const NewTabLinks = createContext(false);

type Props = Omit<ComponentProps<typeof Link>, 'to'> & { to: string };

const ROUTER_PROPS = ['replace', 'state', 'preventScrollReset', 'relative', 'reloadDocument', 'viewTransition', 'discover', 'prefetch'] as const;

/** A link to a page of the app in the current language. */
export function AppLink({ to, className, ...rest }: Props) {
  const lang = useLocale();
  const newTab = use(NewTabLinks);
  if (newTab) {
    // what only the router understands stays off the plain link
    const anchor: Partial<typeof rest> = { ...rest };
    for (const key of ROUTER_PROPS) delete anchor[key];
    return <a {...anchor} href={withLang(to, lang)} className={className ?? 'kern-link'} target="_blank" rel="noopener" />;
  }
  return <Link to={withLang(to, lang)} className={className ?? 'kern-link'} {...rest} />;
}

type NavProps = Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string };

/** A navigation link in the current language; marks the current page with aria-current. */
export function AppNavLink({ to, ...rest }: NavProps) {
  const lang = useLocale();
  return <NavLink to={withLang(to, lang)} {...rest} />;
}
