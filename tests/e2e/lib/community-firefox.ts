import { afterAll, beforeAll } from 'vitest';
import { FirefoxBidi } from './firefox';

// Turning sharing on asks Firefox for the data-collection consent the manifest declares as optional, and
// Firefox answers such a request with a doorhanger in its own UI, which WebDriver cannot click. The usual
// way out for tests is the pref that grants optional permissions without the doorhanger (the click that
// asks is still required). The shared Firefox launcher (firefox.ts) writes a fixed user.js, so the pref is
// set at run time instead, through BiDi's access to the browser's own (chrome) window, which the launcher
// already enables with --remote-allow-system-access. The launcher is observed, not changed: its `launch`
// is wrapped while the sessions start, to get hold of the instance.

export interface FirefoxPrefs {
  /** Register before browserSession('firefox'): remembers the Firefox it launches. */
  capture(): void;
  /** Register after browserSession('firefox'): grants optional permissions without a doorhanger. */
  allowOptionalPermissions(): void;
}

async function setBoolPref(ff: FirefoxBidi, name: string, value: boolean): Promise<void> {
  const tree = await ff.send('browsingContext.getTree', { 'moz:scope': 'chrome' } as never);
  const chrome = (tree.contexts as Array<{ context: string }>)[0]?.context;
  if (!chrome) throw new Error('no chrome context to set Firefox prefs in');
  const r = await ff.send('script.evaluate', {
    expression: `Services.prefs.setBoolPref(${JSON.stringify(name)}, ${value}); Services.prefs.getBoolPref(${JSON.stringify(name)})`,
    target: { context: chrome },
    awaitPromise: false,
  });
  if ((r.result as { value?: unknown } | undefined)?.value !== value) throw new Error(`could not set ${name}: ${JSON.stringify(r)}`);
}

export function firefoxPrefs(): FirefoxPrefs {
  const launched: FirefoxBidi[] = [];
  const original = FirefoxBidi.launch;
  const restore = (): void => {
    FirefoxBidi.launch = original;
  };
  return {
    capture() {
      beforeAll(() => {
        FirefoxBidi.launch = async (...args: Parameters<typeof original>) => {
          const ff = await original.apply(FirefoxBidi, args);
          launched.push(ff);
          return ff;
        };
      });
    },
    allowOptionalPermissions() {
      beforeAll(async () => {
        restore();
        for (const ff of launched) await setBoolPref(ff, 'extensions.webextOptionalPermissionPrompts', false);
      });
      afterAll(restore);
    },
  };
}
