import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { Pagination } from '@/components/ui/pagination';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useHistory, type HistoryTarget } from '@/features/history/api/history';
import { HistoryList } from '@/features/history/components/history-list';
import '@/features/history/texts';
import '@/features/indicators/indicator-texts';
import type { Schemas } from '@/lib/api-client';
import { paths, stripLang } from '@/lib/paths';

type HistoryType = HistoryTarget['type'];

const recordTypeOf: Record<HistoryType, Schemas['RecordType']> = {
  area: 'AREA',
  edition: 'EDITION',
  actionField: 'ACTION_FIELD',
  need: 'NEED',
  measure: 'MEASURE',
  step: 'ACTION_STEP',
  presentation: 'PRESENTATION',
  indicator: 'INDICATOR',
  actor: 'ACTOR',
  committee: 'COMMITTEE',
  targetGroup: 'TARGET_GROUP',
};

function targetOf(type: HistoryType, params: Record<string, string | undefined>): HistoryTarget {
  const { slug = '', id = '', stepId = '', code = '' } = params;
  switch (type) {
    case 'area':
      return { type, slug };
    case 'step':
      return { type, slug, id, stepId };
    case 'actor':
    case 'committee':
      return { type, id };
    case 'targetGroup':
      return { type, code };
    default:
      return { type, slug, id };
  }
}

/** The page showing the record whose history this is, where the app has one. */
function recordPath(target: HistoryTarget): string | undefined {
  switch (target.type) {
    case 'area':
    case 'edition':
      return paths.area(target.slug);
    case 'actionField':
      return paths.actionField(target.slug, target.id);
    case 'need':
      return paths.need(target.slug, target.id);
    case 'measure':
      return paths.measure(target.slug, target.id);
    case 'step':
      return `${paths.measure(target.slug, target.id)}#step-${target.stepId}`;
    case 'presentation':
      return `${paths.presentations(target.slug)}#presentation-${target.id}`;
    case 'indicator':
      return paths.indicator(target.slug, target.id);
    default:
      return undefined;
  }
}

/** The change history of one record, field by field, a page of revisions at a time (`?page=` is 1-based). */
export default function HistoryPage({ type }: { type: HistoryType }) {
  const { t } = useTranslation();
  const params = useParams();
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const target = targetOf(type, params);
  const history = useHistory(target, page - 1);
  const recordType = t(`history.recordType.${recordTypeOf[type]}`);
  const back = recordPath(target);

  if (history.isError) {
    return (
      <>
        <PageHeading>{t('history.title')}</PageHeading>
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      </>
    );
  }
  if (history.isPending) {
    return (
      <div aria-busy="true">
        <LoadingStatus />
        <PageHeading>{t('history.title')}</PageHeading>
        <Skeleton lines={8} />
      </div>
    );
  }
  const data = history.data;
  const label = data.items[0]?.recordLabel;
  return (
    <>
      {back ? (
        <p className="breadcrumb kern-body kern-body--small">
          <AppLink to={back}>{t('history.backTo')}</AppLink>
        </p>
      ) : null}
      <PageHeading preline={label ? `${recordType}: ${label}` : recordType} title={label ? `${t('history.title')}: ${label}` : t('history.title')}>
        {t('history.title')}
      </PageHeading>
      <p className="kern-body">{t('history.intro')}</p>
      <div aria-busy={history.isPlaceholderData}>
        <HistoryList revisions={data.items} />
      </div>
      <Pagination page={page} totalPages={data.totalPages} hrefOf={(p) => `${stripLang(pathname)}${p > 1 ? `?page=${p}` : ''}`} />
    </>
  );
}
