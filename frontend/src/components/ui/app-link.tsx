import type { ComponentProps } from 'react';
import { Link, NavLink } from 'react-router';
import { withLang } from '@/lib/paths';
import { useLocale } from '@/lib/use-lang';

type Props = Omit<ComponentProps<typeof Link>, 'to'> & { to: string };

/** A link to a page of the app in the current language. */
export function AppLink({ to, className, ...rest }: Props) {
  const lang = useLocale();
  return <Link to={withLang(to, lang)} className={className ?? 'kern-link'} {...rest} />;
}

type NavProps = Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string };

/** A navigation link in the current language; marks the current page with aria-current. */
export function AppNavLink({ to, ...rest }: NavProps) {
  const lang = useLocale();
  return <NavLink to={withLang(to, lang)} {...rest} />;
}
