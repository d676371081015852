import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatMoney, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/use-lang';

/** Size, inhabitants, programme period, budget and programme of an area. */
export function KeyFigures({ area }: { area: Schemas['Area'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const dash = '–';
  const figures: [string, string][] = [
    [t('area.size'), area.sizeHectares != null ? `${formatNumber(area.sizeHectares, lang, 2)} ha` : dash],
    [t('area.inhabitants'), area.inhabitants != null ? formatNumber(area.inhabitants, lang) : dash],
    [
      t('area.period'),
      area.fundingStart != null || area.fundingEnd != null ? `${area.fundingStart ?? '…'}–${area.fundingEnd ?? '…'}` : dash,
    ],
    [t('area.budget'), area.budget ? formatMoney(area.budget, lang) : dash],
  ];
  return (
    <section aria-labelledby="key-figures-heading" className="key-figures">
      <h2 id="key-figures-heading" className="visually-hidden">
        {t('area.keyFigures')}
      </h2>
      <dl className="key-figures__list">
        {figures.map(([label, value]) => (
          <div key={label} className="key-figures__item">
            <dt className="kern-body kern-body--small">{label}</dt>
            <dd className="kern-heading-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="kern-body kern-body--small kern-body--muted">
        {t('area.programme')}: {area.programme}
      </p>
    </section>
  );
}

export function KeyFiguresSkeleton() {
  return (
    <div className="key-figures" aria-hidden="true">
      <div className="key-figures__list">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="key-figures__item skeleton">
            <span className="skeleton__line" />
            <span className="skeleton__line" style={{ height: '2rem' }} />
          </div>
        ))}
      </div>
      <div className="skeleton">
        <span className="skeleton__line" />
      </div>
    </div>
  );
}
