import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/ui/app-link';
import { EasyLanguageSummary } from '@/components/ui/easy-language-summary';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { PublicationFilter, usePublicationFilter } from '@/components/ui/publication-filter';
import { DraftBadge } from '@/components/ui/status-badge';
import { useActionField } from '@/features/action-fields/api/action-fields';
import { HistoryLink } from '@/features/history/components/history-link';
import { IndicatorSection } from '@/features/indicators/components/indicator-section';
import { NewMeasureLink } from '@/features/measures/components/new-measure-link';
import { ActionFieldEditorActions } from '@/features/action-fields/components/action-field-editor-actions';
import { useSession } from '@/features/auth/hooks/use-session';
import { useNeedsOfField } from '@/features/needs/api/needs';
import { NeedCard } from '@/features/needs/components/need-card';
import { NeedEditorActions } from '@/features/needs/components/need-editor-actions';
import '@/features/needs/need-form-texts';
import { paths } from '@/lib/paths';
import { useContentLang } from '@/lib/use-lang';

/** An action field: its goal, its needs, and for each need the measures answering it. */
export default function ActionFieldPage() {
  const { t } = useTranslation();
  const { slug = '', id = '' } = useParams();
  const field = useActionField(slug, id);
  const session = useSession();
  const canEdit = session.canEdit(slug);
  const [publicationStatus] = usePublicationFilter();
  const needs = useNeedsOfField(slug, id, canEdit ? publicationStatus : undefined);
  const contentLang = useContentLang();

  if (field.isError) {
    return (
      <>
        <PageHeading>{t('field.title')}</PageHeading>
        <ErrorState error={field.error} onRetry={() => void field.refetch()} />
      </>
    );
  }

  const uncovered = needs.data?.items.filter((n) => n.measures.length === 0).length ?? 0;

  return (
    <>
      <p className="breadcrumb kern-body kern-body--small">
        <AppLink to={paths.area(slug)}>{t('nav.overview')}</AppLink>
      </p>
      {field.isPending ? (
        <div aria-busy="true">
          <LoadingStatus />
          <PageHeading title={t('field.title')}>
            <span className="visually-hidden">{t('field.title')}</span>
            <Skeleton height="2.25rem" />
          </PageHeading>
          <Skeleton lines={3} />
        </div>
      ) : (
        <>
          <DraftBadge status={field.data.publicationStatus} />
          <PageHeading preline={`${t('field.title')} ${field.data.code}`} content>
            {field.data.title}
          </PageHeading>
          {canEdit ? <ActionFieldEditorActions slug={slug} field={field.data} newNeedLabel={t('needForm.newLink')} /> : null}
          <EasyLanguageSummary text={field.data.easyLanguageSummary} />
          <div className="field-intro" style={{ borderLeftColor: field.data.color ?? undefined }}>
            {field.data.goal ? (
              <>
                <h2 className="kern-heading-small">{t('field.goal')}</h2>
                <p className="kern-body kern-body--large" lang={contentLang}>
                  {field.data.goal}
                </p>
              </>
            ) : null}
            {field.data.description ? (
              <p className="kern-body prose" lang={contentLang}>
                {field.data.description}
              </p>
            ) : null}
          </div>
          <p className="no-print inline-list">
            <AppLink to={paths.measures(slug, new URLSearchParams({ actionField: id }))}>{t('field.measuresOfField')}</AppLink>
            <HistoryLink to={paths.history.actionField(slug, id)} />
          </p>
          <NewMeasureLink slug={slug} actionField={id} />
        </>
      )}

      <section aria-labelledby="needs-heading" className="section" aria-busy={needs.isPending}>
        <h2 id="needs-heading" className="kern-heading-medium">
          {t('field.needs')}
        </h2>
        {canEdit ? <PublicationFilter /> : null}
        {needs.isPending ? (
          <>
            <LoadingStatus />
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="skeleton--card" lines={5} />
            ))}
          </>
        ) : needs.isError ? (
          <ErrorState error={needs.error} onRetry={() => void needs.refetch()} />
        ) : needs.data.items.length === 0 ? (
          <EmptyState>{t('field.noNeeds')}</EmptyState>
        ) : (
          <>
            <p className="kern-body">
              {t('field.needsSummary', { count: needs.data.items.length })}{' '}
              {uncovered > 0 ? t('field.uncoveredSummary', { count: uncovered }) : t('field.allCovered')}
            </p>
            <div className="need-list">
              {needs.data.items.map((need) => (
                <NeedCard key={need.id} slug={slug} need={need} actions={canEdit ? <NeedEditorActions slug={slug} need={need} /> : undefined} />
              ))}
            </div>
          </>
        )}
      </section>

      <IndicatorSection slug={slug} actionField={id} canEdit={canEdit} />
    </>
  );
}
