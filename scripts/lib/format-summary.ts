import type { AnalysisRecord, MoneyRecord } from './analysis-record';

// The human-readable report of `npm run analyze` without --json.

function amount(m: MoneyRecord | null): string {
  if (m === null) return '—';
  return `${m.value.toLocaleString('en-US')} ${m.currency} ("${m.text}")`;
}

function orDash(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : value;
}

export function formatSummary(r: AnalysisRecord): string {
  const verdict = r.isAiFunding
    ? `AI funding — ${r.kind ?? 'kind unknown'} (score ${r.score.toFixed(2)})`
    : `not AI funding (score ${r.score.toFixed(2)})`;
  const investors =
    r.investors.length === 0
      ? '—'
      : r.investors.map((name) => (name === r.leadInvestor ? `${name} (lead)` : name)).join(', ');
  const lines = [
    `== ${r.file}`,
    `title:      ${orDash(r.title)}`,
    `language:   ${r.lang}${r.declaredLangs.length > 0 ? ` (page declares ${r.declaredLangs.join(', ')})` : ''}`,
    `verdict:    ${verdict}`,
    `company:    ${orDash(r.company)}`,
    `amount:     ${amount(r.amount)}`,
    `valuation:  ${amount(r.valuation)}`,
    `investors:  ${investors}`,
    `round:      ${orDash(r.round)}`,
  ];
  if (r.canonicalUrl !== null) lines.push(`url:        ${r.canonicalUrl}`);
  if (r.themes.length > 0) lines.push(`themes:     ${r.themes.join(', ')}`);
  lines.push(`figures (${r.figures.length}):`);
  for (const f of r.figures) {
    lines.push(`  ${f.kind.padEnd(18)} ${f.value.toLocaleString('en-US')} ${f.unit}  "${f.text}"  [${f.start}–${f.end}]`);
  }
  lines.push(`questions (${r.questions.length}):`);
  for (const q of r.questions) {
    const themes = q.themes.length > 0 ? q.themes.join(', ') : 'no theme';
    lines.push(`  [${q.kind}] ${q.text}  — ${themes}  [${q.start}–${q.end}]`);
  }
  if (r.reasons.length > 0) lines.push(`reasons:    ${r.reasons.join(' ')}`);
  return lines.join('\n');
}
