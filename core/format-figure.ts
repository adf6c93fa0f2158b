// Money, counts and percentages in the reader's UI language, always through Intl's compact notation so
// that every figure in the panel reads the same way ("40 Md $" in French, "$40B" in English).

// Three significant digits keep "€1.75B" exact where two would print "€1.8B", while "$40B" stays short.
const SIGNIFICANT_DIGITS = 3;

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ''}|${options.currency ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      maximumSignificantDigits: SIGNIFICANT_DIGITS,
      ...options,
    });
    cache.set(key, format);
  }
  return format;
}

const ISO_CURRENCY = /^[A-Z]{3}$/;

export function formatMoney(value: number, currency: string, locale: string): string {
  if (ISO_CURRENCY.test(currency)) {
    try {
      // narrowSymbol: "$" rather than "US$"/"$US"; the article's own sentence says which dollar.
      return formatter(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(value);
    } catch {
      // An ISO-shaped code this engine does not know: fall through to number + code.
    }
  }
  return `${formatCount(value, locale)} ${currency}`.trim();
}

export function formatCount(value: number, locale: string): string {
  return formatter(locale, {}).format(value);
}

export function formatPercent(value: number, locale: string): string {
  // Percent style expects a ratio; analysis values are already in percent ("12 %" = 12).
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** Any quantity by its unit: ISO 4217 code → money, "%" → percent, anything else → a count. */
export function formatQuantity(quantity: { value: number; unit: string }, locale: string): string {
  if (quantity.unit === '%') return formatPercent(quantity.value, locale);
  if (ISO_CURRENCY.test(quantity.unit)) return formatMoney(quantity.value, quantity.unit, locale);
  return formatCount(quantity.value, locale);
}
