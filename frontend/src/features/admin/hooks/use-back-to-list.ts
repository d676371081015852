import { useNavigate } from 'react-router';
import { paths, withLang } from '@/lib/paths';
import { useLang } from '@/lib/use-lang';
import type { AdminNoticeState } from '../components/admin-notice';

/** Goes to a list of the administration (e.g. `accounts`), which then shows `notice`. */
export function useBackToList() {
  const navigate = useNavigate();
  const lang = useLang();
  return (page: string, notice: string) => void navigate(withLang(paths.admin(page), lang), { state: { notice } satisfies AdminNoticeState });
}
