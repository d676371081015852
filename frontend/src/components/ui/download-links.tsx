import { useTranslation } from 'react-i18next';
import { useLang } from '@/lib/use-lang';

export type SheetFormat = 'xlsx' | 'csv';

type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * The address of a list as a spreadsheet: the API path with the list's filters (paging left out: a spreadsheet has
 * every row), the format, and English headers on English pages.
 */
export function sheetHref(apiPath: string, format: SheetFormat, lang: 'de' | 'en', query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || name === 'page' || name === 'size') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, String(v));
  }
  params.set('format', format);
  if (lang === 'en') params.set('lang', 'en');
  return `${apiPath}?${params}`;
}

type Props = {
  /** The list's API path (see `sheetPaths`). */
  apiPath: string;
  /** The list's filters and sort, as the API takes them. */
  query?: Query;
  /** What is downloaded, e.g. "Maßnahmen" (names the group of links for screen readers). */
  what: string;
};

/** "Als Excel herunterladen" and "Als CSV herunterladen": the list as it is filtered, every row. */
export function DownloadLinks({ apiPath, query, what }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="download-links no-print" role="group" aria-label={t('download.label', { what })}>
      <a className="kern-btn kern-btn--tertiary" href={sheetHref(apiPath, 'xlsx', lang, query)} download data-testid="download-xlsx">
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{t('download.xlsx')}</span>
      </a>
      <a className="kern-btn kern-btn--tertiary" href={sheetHref(apiPath, 'csv', lang, query)} download data-testid="download-csv">
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{t('download.csv')}</span>
      </a>
    </p>
  );
}
