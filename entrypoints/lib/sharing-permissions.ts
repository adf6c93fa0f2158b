// The permissions sharing needs besides the server's host: whatever the manifest declares as optional
// for it. Chrome: `alarms`, so that retries survive a stopped service worker. Firefox: the data
// collection categories its built-in consent asks the reader about. Asked for together with the host
// when the reader turns sharing on (one prompt), given back when nothing more is owed to the server.

export interface ManifestLike {
  optional_permissions?: string[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: string[] } } };
}

/** The request object for `permissions.request/remove` (Firefox's `data_collection` key included). */
export interface SharingPermissions {
  origins: string[];
  permissions?: string[];
  data_collection?: string[];
}

export function sharingPermissions(manifest: ManifestLike, hostPermission: string | null): SharingPermissions {
  // Optional API permissions only: origins among them are the per-site grants, not sharing's.
  const api = (manifest.optional_permissions ?? []).filter((p) => !p.includes('://') && p !== '<all_urls>');
  const dataCollection = manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional ?? [];
  return {
    origins: hostPermission ? [hostPermission] : [],
    ...(api.length > 0 ? { permissions: api } : {}),
    ...(dataCollection.length > 0 ? { data_collection: dataCollection } : {}),
  };
}
