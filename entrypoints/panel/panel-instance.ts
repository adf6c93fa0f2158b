// Where a loaded panel script leaves its live instance: a symbol on the extension's isolated-world global
// of the tab, which the every-page gate shares with it (and the page's own scripts cannot see). The gate
// reads it to tell the background whether the panel is already there, which saves a round trip to the
// tab before the panel is injected. Kept apart from install-panel.ts so that the gate imports no more
// than this.

/** `Symbol.for` key of the panel's instance. */
export const PANEL_KEY = 'contrepoint.panel';

interface Live {
  alive(): boolean;
}

/** True when a panel script runs in this world and its extension context is still valid. */
export function panelIsLive(scope: object): boolean {
  const instance = (scope as Record<symbol, Live | undefined>)[Symbol.for(PANEL_KEY)];
  try {
    return instance?.alive() === true;
  } catch {
    // A copy orphaned by an extension reload may throw on any use of the extension's APIs.
    return false;
  }
}
