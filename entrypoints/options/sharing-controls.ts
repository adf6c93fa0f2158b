// What the options page's sharing switch does in the browser: ask for the server's host permission (and
// the other sharing permissions the manifest declares) inside the click, create the reader secret, store
// the choice, and let the background check the server or withdraw the answers. The options page itself
// makes no network request; the background does, and only while sharing is on.
import { browser } from 'wxt/browser';
import type { SharingControls, SharingOutcome } from '../../components/CommunitySharing';
import { isSharingCheck, isWithdrawReport, type SharingCheck } from '../../state/community-results';
import { ensureReaderSecret } from '../../state/reader-secret';
import { parseServerUrl } from '../../state/server-url';
import type { SettingsStore } from '../../state/settings-store';
import type { BackgroundMessage } from '../lib/messages';
import { type ManifestLike, type SharingPermissions, sharingPermissions } from '../lib/sharing-permissions';

type PermissionsApi = { request(p: SharingPermissions): Promise<boolean> };

export interface SharingControlDeps {
  settings: SettingsStore;
  now?: () => number;
}

async function ask(message: BackgroundMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return null;
  }
}

export function createSharingControls({ settings, now = Date.now }: SharingControlDeps): SharingControls {
  const check = async (): Promise<SharingCheck> => {
    const reply = await ask({ type: 'contrepoint:sharing-check' });
    return isSharingCheck(reply) ? reply : { status: 'unreachable', pending: 0 };
  };

  return {
    enable(serverUrl) {
      const parsed = parseServerUrl(serverUrl);
      if (!parsed.ok) return Promise.resolve({ status: 'refused', reason: parsed.problem } satisfies SharingOutcome);
      // First thing in the click: browsers grant optional permissions only during a user gesture, and an
      // await before this call would end it.
      const manifest = browser.runtime.getManifest() as ManifestLike;
      const permissions = browser.permissions as unknown as PermissionsApi;
      const granted = permissions.request(sharingPermissions(manifest, parsed.permission)).catch(() => false);
      return (async (): Promise<SharingOutcome> => {
        if (!(await granted)) return { status: 'declined' };
        await ensureReaderSecret();
        const stored = await settings.store.getState().update({
          sharing: { enabled: true, serverUrl: parsed.url, since: new Date(now()).toISOString() },
        });
        if (!stored) return { status: 'refused', reason: 'storage' };
        return check();
      })();
    },

    async disable() {
      const current = settings.store.getState().settings.sharing;
      await settings.store.getState().update({ sharing: { ...current, enabled: false, since: null } });
      // The background also reacts to the stored change by itself (the page may close now); asking it here
      // only waits for the outcome, to tell the reader.
      const report = await ask({ type: 'contrepoint:sharing-withdraw' });
      return isWithdrawReport(report) ? report : null;
    },

    check,
  };
}
