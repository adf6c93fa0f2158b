// The results server's address as the reader types it in the options page: checked, normalised, and
// turned into the single host permission the extension asks for. Pure string work, shared by the options
// page (to validate before asking) and the background (to build request URLs).

export type ServerUrlProblem = 'empty' | 'invalid' | 'insecure' | 'credentials';

export type ServerUrlCheck =
  | {
      ok: true;
      /** Scheme, host, port and path prefix, without a trailing slash: `https://results.example.org/cp`. */
      url: string;
      /** The host permission pattern. Without a port: Firefox's match patterns do not take one. */
      permission: string;
    }
  | { ok: false; problem: ServerUrlProblem };

// Plain http only where nobody else can read the traffic: a server on the reader's own machine.
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

export function parseServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid' };
  // A password in the address would be stored in the settings and sent with every request.
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '') return { ok: false, problem: 'invalid' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, problem: 'insecure' };
  return {
    ok: true,
    url: `${url.origin}${withoutTrailingSlashes(url.pathname)}`,
    permission: `${url.protocol}//${url.hostname}/*`,
  };
}

/** The message key that explains a problem to the reader. */
export const SERVER_URL_PROBLEM_KEYS: Record<ServerUrlProblem, string> = {
  empty: 'sharingUrlEmpty',
  invalid: 'sharingUrlInvalid',
  insecure: 'sharingUrlInsecure',
  credentials: 'sharingUrlCredentials',
};
