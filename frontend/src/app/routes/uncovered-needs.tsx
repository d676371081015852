import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { SelectFilter } from '@/components/ui/select-filter';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useActionFields } from '@/features/action-fields/api/action-fields';
import { useUncoveredNeeds } from '@/features/needs/api/needs';
import { NeedCard } from '@/features/needs/components/need-card';
import '@/features/needs/uncovered-texts';
import type { Schemas } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';

const ID = /^[0-9a-fA-F-]{36}$/;

/** The needs of an area that no measure answers yet, by action field; one action field with `?actionField=`. */
export default function UncoveredNeedsPage() {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const requested = params.get('actionField') ?? '';
  const actionField = ID.test(requested) ? requested : undefined;
  const needs = useUncoveredNeeds(slug, actionField);
  const fields = useActionFields(slug);
  const fieldList = fields.data?.items ?? [];

  const body = () => {
    if (needs.isPending) {
      return (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton className="skeleton--card" lines={4} />
          <Skeleton className="skeleton--card" lines={4} />
        </div>
      );
    }
    if (needs.isError) return <ErrorState error={needs.error} onRetry={() => void needs.refetch()} />;
    const items = needs.data.items;
    if (items.length === 0) return <EmptyState>{actionField ? t('uncoveredNeeds.noneInField') : t('uncoveredNeeds.none')}</EmptyState>;
    // by action field, in the area's order of its action fields
    const order = new Map(fieldList.map((f, i) => [f.id, i]));
    const groups = new Map<string, { field: Schemas['Need']['actionField']; needs: Schemas['Need'][] }>();
    for (const need of items) {
      const group = groups.get(need.actionField.id) ?? { field: need.actionField, needs: [] };
      group.needs.push(need);
      groups.set(need.actionField.id, group);
    }
    const sorted = [...groups.values()].sort((a, b) => (order.get(a.field.id) ?? 999) - (order.get(b.field.id) ?? 999) || a.field.code.localeCompare(b.field.code));
    return (
      <>
        <p className="kern-body" role="status">
          {t('uncoveredNeeds.count', { count: items.length })}
        </p>
        {sorted.map(({ field, needs: ofField }) => (
          <section key={field.id} aria-labelledby={`field-${field.id}`} className="section">
            <h2 id={`field-${field.id}`} className="kern-heading-medium">
              <AppLink to={paths.actionField(slug, field.id)}>
                {field.code} – <span lang={contentLang}>{field.title}</span>
              </AppLink>
            </h2>
            <div className="need-list">
              {ofField.map((need) => (
                <NeedCard key={need.id} slug={slug} need={need} />
              ))}
            </div>
          </section>
        ))}
      </>
    );
  };

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      <PageHeading>{t('uncoveredNeeds.title')}</PageHeading>
      <p className="kern-body lead">{t('uncoveredNeeds.intro')}</p>
      {fieldList.length > 1 ? (
        <SelectFilter
          formLabel={t('uncoveredNeeds.filter')}
          label={t('uncoveredNeeds.actionField')}
          allLabel={t('uncoveredNeeds.all')}
          applyLabel={t('uncoveredNeeds.apply')}
          options={fieldList.map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` }))}
          selected={actionField}
          hrefOf={(field) => paths.uncoveredNeeds(slug, field)}
        />
      ) : null}
      {body()}
    </>
  );
}
