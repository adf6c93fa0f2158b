import type { MetaValues } from './read-meta';

/** Language tags the document declares about itself, raw (as core's PageHints expects), most
 *  authoritative first: <html lang>, xml:lang, og:locale, Content-Language, <meta name=language>. */
export function readDeclaredLangs(doc: Document, meta: MetaValues): string[] {
  const html = doc.documentElement;
  const values = [
    html?.getAttribute('lang'),
    html?.getAttribute('xml:lang'),
    meta.get('og:locale'),
    meta.get('http-equiv:content-language'),
    meta.get('language'),
    meta.get('dc.language'),
    meta.get('inlanguage'),
  ];
  const seen = new Set<string>();
  const langs: string[] = [];
  for (const value of values) {
    const v = value?.trim();
    if (!v || v.length > 40) continue;
    const key = v.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    langs.push(v);
  }
  return langs;
}
