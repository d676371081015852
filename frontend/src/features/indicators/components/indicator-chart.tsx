import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { useLang } from '@/lib/use-lang';
import '../indicator-texts';
import { niceTicks, valueRange } from '../utils/chart-scale';
import { formatFigure, periodText, sortedValues, timeOf } from '../utils/indicator-figures';

type Indicator = Schemas['Indicator'];

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { top: 16, right: 24, bottom: 36, left: 56 };

/** Markers differ in shape as well as colour: circles for the area, squares for the city, a diamond for a target. */
function Marker({ kind, x, y }: { kind: 'area' | 'city' | 'target'; x: number; y: number }) {
  if (kind === 'area') return <circle cx={x} cy={y} r={4} className="indicator-chart__marker--area" />;
  if (kind === 'city') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className="indicator-chart__marker--city" />;
  return <path d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} className="indicator-chart__marker--target" />;
}

/** The sentence a screen reader hears instead of the drawing; the table below has every value. */
export function useChartSummary(indicator: Indicator): string {
  const { t } = useTranslation();
  const lang = useLang();
  const values = sortedValues(indicator.values);
  const first = values[0];
  const latest = values.at(-1);
  if (!first || !latest) return t('indicators.noValues');
  const fig = (v: number) => formatFigure(v, indicator.unit, lang);
  const parts = [
    t('indicators.chart.summary', {
      name: indicator.name,
      count: values.length,
      from: periodText(first, lang),
      to: periodText(latest, lang),
      latest: fig(latest.value),
    }),
  ];
  const city = [...values].reverse().find((v) => v.cityValue !== null);
  if (city?.cityValue != null) parts.push(t('indicators.chart.summaryCity', { value: fig(city.cityValue) }));
  if (indicator.baseline) parts.push(t('indicators.chart.summaryBaseline', { value: fig(indicator.baseline.value) }));
  for (const target of indicator.targets) parts.push(t('indicators.chart.summaryTarget', { year: target.year, value: fig(target.value) }));
  return parts.join(' ');
}

/**
 * The development of an indicator as a line chart drawn in SVG: its values (solid line, circles), the whole city's
 * (dashed, squares), the baseline (dash-dot) and the way to the targets (dotted, diamonds). Line styles, markers and
 * labels carry the meaning, not colour alone; the drawing is one image with a text alternative.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId().replace(/:/g, '');
  const summary = useChartSummary(indicator);
  const values = sortedValues(indicator.values);
  const cityValues = values.filter((v) => v.cityValue !== null);
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  const baseline = indicator.baseline;

  const times = [...values.map(timeOf), ...targets.map((tg) => tg.year + 0.5), ...(baseline ? [timeOf(baseline)] : [])];
  const numbers = [
    ...values.map((v) => v.value),
    ...cityValues.map((v) => v.cityValue!),
    ...targets.map((tg) => tg.value),
    ...(baseline ? [baseline.value] : []),
  ];
  const firstYear = Math.floor(Math.min(...times, new Date().getFullYear()));
  const lastYear = Math.floor(Math.max(...times, firstYear)) + 1;
  const [yMin, yMax] = valueRange(numbers);
  const x = (time: number) => PAD.left + ((time - firstYear) / (lastYear - firstYear)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - ((value - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (points: [number, number][]) => points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`).join('');

  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear) / 10));
  const years: number[] = [];
  for (let year = firstYear; year < lastYear; year += yearStep) years.push(year);
  const latest = values.at(-1);
  const fig = (v: number) => formatFigure(v, indicator.unit, lang);

  return (
    <figure className="indicator-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="indicator-chart__svg">
        <title id={`${id}-title`}>{t('indicators.chart.label', { name: indicator.name })}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g className="indicator-chart__grid">
          {niceTicks(yMin, yMax).map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {fig(tick)}
              </text>
            </g>
          ))}
          {years.map((year) => (
            <text key={year} x={x(year + 0.5)} y={HEIGHT - PAD.bottom + 20} textAnchor="middle">
              {year}
            </text>
          ))}
        </g>
        {baseline ? (
          <g className="indicator-chart__baseline">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(baseline.value)} y2={y(baseline.value)} />
            <text x={WIDTH - PAD.right} y={y(baseline.value)} dy="-0.4em" textAnchor="end">
              {t('indicators.baseline')}
            </text>
          </g>
        ) : null}
        {cityValues.length ? (
          <g className="indicator-chart__city">
            <path d={line(cityValues.map((v) => [x(timeOf(v)), y(v.cityValue!)]))} />
            {cityValues.map((v) => (
              <Marker key={timeOf(v)} kind="city" x={x(timeOf(v))} y={y(v.cityValue!)} />
            ))}
          </g>
        ) : null}
        {latest
          ? targets
              .filter((tg) => tg.year + 0.5 >= timeOf(latest))
              .map((tg) => (
                <g key={tg.year} className="indicator-chart__target">
                  <path d={line([[x(timeOf(latest)), y(latest.value)], [x(tg.year + 0.5), y(tg.value)]])} />
                  <Marker kind="target" x={x(tg.year + 0.5)} y={y(tg.value)} />
                  <text x={x(tg.year + 0.5)} y={y(tg.value)} dy="-0.9em" textAnchor="end">
                    {t('indicators.target', { year: tg.year, value: fig(tg.value) })}
                  </text>
                </g>
              ))
          : null}
        <g className="indicator-chart__area">
          <path d={line(values.map((v) => [x(timeOf(v)), y(v.value)]))} />
          {values.map((v) => (
            <Marker key={timeOf(v)} kind="area" x={x(timeOf(v))} y={y(v.value)} />
          ))}
          {latest ? (
            <text x={x(timeOf(latest))} y={y(latest.value)} dy="1.4em" textAnchor="middle">
              {fig(latest.value)}
            </text>
          ) : null}
        </g>
      </svg>
      <figcaption>
        <p className="visually-hidden">{t('indicators.chart.legend')}</p>
        <ul className="indicator-chart__legend kern-body kern-body--small" role="list">
          <li>
            <LegendSample kind="area" /> {t('indicators.chart.area')}
          </li>
          {cityValues.length ? (
            <li>
              <LegendSample kind="city" /> {t('indicators.chart.city')}
            </li>
          ) : null}
          {targets.length ? (
            <li>
              <LegendSample kind="target" /> {t('indicators.chart.target')}
            </li>
          ) : null}
          {baseline ? (
            <li>
              <LegendSample kind="baseline" /> {t('indicators.chart.baseline')}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}

function LegendSample({ kind }: { kind: 'area' | 'city' | 'target' | 'baseline' }) {
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" className={`indicator-chart__${kind}`}>
      <path d="M2 6H34" />
      {kind === 'baseline' ? null : <Marker kind={kind} x={18} y={6} />}
    </svg>
  );
}
