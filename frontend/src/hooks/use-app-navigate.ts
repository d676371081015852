import { useNavigate } from 'react-router';
import { withLang } from '@/lib/paths';
import { useLocale } from '@/lib/use-lang';

/** Navigates to a page of the app (a path from `paths`) in the current language. */
export function useAppNavigate() {
  const navigate = useNavigate();
  const lang = useLocale();
  return (path: string, options?: { replace?: boolean; state?: unknown }) => void navigate(withLang(path, lang), options);
}
