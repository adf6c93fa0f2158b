// The cheap gate every matched page goes through: title, metadata and lead → `quickCheck` → only if it
// passes (and the reader has not switched the site off) ask the background for the full analysis.
// Nothing here may grow the content script: no analysis, no UI, no storage library.
import type { PageSignals } from '../../page/read-page-signals';
import type { BackgroundMessage } from '../lib/messages';

export interface QuickCheckInput {
  title?: string;
  description?: string;
  lead?: string;
  lang?: string;
}

export interface GateDeps {
  readSignals(doc: Document): PageSignals;
  quickCheck(input: QuickCheckInput): boolean;
  /** False when the reader switched this site off in the options. Only asked after the check passed. */
  siteEnabled(): Promise<boolean>;
  send(message: BackgroundMessage): Promise<unknown>;
  url(): string;
}

export type GateOutcome = 'analyse' | 'rejected' | 'disabled';

function joinDistinct(parts: string[]): string {
  return [...new Set(parts.filter((p) => p !== ''))].join('\n');
}

/** Headline variants together (a site's og:title, <title> and <h1> often differ), labels as description. */
export function quickCheckInput(s: PageSignals): QuickCheckInput {
  return {
    title: joinDistinct([s.ogTitle, s.title, s.h1]),
    description: joinDistinct([s.description, s.keywords, s.section]),
    lead: s.lead,
    lang: s.htmlLang || s.ogLocale,
  };
}

export async function runGate(doc: Document, deps: GateDeps): Promise<GateOutcome> {
  const passed = deps.quickCheck(quickCheckInput(deps.readSignals(doc)));
  if (!passed) {
    await deps.send({
      type: 'contrepoint:status',
      status: { state: 'not-found', url: deps.url(), by: 'gate', summary: null },
    });
    return 'rejected';
  }
  if (!(await deps.siteEnabled())) return 'disabled';
  await deps.send({ type: 'contrepoint:analyse' });
  return 'analyse';
}
