// `npm run demo`: builds the extension in its local-test mode (which adds http://127.0.0.1 to the sites it
// runs on), serves the demo newspaper in demo-site/ on 127.0.0.1 and opens Chromium on it with the
// extension loaded. Without a display it prints the address and how to load the extension by hand.
//
//   npm run demo -- [--port 8787] [--no-build] [--no-open]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from '../demo-site/server';

const repoRoot = resolve(import.meta.dirname, '..');
const extensionDir = join(repoRoot, '.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const DEFAULT_PORT = 8787;

interface Args {
  port: number;
  build: boolean;
  open: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { port: DEFAULT_PORT, build: true, open: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') args.build = false;
    else if (a === '--no-open') args.open = false;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run demo -- [--port 8787] [--no-build] [--no-open]');
      process.exit(0);
    } else {
      console.error(`demo: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    console.error('demo: --port needs a number between 0 and 65535');
    process.exit(2);
  }
  return args;
}

function build(): void {
  console.log('Building the extension (mode e2e: also runs on http://127.0.0.1)…');
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('demo: the build failed');
    process.exit(r.status ?? 1);
  }
}

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) build();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(`demo: no extension build in ${extensionDir}; run without --no-build`);
    process.exit(1);
  }
  const server = await startDemoServer({ port: args.port });
  const positives = server.articles.filter((a) => a.aiFunding).length;
  console.log(`\nDemo news site: ${server.origin}/  (${server.articles.length} articles, ${positives} AI-funding stories)`);

  let browser: ReturnType<typeof spawn> | null = null;
  let profile = '';
  if (args.open && hasDisplay() && existsSync(CHROMIUM)) {
    profile = mkdtempSync(join(tmpdir(), 'contrepoint-demo-'));
    const flags = [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `${server.origin}/`,
    ];
    browser = spawn(CHROMIUM, flags, { stdio: 'ignore' });
    console.log('Chromium is open with the extension loaded. Close it (or press Ctrl+C) to stop the demo.');
  } else {
    console.log(`
No browser opened (${args.open ? 'no display or no Chromium found' : '--no-open'}). To try it by hand:
  1. Open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
     ${extensionDir}
  2. Visit ${server.origin}/ and open an article from the "AI-funding stories" column.
Press Ctrl+C to stop the server.`);
  }

  const stop = async (): Promise<void> => {
    browser?.kill();
    await server.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  browser?.on('exit', () => void stop());
}

void main();
