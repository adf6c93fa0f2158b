// Sites the reader granted permanently (optional host permissions) get the same cheap content script as
// the built-in news sites, through `scripting.registerContentScripts`. The granted permissions are the
// source of truth: the registrations are recomputed from them at start-up and whenever a permission is
// added or removed, wherever that happened (our popup, or the browser's own extension settings).
import { browser } from 'wxt/browser';
import { parseServerUrl } from '../../state/server-url';
import { normaliseSettings } from '../../state/settings';
import { SETTINGS_KEY } from '../../state/storage-items';
import { GATE_FILE } from '../lib/gate-handle';

const ID_PREFIX = 'contrepoint-site:';
/** The every-page gate (entrypoints/gate/index.ts). */
export const CONTENT_SCRIPT_FILE = GATE_FILE;

/** `https://host/*` for an http(s) URL; null for anything the reader cannot grant per site. */
export function originPatternFor(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** A single-host pattern such as `https://example.org/*`: the only kind a per-site grant produces. */
const SINGLE_HOST = /^https?:\/\/[^/*]+\/\*$/;

/** The origins the manifest requires (MV3 `host_permissions`, MV2 origins inside `permissions`). */
export function requiredOrigins(manifest: { host_permissions?: string[]; permissions?: string[] }): Set<string> {
  const all = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  return new Set(all.filter((p) => p.includes('://') || p === '<all_urls>'));
}

/** Granted origins minus the required ones = the sites the reader chose. Broad patterns are never ours. */
export function readerGrantedOrigins(granted: readonly string[], required: ReadonlySet<string>): string[] {
  return [...new Set(granted)].filter((o) => !required.has(o) && SINGLE_HOST.test(o)).sort();
}

export interface SyncResult {
  registered: string[];
  unregistered: string[];
}

// Two permission events in a row would otherwise race and register the same id twice (which throws).
let queue: Promise<unknown> = Promise.resolve();

/** Brings the registered content scripts in line with the reader's grants. Safe to call any time. */
export function syncSiteScripts(): Promise<SyncResult> {
  const run = queue.then(syncNow, syncNow);
  queue = run.catch(() => undefined);
  return run;
}

/** The community results server's host grant (issue 5): granted for sharing, not a site to read. */
async function resultsServerOrigin(): Promise<string | null> {
  const { [SETTINGS_KEY]: raw } = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = parseServerUrl(normaliseSettings(raw).sharing.serverUrl);
  return parsed.ok ? parsed.permission : null;
}

async function syncNow(): Promise<SyncResult> {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  const { origins = [] } = await browser.permissions.getAll();
  const notSites = requiredOrigins(manifest);
  const server = await resultsServerOrigin();
  if (server) notSites.add(server);
  const wanted = readerGrantedOrigins(origins, notSites);
  const current = (await browser.scripting.getRegisteredContentScripts())
    .map((s) => s.id)
    .filter((id) => id.startsWith(ID_PREFIX));
  const wantedIds = new Set(wanted.map((o) => ID_PREFIX + o));
  const stale = current.filter((id) => !wantedIds.has(id));
  const missing = wanted.filter((o) => !current.includes(ID_PREFIX + o));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: ID_PREFIX + origin,
        matches: [origin],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return { registered: missing, unregistered: stale.map((id) => id.slice(ID_PREFIX.length)) };
}
