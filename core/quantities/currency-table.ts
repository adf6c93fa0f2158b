// Currency signs and ISO codes: the same in every language, so they live here rather than in a lexicon.

/** Signs written next to the number. "$" alone is read as USD, the news convention; "¥" alone as JPY. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '￥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  元: 'CNY',
  'CN¥': 'CNY',
};

/** Letters fused with "$" ("US$", "HK$"): which dollar it is. */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: 'USD',
  'u.s.': 'USD',
  'u.s': 'USD',
  usd: 'USD',
  c: 'CAD',
  ca: 'CAD',
  cad: 'CAD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  hk: 'HKD',
  hkd: 'HKD',
  nz: 'NZD',
  nzd: 'NZD',
  s: 'SGD',
  sgd: 'SGD',
  nt: 'TWD',
  r: 'BRL',
  mex: 'MXN',
  mxn: 'MXN',
};

/** Letters after "$" that say which dollar: "40 milliards $ US", "16,4 millions de $CAD". */
export const DOLLAR_SUFFIXES: Readonly<Record<string, string>> = {
  us: 'USD',
  usd: 'USD',
  ca: 'CAD',
  can: 'CAD',
  cad: 'CAD',
  c: 'CAD',
  hk: 'HKD',
  hkd: 'HKD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  nzd: 'NZD',
};

/**
 * ISO codes read in any case ("usd 15", "10 rmb"): none of them is a word in the five languages.
 * RMB is not ISO but names the yuan.
 */
export const CODES_ANY_CASE: Readonly<Record<string, string>> = {
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  chf: 'CHF',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  cad: 'CAD',
  aud: 'AUD',
  hkd: 'HKD',
  nzd: 'NZD',
  sgd: 'SGD',
  inr: 'INR',
  krw: 'KRW',
  mxn: 'MXN',
  brl: 'BRL',
};

/** ISO codes read only in capitals: in lower case they are words ("rub", "ils", "zar" = tsar). */
export const CODES_UPPER_ONLY: readonly string[] = [
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'RUB',
  'ZAR',
  'AED',
  'SAR',
  'ILS',
  'TWD',
  'CZK',
  'HUF',
  'TRY',
];

/** Codes that fuse with "M" for millions in finance prose: "30 MUSD", "MEUR 120". */
export const MILLION_CODES: readonly string[] = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK'];
