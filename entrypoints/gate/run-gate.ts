// The cheap gate every matched page goes through: title, metadata and lead → `quickCheck` → only if it
// passes ask the background for the full analysis. Whether the reader switched the site off is the
// background's to check (it reads the settings off the page's main thread, and only for pages that pass).
// Nothing here may grow the content script: no analysis, no UI, no storage.
import type { PageSignals } from '../../page/read-page-signals';
import type { BackgroundMessage, ReportedStatus } from '../lib/messages';
import { panelIsLive } from '../panel/panel-instance';

export interface QuickCheckInput {
  title?: string;
  description?: string;
  lead?: string;
}

export interface GateDeps {
  readSignals(doc: Document): PageSignals;
  quickCheck(input: QuickCheckInput): boolean;
  send(message: BackgroundMessage): Promise<unknown>;
  /** Does the panel script already run in this tab? Defaults to looking for its instance (panel-instance.ts). */
  panelLoaded?(): boolean;
  /** Keeps a final decision where the background can read it (lib/gate-handle.ts); sends nothing. */
  report(status: ReportedStatus): void;
  url(): string;
}

/** `pending`: the check failed on a page that has no lead yet (rendered by its scripts later): look again. */
export type GateOutcome = 'analyse' | 'rejected' | 'pending';

// Below this much lead text the page has not rendered its article yet (client-side rendering): a "no"
// would be premature. Higher would retry on short briefs too (cheap, but pointless); lower would give
// up on pages that show only a teaser line before hydrating.
const MIN_LEAD_CHARS = 80;

// An indexed loop: this runs once per page in a cold content script, where `for…of` goes through the
// iterator protocol in the interpreter.
function joinDistinct(parts: string[]): string {
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part !== '' && !kept.includes(part)) kept.push(part);
  }
  return kept.join('\n');
}

/** Headline variants together (a site's og:title, <title> and <h1> often differ), labels as description. */
export function quickCheckInput(s: PageSignals): QuickCheckInput {
  return {
    title: joinDistinct([s.ogTitle, s.title, s.h1]),
    description: joinDistinct([s.description, s.keywords]),
    lead: s.lead,
  };
}

/** `lastTry`: report a failed check even when the page still looks unrendered. */
export async function runGate(doc: Document, deps: GateDeps, lastTry = true): Promise<GateOutcome> {
  const signals = deps.readSignals(doc);
  const passed = deps.quickCheck(quickCheckInput(signals));
  if (!passed) {
    if (!lastTry && signals.lead.length < MIN_LEAD_CHARS) return 'pending';
    deps.report({ state: 'not-found', url: deps.url(), by: 'gate', summary: null });
    return 'rejected';
  }
  // Said only when true: the background then skips asking the tab before it injects the panel.
  const loaded = deps.panelLoaded ? deps.panelLoaded() : panelIsLive(globalThis);
  await deps.send(loaded ? { type: 'contrepoint:analyse', panelLoaded: true } : { type: 'contrepoint:analyse' });
  return 'analyse';
}
