import { use } from 'react';
import { useNavigate } from 'react-router';
import { NewTabLinks } from '@/components/ui/app-link';
import { withLang } from '@/lib/paths';
import { useLocale } from '@/lib/use-lang';

/** Navigates to a page of the app (a path from `paths`) in the current language; inside an embed, in a new tab. */
export function useAppNavigate() {
  const navigate = useNavigate();
  const lang = useLocale();
  const newTab = use(NewTabLinks);
  return (path: string, options?: { replace?: boolean; state?: unknown }) => {
    if (newTab) window.open(withLang(path, lang), '_blank', 'noopener');
    else void navigate(withLang(path, lang), options);
  };
}
