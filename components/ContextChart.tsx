// The article's amount beside reference figures (private AI investment, US vs Europe vs China), as a
// small SVG bar chart. Every bar says its year, definition and source, because trackers disagree.
// Screen readers get a text alternative on the chart and the same data as a table.
import { useId } from 'preact/hooks';
import { formatMoney } from '../core/format-figure';
import type { Money } from '../core/types';
import { CHART_CURRENCIES, type ContextFigure, chartFiguresFor, REGION_LABELS } from '../data/context-figures';
import { type Translate, useT } from './i18n';
import './ContextChart.css';

export interface ContextChartProps {
  amount: Money | null;
  company: string | null;
}

interface Bar {
  key: string;
  label: string;
  value: number;
  currency: string;
  detail: string;
  source: string;
  isArticle: boolean;
}

// Geometry in SVG user units; the chart scales to the panel's width through its viewBox.
const WIDTH = 360;
const ROW = 60;
const BAR_HEIGHT = 10;
const MIN_BAR = 2; // a $10M round next to $109B would be invisible; two units keep it visible.

function referenceBar(figure: ContextFigure, t: Translate, lang: keyof ContextFigure['definition']): Bar {
  return {
    key: figure.id,
    label: REGION_LABELS[figure.region][lang],
    value: figure.value,
    currency: figure.unit,
    detail: t('chartDetail', figure.year, figure.definition[lang]),
    source: figure.source.name,
    isArticle: false,
  };
}

export function ContextChart({ amount, company }: ContextChartProps) {
  const { t, lang } = useT();
  const titleId = useId();
  const descId = useId();
  const supported = amount !== null && CHART_CURRENCIES.includes(amount.currency);
  const references = chartFiguresFor(supported && amount ? amount.currency : 'USD');
  const bars: Bar[] = [
    ...(supported && amount
      ? [
          {
            key: 'article',
            label: company ? t('chartArticleBarCompany', company) : t('chartArticleBar'),
            value: amount.value,
            currency: amount.currency,
            detail: t('chartArticleDetail'),
            source: '',
            isArticle: true,
          },
        ]
      : []),
    ...references.map((figure) => referenceBar(figure, t, lang)),
  ];
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const money = (bar: Bar) => formatMoney(bar.value, bar.currency, lang);
  const description = bars
    .map((bar) => `${bar.label}: ${money(bar)} (${bar.source ? `${bar.detail}; ${bar.source}` : bar.detail})`)
    .join('. ');
  const sources = [...new Map(references.map((figure) => [figure.source.name, figure.source])).values()];

  return (
    <figure class="cp-chart">
      {amount === null && <p class="cp-muted">{t('chartNoAmount')}</p>}
      {amount !== null && !supported && <p class="cp-muted">{t('chartOtherCurrency', amount.currency)}</p>}
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
        class="cp-chart__svg"
      >
        <title id={titleId}>{t('chartTitle')}</title>
        <desc id={descId}>{description}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = Math.max(MIN_BAR, (bar.value / max) * (WIDTH - 4));
          return (
            <g key={bar.key} class={bar.isArticle ? 'cp-chart__row cp-chart__row--article' : 'cp-chart__row'}>
              <text x="0" y={y + 13} class="cp-chart__label">
                {`${bar.label} · ${money(bar)}`}
              </text>
              <text x="0" y={y + 26} class="cp-chart__detail">
                {bar.detail}
              </text>
              {bar.source && (
                <text x="0" y={y + 38} class="cp-chart__detail">
                  {bar.source}
                </text>
              )}
              <rect x="0" y={y + 44} width={width} height={BAR_HEIGHT} rx="2" class="cp-chart__bar" />
            </g>
          );
        })}
      </svg>
      <figcaption class="cp-chart__caption">
        {t('chartCaption')}{' '}
        {sources.map((source, i) => (
          <span key={source.name}>
            {i > 0 ? ' · ' : ''}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.name}
              </a>
            ) : (
              source.name
            )}
            {source.via ? ` (${t('chartVia', source.via)})` : ''}
          </span>
        ))}
      </figcaption>
      <table class="cp-visually-hidden">
        <caption>{t('chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartColumnWhat')}</th>
            <th scope="col">{t('chartColumnAmount')}</th>
            <th scope="col">{t('chartColumnDetail')}</th>
            <th scope="col">{t('chartColumnSource')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{money(bar)}</td>
              <td>{bar.detail}</td>
              <td>{bar.source || t('chartArticleSource')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
