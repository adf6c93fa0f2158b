// The background's side of lib/gate-handle.ts: it reads the gate's decision in a tab when the popup asks,
// and tells the gate to look again when an SPA changes the tab's URL without loading a new document.
import { browser } from 'wxt/browser';
import { type GateDecision, readGateDecision, regateInTab } from '../lib/gate-handle';

/** Null when the tab cannot be scripted, has no gate, or the gate has not decided yet. */
export async function gateDecision(tabId: number): Promise<GateDecision | null> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readGateDecision });
    const value = first?.result;
    return value && typeof value === 'object' ? (value as GateDecision) : null;
  } catch {
    // No host access to that tab (a browser page, a site not granted): there is no gate there either.
    return null;
  }
}

export async function regate(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: regateInTab });
  } catch {
    // Same as above: nothing of ours runs in that tab.
  }
}
