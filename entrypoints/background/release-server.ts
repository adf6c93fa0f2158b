// Gives back what sharing was granted once nothing more is owed to a results server (every answer it held
// withdrawn): its host permission, and, when sharing is off altogether, the other sharing permissions.
import { browser } from 'wxt/browser';
import { parseServerUrl } from '../../state/server-url';
import { normaliseSettings } from '../../state/settings';
import { SETTINGS_KEY } from '../../state/storage-items';
import { type ManifestLike, type SharingPermissions, sharingPermissions } from '../lib/sharing-permissions';
import { requiredOrigins } from './site-scripts';

type PermissionsApi = { remove(p: SharingPermissions): Promise<boolean> };

export async function releaseServer(server: string): Promise<void> {
  const parsed = parseServerUrl(server);
  if (!parsed.ok) return;
  const manifest = browser.runtime.getManifest() as ManifestLike & { host_permissions?: string[]; permissions?: string[] };
  const { [SETTINGS_KEY]: raw } = await browser.storage.local.get(SETTINGS_KEY);
  const sharing = normaliseSettings(raw).sharing;
  const current = parseServerUrl(sharing.serverUrl);
  const stillUsed = sharing.enabled && current.ok && current.permission === parsed.permission;
  // A required host (the e2e build's 127.0.0.1) cannot be removed, and asking would fail the whole call.
  const host = stillUsed || requiredOrigins(manifest).has(parsed.permission) ? null : parsed.permission;
  const wanted = sharingPermissions(manifest, host);
  const permissions = browser.permissions as unknown as PermissionsApi;
  // One call per kind: a browser that refuses one kind (an older Firefox without data_collection) still
  // removes the others.
  if (wanted.origins.length > 0) await permissions.remove({ origins: wanted.origins }).catch(() => false);
  if (sharing.enabled) return;
  if (wanted.permissions) await permissions.remove({ origins: [], permissions: wanted.permissions }).catch(() => false);
  if (wanted.data_collection) await permissions.remove({ origins: [], data_collection: wanted.data_collection }).catch(() => false);
}
