// Runs the gate on the document and keeps its handle (decision, regate) on the isolated world's global,
// once per document: a second copy of the script (the manifest's and a runtime-registered one, or an
// extension update) reuses the handle instead of looking twice.
import { GATE_KEY, type GateDecision, type GateHandle } from '../lib/gate-handle';
import type { ReportedStatus } from '../lib/messages';
import { NAVIGATION_SETTLE_MS, UNRENDERED_RETRY_MS } from '../lib/timing';
import { type GateDeps, runGate } from './run-gate';

export type InstallDeps = Omit<GateDeps, 'report'> & {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
};

export function installGate(scope: object, doc: Document, deps: InstallDeps): GateHandle {
  const key = Symbol.for(GATE_KEY);
  const slot = scope as Record<symbol, GateHandle | undefined>;
  const existing = slot[key];
  if (existing) return existing;

  let timer: number | undefined;
  const later = (attempt: number, delay: number): void => {
    if (timer !== undefined) deps.clearTimeout(timer);
    timer = deps.setTimeout(() => gate(attempt), delay);
  };
  const report = (status: ReportedStatus): void => {
    handle.decision = { ...status, at: deps.now() } satisfies GateDecision;
  };
  const gate = (attempt: number): void => {
    timer = undefined;
    const lastTry = attempt >= UNRENDERED_RETRY_MS.length;
    runGate(doc, { ...deps, report }, lastTry)
      .then((outcome) => {
        // A page rendered by its own scripts may have no article yet at document_idle.
        if (outcome === 'pending') later(attempt + 1, UNRENDERED_RETRY_MS[attempt] ?? 0);
      })
      .catch(() => undefined);
  };
  const handle: GateHandle = {
    decision: null,
    regate: () => {
      // The URL changed: what was decided was about the previous article.
      handle.decision = null;
      later(0, NAVIGATION_SETTLE_MS);
    },
  };
  slot[key] = handle;
  gate(0);
  return handle;
}
