// What the every-page gate leaves in the extension's isolated world of a tab, and the two functions the
// background runs there (scripting.executeScript with `func`) to use it. The gate reports nothing by
// itself on a page it rejects: even one runtime message costs the page more main-thread time than the
// whole check (the first use of an extension API sets up its bindings in the tab), so the background
// pulls the decision when someone asks (the popup), and pokes the gate when an SPA changes its URL.
// The page cannot see any of it: an isolated world's globals are not the page's.
import type { ReportedStatus } from './messages';

/** Where WXT builds entrypoints/gate/index.ts (an unlisted script, listed as the content script). */
export const GATE_FILE = 'gate.js';

/** `Symbol.for` key of the gate's handle on the isolated world's global object. */
export const GATE_KEY = 'contrepoint.gate';

export interface GateDecision extends ReportedStatus {
  /** Epoch ms of the decision. */
  at: number;
}

export interface GateHandle {
  /** The last final decision of the gate on this document; null while it has not decided. */
  decision: GateDecision | null;
  /** Looks at the page again (after an SPA navigation), once it has had time to render. */
  regate(): void;
}

// The two functions below are serialised into the tab by executeScript: they must not use anything
// from their module (hence the repeated key).

/** The gate's decision in this tab's top frame, or null (no gate there, or not decided yet). */
export function readGateDecision(): GateDecision | null {
  const handle = (globalThis as Record<symbol, GateHandle | undefined>)[Symbol.for('contrepoint.gate')];
  return handle?.decision ?? null;
}

/** Asks the gate in this tab to look again; false when there is none. */
export function regateInTab(): boolean {
  const handle = (globalThis as Record<symbol, GateHandle | undefined>)[Symbol.for('contrepoint.gate')];
  if (!handle) return false;
  handle.regate();
  return true;
}
