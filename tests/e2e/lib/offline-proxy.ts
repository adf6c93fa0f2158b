import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

// The browsers under test are pointed at this proxy for every non-loopback host, so any request that
// would leave the machine — from a page, a content script, the service worker or background page, or
// the browser itself — lands here, is recorded and refused. Page-level request events miss requests
// of the extension's background in Firefox and of service workers in some Chromium versions; a proxy
// sees them all.

export interface OfflineProxy {
  port: number;
  /** What was asked for: `http://host/path` for plain requests, `https://host:port` for tunnels. */
  attempts(): string[];
  close(): Promise<void>;
}

export async function startOfflineProxy(): Promise<OfflineProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.statusCode = 502;
    res.end('offline');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Offline\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    attempts: () => [...seen],
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

// The proxy also sees the browsers' own housekeeping that no flag or pref fully silences (Chromium's
// component updater, sign-in and autofill; Firefox's remote settings, update and plug-in checks). It
// cannot tell which process asked, so requests to these vendor hosts are set aside (and logged); any
// other host fails a test. The extension has no reason to talk to either vendor.
const BROWSER_VENDOR_HOSTS =
  /^https?:\/\/([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.com|mozilla\.org|mozilla\.net|firefox\.com)(:\d+)?(\/|$)/;

export function isBrowserVendorRequest(url: string): boolean {
  return BROWSER_VENDOR_HOSTS.test(url);
}
