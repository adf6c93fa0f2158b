// The article's key facts (company, deal, amount, valuation, investors, round) and every other figure the
// analysis understood, each with the sentence it came from and a button to find it in the article.
import { useState } from 'preact/hooks';
import { formatQuantity } from '../core/format-figure';
import type { Analysis, Figure, Money, Span } from '../core/types';
import { useT } from './i18n';
import { dealKey, figureKey } from './labels';
import { truncate } from './text-utils';

export interface KeyFiguresProps {
  analysis: Analysis;
  onShowFigure(figure: Figure): void;
  onShowSpan(span: Span): void;
}

// A figure's sentence is context, not the article: long sentences are cut to keep the list scannable.
const SENTENCE_CHARS = 220;
// Long articles can hold dozens of numbers; the first ones show, the rest behind a button.
const FIGURES_SHOWN = 8;

function sameFigureKey(f: Figure): string {
  return `${f.kind}|${f.unit}|${f.value}`;
}

/** The figure behind a headline Money, or one made from it when the figure list lacks it. */
function figureFor(analysis: Analysis, money: Money, kind: Figure['kind']): Figure {
  const existing = analysis.figures.find((f) => f.start === money.start && f.end === money.end);
  if (existing) return existing;
  const sentence = analysis.sentences.findIndex((s) => s.start <= money.start && money.start < s.end);
  return { kind, value: money.value, unit: money.currency, text: money.text, start: money.start, end: money.end, sentence };
}

function FigureLine({ figure, analysis, label, onShowFigure }: { figure: Figure; analysis: Analysis; label: string; onShowFigure(figure: Figure): void }) {
  const { t, lang } = useT();
  const sentence = analysis.sentences[figure.sentence]?.text ?? '';
  return (
    <li class="cp-figure">
      <span class="cp-figure__label">{label}</span>{' '}
      <strong class="cp-figure__value">{formatQuantity(figure, lang)}</strong>
      {sentence && <blockquote class="cp-quote">{truncate(sentence, SENTENCE_CHARS)}</blockquote>}
      <button
        type="button"
        class="cp-link-button"
        onClick={() => onShowFigure(figure)}
      >
        {/* The accessible name must start with the visible words (WCAG 2.5.3, label in name). */}
        {t('showInArticle')}
        <span class="cp-visually-hidden">: {truncate(figure.text, 60)}</span>
      </button>
    </li>
  );
}

export function KeyFigures({ analysis, onShowFigure, onShowSpan }: KeyFiguresProps) {
  const { t } = useT();
  const [showAll, setShowAll] = useState(false);
  const amount = analysis.amount ? figureFor(analysis, analysis.amount, 'amount') : null;
  const valuation = analysis.valuation ? figureFor(analysis, analysis.valuation, 'valuation') : null;
  const headline = [amount, valuation].filter((f): f is Figure => f !== null);
  // Articles repeat their main numbers ("valorisé 300 milliards" in the lead and again later): a figure
  // with the same role and value as one already listed adds nothing but length.
  const seen = new Set(headline.map(sameFigureKey));
  const others = analysis.figures.filter((f) => {
    const key = sameFigureKey(f);
    if (headline.includes(f) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const shownOthers = showAll ? others : others.slice(0, FIGURES_SHOWN);
  const lead = analysis.leadInvestor;
  const coInvestors = analysis.investors.filter((name) => name !== lead);
  const companyOrg = analysis.organisations.find((o) => o.role === 'company' && o.name === analysis.company);

  return (
    <div class="cp-key-figures">
      <dl class="cp-facts">
        <div>
          <dt>{t('factCompany')}</dt>
          <dd>
            {analysis.company ?? <span class="cp-muted">{t('factUnknown')}</span>}
            {companyOrg && (
              <>
                {' '}
                <button
                  type="button"
                  class="cp-link-button"
                  onClick={() => onShowSpan({ start: companyOrg.start, end: companyOrg.end })}
                >
                  {t('showInArticle')}
                  <span class="cp-visually-hidden">: {companyOrg.name}</span>
                </button>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('factDeal')}</dt>
          <dd>{analysis.kind ? t(dealKey(analysis.kind)) : <span class="cp-muted">{t('factUnknown')}</span>}</dd>
        </div>
        {lead && (
          <div>
            <dt>{t('factLeadInvestor')}</dt>
            <dd>{lead}</dd>
          </div>
        )}
        {coInvestors.length > 0 && (
          <div>
            <dt>{t('factOtherInvestors')}</dt>
            <dd>{coInvestors.join(', ')}</dd>
          </div>
        )}
        {analysis.round && (
          <div>
            <dt>{t('factRound')}</dt>
            <dd>{analysis.round}</dd>
          </div>
        )}
      </dl>
      {headline.length + others.length === 0 ? (
        <p class="cp-muted">{t('figuresNone')}</p>
      ) : (
        <ul class="cp-figures">
          {headline.map((figure) => (
            <FigureLine
              key={`${figure.start}`}
              figure={figure}
              analysis={analysis}
              label={t(figureKey(figure.kind))}
              onShowFigure={onShowFigure}
            />
          ))}
          {shownOthers.map((figure) => (
            <FigureLine
              key={`${figure.start}`}
              figure={figure}
              analysis={analysis}
              label={t(figureKey(figure.kind))}
              onShowFigure={onShowFigure}
            />
          ))}
        </ul>
      )}
      {others.length > FIGURES_SHOWN && (
        <button type="button" class="cp-button cp-button--quiet" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('figuresShowFewer') : t('figuresShowAll', others.length)}
        </button>
      )}
    </div>
  );
}
