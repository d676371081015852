import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import { PageHeading } from '@/components/ui/page-heading';
import { LoadingStatus, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { useOpenData } from '@/features/open-data/api/open-data';
import '@/features/open-data/open-data-texts';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useContentLang, useLang } from '@/lib/use-lang';

/** Open data: the licence, the DCAT-AP.de catalogue and the downloads of every published area. */
export default function OpenDataPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const contentLang = useContentLang();
  const offer = useOpenData();

  return (
    <div className="prose">
      <PageHeading>{t('openData.title')}</PageHeading>
      <p className="kern-body kern-body--large lead">{t('openData.intro')}</p>
      {offer.isPending ? (
        <div aria-busy="true">
          <LoadingStatus />
          <Skeleton lines={8} />
        </div>
      ) : offer.isError ? (
        <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />
      ) : (
        <>
          <section aria-labelledby="open-data-license">
            <h2 id="open-data-license" className="kern-heading-medium">
              {t('openData.licenseTitle')}
            </h2>
            <p className="kern-body">
              {t('openData.licenseText')}{' '}
              <a className="kern-link" href={offer.data.license.url} lang={contentLang}>
                {offer.data.license.name}
              </a>
              .
            </p>
            {offer.data.license.note ? (
              <p className="kern-body" lang={contentLang}>
                {offer.data.license.note}
              </p>
            ) : null}
            <p className="kern-body">{t('openData.attribution', { attribution: offer.data.license.attribution })}</p>
            <p className="kern-body">{t('openData.publisher', { name: offer.data.publisher.name })}</p>
          </section>
          <section aria-labelledby="open-data-catalog">
            <h2 id="open-data-catalog" className="kern-heading-medium">
              {t('openData.catalogTitle')}
            </h2>
            <p className="kern-body">{t('openData.catalogText')}</p>
            <ul className="kern-list">
              <li>
                <a className="kern-link" href={offer.data.catalogUrl} type="application/ld+json">
                  {t('openData.catalogJsonLd')}
                </a>
              </li>
              <li>
                <a className="kern-link" href={offer.data.turtleUrl} type="text/turtle">
                  {t('openData.catalogTurtle')}
                </a>
              </li>
              <li>
                <a className="kern-link" href={offer.data.apiDescriptionUrl}>
                  {t('openData.apiDocs')}
                </a>
              </li>
            </ul>
          </section>
          <section aria-labelledby="open-data-downloads">
            <h2 id="open-data-downloads" className="kern-heading-medium">
              {t('openData.downloadsTitle')}
            </h2>
            {offer.data.datasets.length === 0 ? (
              <EmptyState>{t('openData.empty')}</EmptyState>
            ) : (
              offer.data.datasets.map((dataset) => (
                <section key={dataset.slug} aria-labelledby={`open-data-${dataset.slug}`}>
                  <h3 id={`open-data-${dataset.slug}`} className="kern-heading-small" lang={contentLang}>
                    {dataset.areaName}
                  </h3>
                  <p className="kern-body kern-body--small">
                    {[
                      dataset.fundingStart && dataset.fundingEnd
                        ? t('openData.fundingPeriod', { from: dataset.fundingStart, to: dataset.fundingEnd })
                        : null,
                      t('openData.modified', { date: formatDate(dataset.modified.slice(0, 10), lang, 'long') }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}{' '}
                    · <AppLink to={paths.area(dataset.slug)}>{t('openData.areaPage')}</AppLink>
                  </p>
                  <ul className="kern-list">
                    {dataset.distributions.map((d) => (
                      <li key={d.kind}>
                        <a className="kern-link" href={d.url} type={d.mediaType}>
                          {t(`openData.kinds.${d.kind}`)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              ))
            )}
          </section>
        </>
      )}
    </div>
  );
}
