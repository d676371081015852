import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/use-lang';
import '../indicator-texts';
import { formatFigure, periodText, sortedValues, targetStatus, trendOf } from '../utils/indicator-figures';

type Indicator = Schemas['Indicator'];

const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

/** A change of the indicator as text: signed, in percentage points for shares, else in its unit. */
function useDelta(indicator: Indicator) {
  const lang = useLang();
  return (delta: number) => {
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
    const amount = formatNumber(Math.abs(delta), lang, 2);
    if (indicator.valueType === 'PERCENT') return `${sign}${amount}\u00a0${lang === 'en' ? 'percentage points' : 'Prozentpunkte'}`;
    return `${sign}${indicator.unit ? `${amount}\u00a0${indicator.unit}` : amount}`;
  };
}

/**
 * The latest value of an indicator, the trend since the value before (an arrow and the same in words, better or
 * worse by the indicator's direction) and the distance to its next target. Colour only underlines what the words say.
 */
export function IndicatorStatus({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const delta = useDelta(indicator);
  const latest = sortedValues(indicator.values).at(-1);
  if (!latest) return <p className="kern-body kern-body--small">{t('indicators.noValues')}</p>;
  const trend = trendOf(indicator);
  const target = targetStatus(indicator);
  const distance = (value: number) => (indicator.valueType === 'PERCENT' ? delta(value).slice(1) : formatFigure(value, indicator.unit, lang));
  return (
    <dl className="indicator-status">
      <dt className="kern-body kern-body--small">{t('indicators.latest', { period: periodText(latest, lang) })}</dt>
      <dd className="indicator-status__value kern-heading-small">{formatFigure(latest.value, indicator.unit, lang)}</dd>
      {trend ? (
        <dd className={`indicator-status__trend kern-body kern-body--small${trend.rating ? ` indicator-status__trend--${trend.rating}` : ''}`}>
          <span className="indicator-status__arrow" aria-hidden="true">
            {ARROWS[trend.change]}
          </span>{' '}
          {t(trend.rating ? 'indicators.trend.textRated' : 'indicators.trend.text', {
            change: t(`indicators.trend.${trend.change}`),
            period: periodText(trend.previous, lang),
            delta: delta(trend.delta),
            rating: trend.rating ? t(`indicators.trend.${trend.rating}`) : '',
          })}
        </dd>
      ) : (
        <dd className="kern-body kern-body--small">{t('indicators.trend.single')}</dd>
      )}
      <dd className="kern-body kern-body--small">
        {!target
          ? t('indicators.noTarget')
          : target.reached
            ? t('indicators.targetReached', { year: target.target.year, value: formatFigure(target.target.value, indicator.unit, lang) })
            : t('indicators.targetDistance', {
                year: target.target.year,
                value: formatFigure(target.target.value, indicator.unit, lang),
                distance: distance(target.distance),
              })}
      </dd>
    </dl>
  );
}
