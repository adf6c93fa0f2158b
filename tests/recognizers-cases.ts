// Scores findQuantities against an external test suite nobody on this project wrote: the currency
// cases of microsoft/Recognizers-Text (shared/specs/recognizers, MIT). Used by
// tests/unit/core/recognizers-spec.test.ts and by the eval script to print the in-scope pass rate.
//
// Which cases count ("in scope"), and why:
//  - the case's main result is its first result whose text holds a digit: spelled-out small sums
//    ("five million yen", "twenty MUSD") are out, news amounts are written in digits;
//  - its currency is a major one (MAJOR below), taken from `isoCurrency`, or from the unit name when the
//    spec leaves the ISO code out because "$" alone is ambiguous ("Dollar" is read as USD, "Pound"/"Livre"
//    as GBP: the news convention). Out: cents, pence and centimes (sub-units), pre-euro currencies
//    (francs, markka, guilders, pesetas), ambiguous ones ("rupees" without a country), minor ones
//    (Turkish lira, Mexican peso, Georgian lari…) and bitcoin;
//  - amounts that glue units and cents together ("15 dollars 50", "10 $ 30 cent") are out: a news
//    figure never does that.
// Cases with no result at all ("All 70 of us.") are kept apart as negatives: nothing may be read as money.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findQuantities } from '../core/find-quantities';
import { requireSharedDir } from './shared-dir';

export type SpecLanguage = 'en' | 'fr';

const FOLDERS: Record<SpecLanguage, string> = { en: 'English', fr: 'French' };

export const MAJOR_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'HKD', 'NZD'];

// Unit names the spec uses when it leaves `isoCurrency` out.
const UNIT_TO_ISO: Record<string, string> = {
  dollar: 'USD',
  'united states dollar': 'USD',
  'dollar états-unis': 'USD',
  euro: 'EUR',
  pound: 'GBP',
  'british pound': 'GBP',
  livre: 'GBP',
  'japanese yen': 'JPY',
  'yen japonais': 'JPY',
  'chinese yuan': 'CNY',
  'yuan chinois': 'CNY',
  'canadian dollar': 'CAD',
  'dollar canadien': 'CAD',
  'australian dollar': 'AUD',
  'dollar australien': 'AUD',
  'hong kong dollar': 'HKD',
  'dollar de hong kong': 'HKD',
  'swiss franc': 'CHF',
  'franc suisse': 'CHF',
  'new zealand dollar': 'NZD',
  'dollar néo-zélandais': 'NZD',
};

const SUBUNITS = /^(cents?|pence|penny|centimes?|satoshis?)$/i;
const PRE_EURO = /^(francs?|finnish markka|mark finlandais|netherlands guilder|florins néerlandais|pesetas?|pesewas?)$/i;
const UNITS_AND_CENTS = /\d\D*(?:\b(?:dollars?|usd|euros?)\b|[$€])\D*\d/i;

interface RawResult {
  Text: string;
  Start: number;
  End: number;
  Resolution: { value?: string | null; unit?: string; isoCurrency?: string };
}
interface RawCase {
  Input: string;
  Results: RawResult[];
}

export interface SpecCase {
  input: string;
  /** Expected span, half-open (the spec's End is inclusive). */
  start: number;
  end: number;
  text: string;
  value: number;
  iso: string;
}

export interface SpecFailure {
  input: string;
  expected: string;
  got: string;
}

export interface SpecResult {
  language: SpecLanguage;
  total: number;
  inScope: number;
  passed: number;
  failed: SpecFailure[];
  /** Count of left-out cases per reason. */
  excluded: Record<string, number>;
  /** Cases expecting no currency at all, and those where money was read anyway. */
  negatives: number;
  falsePositives: SpecFailure[];
}

function loadRaw(language: SpecLanguage): RawCase[] {
  const path = resolve(requireSharedDir(), 'specs/recognizers/NumberWithUnit', FOLDERS[language], 'CurrencyModel.json');
  // Some spec files start with a UTF-8 byte-order mark.
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as RawCase[];
}

function parseLocalized(value: string, language: SpecLanguage): number {
  // The spec writes values in the language's own notation: French "12,345" is 12.345.
  return Number(language === 'fr' ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, ''));
}

/** Sorts every case of the spec into in-scope cases, negatives and excluded reasons. */
export function selectSpecCases(language: SpecLanguage) {
  const inScope: SpecCase[] = [];
  const negatives: string[] = [];
  const excluded: Record<string, number> = {};
  const exclude = (reason: string) => {
    excluded[reason] = (excluded[reason] ?? 0) + 1;
  };
  const raw = loadRaw(language);
  for (const c of raw) {
    if (c.Results.length === 0) {
      negatives.push(c.Input);
      continue;
    }
    const main = c.Results.find((r) => /\d/.test(r.Text));
    const unit = main?.Resolution.unit ?? '';
    if (!main || main.Resolution.value == null) exclude('no digits (spelled out, or a unit alone)');
    else if (SUBUNITS.test(unit)) exclude('sub-unit (cents, pence)');
    else if (PRE_EURO.test(unit)) exclude('pre-euro or ambiguous franc');
    else if (UNITS_AND_CENTS.test(main.Text)) exclude('units and cents glued together');
    else {
      const iso = main.Resolution.isoCurrency ?? UNIT_TO_ISO[unit.toLowerCase()];
      if (!iso) exclude('ambiguous or unmapped unit');
      else if (!MAJOR_CURRENCIES.includes(iso)) exclude('minor currency');
      else {
        inScope.push({
          input: c.Input,
          start: main.Start,
          end: main.End + 1,
          text: main.Text,
          value: parseLocalized(main.Resolution.value, language),
          iso,
        });
      }
    }
  }
  return { total: raw.length, inScope, negatives, excluded };
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

/** Runs findQuantities on every case of one language and scores the in-scope ones. */
export function evaluateRecognizerSpec(language: SpecLanguage): SpecResult {
  const { total, inScope, negatives, excluded } = selectSpecCases(language);
  const failed: SpecFailure[] = [];
  for (const c of inScope) {
    const money = findQuantities(c.input, language).filter((q) => q.kind === 'money');
    const hit = money.find((q) => q.start < c.end && q.end > c.start);
    const ok =
      hit !== undefined &&
      ((sameValue(hit.value, c.value) && hit.unit === c.iso) ||
        (hit.alternative !== undefined && sameValue(hit.alternative.value, c.value) && hit.alternative.unit === c.iso));
    if (!ok) {
      failed.push({
        input: c.input,
        expected: `${c.text} = ${c.value} ${c.iso}`,
        got: hit ? `${hit.text} = ${hit.value} ${hit.unit}` : money.map((q) => `${q.text} = ${q.value} ${q.unit}`).join('; ') || 'nothing',
      });
    }
  }
  const falsePositives: SpecFailure[] = [];
  for (const input of negatives) {
    const money = findQuantities(input, language).filter((q) => q.kind === 'money');
    if (money.length > 0) {
      falsePositives.push({ input, expected: 'no money', got: money.map((q) => `${q.text} = ${q.value} ${q.unit}`).join('; ') });
    }
  }
  return {
    language,
    total,
    inScope: inScope.length,
    passed: inScope.length - failed.length,
    failed,
    excluded,
    negatives: negatives.length,
    falsePositives,
  };
}

/** Both languages of the spec, for the eval script. */
export function evaluateRecognizerSpecs(): Record<SpecLanguage, SpecResult> {
  return { en: evaluateRecognizerSpec('en'), fr: evaluateRecognizerSpec('fr') };
}
