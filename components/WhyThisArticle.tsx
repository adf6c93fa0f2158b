// Why the panel appeared: the detector's reasons in plain words, and how sure it was.
import type { Analysis } from '../core/types';
import { useT } from './i18n';
import { describeReason } from './labels';

export interface WhyThisArticleProps {
  analysis: Analysis;
}

// Reasons repeat (one per matched word); a handful is enough to explain the decision.
const REASONS_SHOWN = 8;

export function WhyThisArticle({ analysis }: WhyThisArticleProps) {
  const { t, lang } = useT();
  const reasons = [...new Set(analysis.reasons.map((reason) => describeReason(reason, t)))].slice(0, REASONS_SHOWN);
  const score = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(analysis.score);
  return (
    <details class="cp-why">
      <summary>{t('whyTitle')}</summary>
      <p>{t(analysis.isAiFunding ? 'whyFound' : 'whyNotFound', score)}</p>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p class="cp-muted">{t('whyNoReasons')}</p>
      )}
    </details>
  );
}
