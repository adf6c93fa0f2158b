// The built-in list of news outlets where the cheap content script runs without the reader granting
// anything. The manifest's `content_scripts.matches` and `host_permissions` are derived from it, so
// every entry widens the extension's install-time permissions: keep it to major outlets that really
// cover tech and business news, and let readers grant any other site themselves (optional permissions).
import type { Lang } from '../core/types';

export interface NewsSite {
  /** Registrable host without scheme or "www." ("lemonde.fr"); the match pattern covers its subdomains. */
  host: string;
  /** The outlet's main language: a hint for tests and the popup, never a substitute for detection. */
  lang: Lang;
  name: string;
}

export const NEWS_SITES: readonly NewsSite[] = [
  // French
  { host: 'lemonde.fr', lang: 'fr', name: 'Le Monde' },
  { host: 'lesechos.fr', lang: 'fr', name: 'Les Echos' },
  { host: 'lefigaro.fr', lang: 'fr', name: 'Le Figaro' },
  { host: 'liberation.fr', lang: 'fr', name: 'Libération' },
  { host: 'latribune.fr', lang: 'fr', name: 'La Tribune' },
  { host: 'usine-digitale.fr', lang: 'fr', name: "L'Usine Digitale" },
  { host: 'bfmtv.com', lang: 'fr', name: 'BFM' },
  { host: 'challenges.fr', lang: 'fr', name: 'Challenges' },
  { host: 'lexpress.fr', lang: 'fr', name: "L'Express" },
  { host: 'lepoint.fr', lang: 'fr', name: 'Le Point' },
  { host: 'francetvinfo.fr', lang: 'fr', name: 'Franceinfo' },
  { host: 'journaldunet.com', lang: 'fr', name: 'Journal du Net' },
  { host: 'maddyness.com', lang: 'fr', name: 'Maddyness' },
  // English
  { host: 'reuters.com', lang: 'en', name: 'Reuters' },
  { host: 'ft.com', lang: 'en', name: 'Financial Times' },
  { host: 'bloomberg.com', lang: 'en', name: 'Bloomberg' },
  { host: 'techcrunch.com', lang: 'en', name: 'TechCrunch' },
  { host: 'theverge.com', lang: 'en', name: 'The Verge' },
  { host: 'cnbc.com', lang: 'en', name: 'CNBC' },
  { host: 'nytimes.com', lang: 'en', name: 'The New York Times' },
  { host: 'wsj.com', lang: 'en', name: 'The Wall Street Journal' },
  { host: 'theguardian.com', lang: 'en', name: 'The Guardian' },
  { host: 'bbc.com', lang: 'en', name: 'BBC' },
  { host: 'bbc.co.uk', lang: 'en', name: 'BBC' },
  { host: 'washingtonpost.com', lang: 'en', name: 'The Washington Post' },
  { host: 'telegraph.co.uk', lang: 'en', name: 'The Telegraph' },
  { host: 'axios.com', lang: 'en', name: 'Axios' },
  { host: 'wired.com', lang: 'en', name: 'Wired' },
  { host: 'sifted.eu', lang: 'en', name: 'Sifted' },
  // German
  { host: 'handelsblatt.com', lang: 'de', name: 'Handelsblatt' },
  { host: 'faz.net', lang: 'de', name: 'Frankfurter Allgemeine' },
  { host: 'spiegel.de', lang: 'de', name: 'Der Spiegel' },
  { host: 'zeit.de', lang: 'de', name: 'Die Zeit' },
  { host: 'heise.de', lang: 'de', name: 'heise online' },
  { host: 'sueddeutsche.de', lang: 'de', name: 'Süddeutsche Zeitung' },
  { host: 't3n.de', lang: 'de', name: 't3n' },
  { host: 'welt.de', lang: 'de', name: 'Die Welt' },
  { host: 'tagesschau.de', lang: 'de', name: 'tagesschau' },
  { host: 'wiwo.de', lang: 'de', name: 'WirtschaftsWoche' },
  { host: 'manager-magazin.de', lang: 'de', name: 'manager magazin' },
  { host: 'golem.de', lang: 'de', name: 'Golem' },
  // Spanish
  { host: 'elpais.com', lang: 'es', name: 'El País' },
  { host: 'cincodias.elpais.com', lang: 'es', name: 'Cinco Días' },
  { host: 'expansion.com', lang: 'es', name: 'Expansión' },
  { host: 'elmundo.es', lang: 'es', name: 'El Mundo' },
  { host: 'eleconomista.es', lang: 'es', name: 'elEconomista' },
  { host: 'lavanguardia.com', lang: 'es', name: 'La Vanguardia' },
  { host: 'elconfidencial.com', lang: 'es', name: 'El Confidencial' },
  { host: 'abc.es', lang: 'es', name: 'ABC' },
  { host: 'xataka.com', lang: 'es', name: 'Xataka' },
  { host: 'lanacion.com.ar', lang: 'es', name: 'La Nación' },
  // Italian
  { host: 'corriere.it', lang: 'it', name: 'Corriere della Sera' },
  { host: 'repubblica.it', lang: 'it', name: 'la Repubblica' },
  { host: 'ilsole24ore.com', lang: 'it', name: 'Il Sole 24 Ore' },
  { host: 'lastampa.it', lang: 'it', name: 'La Stampa' },
  { host: 'wired.it', lang: 'it', name: 'Wired Italia' },
  { host: 'ansa.it', lang: 'it', name: 'ANSA' },
  { host: 'milanofinanza.it', lang: 'it', name: 'Milano Finanza' },
  { host: 'ilpost.it', lang: 'it', name: 'Il Post' },
  { host: 'startupitalia.eu', lang: 'it', name: 'StartupItalia' },
];

/** True when `host` is `parent` or one of its subdomains (label boundary, so "notlemonde.fr" is not "lemonde.fr"). */
function isSameOrSubdomain(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`);
}

/**
 * Match patterns for the sites: one `https://*.<host>/*` each (which also matches the bare host), without
 * the ones a listed parent already covers (cincodias.elpais.com under elpais.com). Only https: every
 * listed outlet serves its articles over https, and http would only add a permission the reader sees.
 */
export function newsSiteMatches(sites: readonly NewsSite[] = NEWS_SITES): string[] {
  const hosts = [...new Set(sites.map((s) => s.host))];
  const kept = hosts.filter((h) => !hosts.some((other) => other !== h && isSameOrSubdomain(h, other)));
  return kept.map((h) => `https://*.${h}/*`);
}

/** The listed outlet serving `hostname` ("www.lemonde.fr" → Le Monde), the most specific entry winning. */
export function findNewsSite(hostname: string, sites: readonly NewsSite[] = NEWS_SITES): NewsSite | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  let best: NewsSite | null = null;
  for (const site of sites) {
    if (isSameOrSubdomain(host, site.host) && (!best || site.host.length > best.host.length)) best = site;
  }
  return best;
}
