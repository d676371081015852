import { formatDate } from '@/lib/format';
import type { Lang } from '@/lib/paths';

/** "01.07.2019 – 31.12.2024", "01.07.2019 – open", or the text for no period. */
export function formatPeriod(start: string | null, end: string | null, lang: Lang, openText: string, noneText: string): string {
  if (!start && !end) return noneText;
  return `${start ? formatDate(start, lang) : openText} – ${end ? formatDate(end, lang) : openText}`;
}
