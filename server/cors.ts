// Only the extension may call the API from a browser. A request that carries any other Origin is refused
// outright (not merely left without CORS headers), so that a web page cannot make its visitors' browsers
// cast or withdraw answers, even with "simple" requests that skip the preflight.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors';

const CHROME_ID = /^chrome-extension:\/\/[a-p]{32}$/;
const FIREFOX_UUID = /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A preflight may be cached for a day: the allowed list only changes with a restart. */
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  for (const rule of allowed) {
    if (rule === origin) return true;
    if (rule === 'chrome-extension://*' && CHROME_ID.test(origin)) return true;
    if (rule === 'moz-extension://*' && FIREFOX_UUID.test(origin)) return true;
  }
  return false;
}

export function extensionCors(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      if (!originAllowed(origin, allowed)) {
        throw new ApiError(403, 'origin-not-allowed', 'This server answers Contrepoint extension pages only');
      }
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
    }
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, PUT, DELETE');
      c.header('Access-Control-Allow-Headers', 'Content-Type');
      c.header('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      return c.body(null, 204);
    }
    await next();
  };
}
