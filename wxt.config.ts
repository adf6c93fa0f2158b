import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { newsSiteMatches } from './data/news-sites';
import { TOGGLE_COMMAND } from './entrypoints/lib/commands';
import { GATE_FILE } from './entrypoints/lib/gate-handle';
import { PANEL_CSS_PLACEHOLDER } from './entrypoints/lib/panel-css-placeholder';

/**
 * `wxt build --mode e2e` (used by the end-to-end tests and `npm run demo`, never by `npm run build` or
 * `zip`) adds the local test server to the content script's matches and to the host permissions, and
 * writes to its own folder (.output/<browser>-mv<n>-e2e), so a production build never carries them.
 */
const LOCAL_TEST_MODE = 'e2e';
export const LOCAL_TEST_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Any other site only when the reader grants it, one site at a time, from the popup. */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];
/**
 * Asked for with the results server's host when the reader turns community sharing on (issue 5), never
 * before. Chrome: `alarms`, so that a retry survives the service worker being stopped (Firefox keeps its
 * MV2 background page alive, where timers suffice; it also does not take `alarms` as optional). Firefox:
 * its built-in data consent. What is sent is the reader's poll answers, given on news pages
 * (`websiteActivity`), under a poll id that says which article or debate theme it was about
 * (`browsingActivity`, though an article is only a hash).
 */
const SHARING_OPTIONAL_PERMISSIONS = ['alarms'];
const SHARING_DATA_COLLECTION = ['websiteActivity', 'browsingActivity'];

const MESSAGE_KEYS: ReadonlySet<string> = (() => {
  try {
    return new Set(Object.keys(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'))));
  } catch {
    return new Set<string>();
  }
})();

/** `__MSG_key__` when the UI's message files define the key, else English: Chrome refuses to load a
 * manifest naming a message that does not exist. */
function localised(key: string, english: string): string {
  return MESSAGE_KEYS.has(key) ? `__MSG_${key}__` : english;
}

/**
 * The panel script is injected into pages that never opted in to our CSS, and its UI lives in a shadow
 * root: its stylesheet must travel inside panel.js (WXT's own loader only fetches content-script CSS, and
 * fetching from a page needs a web-accessible resource that any site could probe). So the CSS Vite
 * extracted for that bundle replaces a placeholder string in it and is not emitted as a file.
 */
export function inlinePanelCss(): Plugin {
  const literal = new RegExp(`(["'\`])${PANEL_CSS_PLACEHOLDER.replace(/[*/]/g, '\\$&')}\\1`, 'g');
  return {
    name: 'contrepoint:inline-panel-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const chunk = files.find((f) => f.type === 'chunk' && f.code.includes(PANEL_CSS_PLACEHOLDER));
      if (chunk?.type !== 'chunk') return;
      const sheets = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      const css = sheets
        .map((f) => (f.type === 'asset' ? (typeof f.source === 'string' ? f.source : Buffer.from(f.source).toString()) : ''))
        .join('\n')
        .replaceAll(':root', ':host');
      chunk.code = chunk.code.replace(literal, () => JSON.stringify(css));
      for (const sheet of sheets) delete bundle[sheet.fileName];
    },
  };
}

/** V8's explicit compile hint (Chrome 136+): compile every function of the file with the script. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The gate runs nearly every function it has, once, on every matched page, in a world where nothing is
 * compiled yet. V8 compiles functions lazily: pre-parsed with the script, parsed again and compiled on
 * first call. The magic comment first in the file has it compile them all at once instead. Measured on
 * the 25 real pages (A/B in Chromium 156, median of 3 rounds): 1.47 → 1.04 ms of script time added to a
 * page the gate turns down. Only for the gate: the panel script calls a fraction of its functions, and
 * compiling all of them would cost it more. Firefox ignores the comment.
 */
export function compileGateEagerly(): Plugin {
  return {
    name: 'contrepoint:compile-gate-eagerly',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const gate = bundle[GATE_FILE];
      if (gate?.type === 'chunk' && !gate.code.startsWith(EAGER_COMPILE_HINT)) gate.code = `${EAGER_COMPILE_HINT}\n${gate.code}`;
    },
  };
}

/** The UI's message files as components/i18n.ts imports them (`?raw`: a string, parsed on first use). */
const UI_MESSAGES_IMPORT = /[\\/]public[\\/]_locales[\\/][^\\/]+[\\/]messages\.json\?raw$/;

/**
 * The copy of each message file bundled into the UI keeps only what the UI reads (`message`, and each
 * placeholder's `content`), without whitespace: translators' descriptions and examples stay in
 * public/_locales, which the browser and translators use. The string the panel script carries (a tab
 * scans it before the panel can show) is then about a quarter shorter than the file.
 */
export function compactUiMessages(): Plugin {
  return {
    name: 'contrepoint:compact-ui-messages',
    // Before Vite's own `?raw` loader, which would bundle the file as it is.
    enforce: 'pre',
    load(id) {
      if (!UI_MESSAGES_IMPORT.test(id)) return null;
      const file = JSON.parse(readFileSync(id.slice(0, -'?raw'.length), 'utf8')) as Record<string, UiMessage>;
      const compact: Record<string, UiMessage> = {};
      for (const [key, entry] of Object.entries(file)) {
        compact[key] = { message: entry.message };
        if (entry.placeholders) {
          compact[key].placeholders = Object.fromEntries(
            Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]),
          );
        }
      }
      return `export default ${JSON.stringify(JSON.stringify(compact))};`;
    },
  };
}

interface UiMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// Explicit imports everywhere (DESIGN.md): no auto-import magic, so every file says what it uses.
export default defineConfig({
  imports: false,
  vite: ({ command }) => ({
    plugins: [
      // Preact's devtools hook only for the dev server: `wxt build --mode e2e`, which the end-to-end tests
      // and the bench load, must run the very code that ships (Vite counts any mode but "production" as dev).
      preact({ devToolsEnabled: command === 'serve' }),
      inlinePanelCss(),
      compactUiMessages(),
      compileGateEagerly(),
    ],
    // ASCII-only output (other characters as \u escapes): a script with one non-ASCII character reaches
    // V8 as a two-byte string, converted in the tab's main thread before the panel script can be
    // compiled (measured ≈ 2.5 ms for panel.js); it costs size (≈ 3,500 escapes: +17 kB raw, +0.3 kB gzip).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
  manifest: ({ browser, manifestVersion, mode }) => {
    const mv3 = manifestVersion === 3;
    const hosts = [...newsSiteMatches(), ...(mode === LOCAL_TEST_MODE ? LOCAL_TEST_ORIGINS : [])];
    const csp = "script-src 'self'; object-src 'none'";
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
      // WXT moves these into `permissions` for MV2.
      host_permissions: hosts,
      // The gate is a plain script (entrypoints/gate/index.ts says why), so it is listed here by hand.
      content_scripts: [{ matches: hosts, js: [GATE_FILE], run_at: 'document_idle' }],
      ...(mv3 ? { optional_host_permissions: OPTIONAL_ORIGINS } : { optional_permissions: OPTIONAL_ORIGINS }),
      ...(mv3 && browser !== 'firefox' ? { optional_permissions: SHARING_OPTIONAL_PERMISSIONS } : {}),
      action: { default_title: '__MSG_extName__' },
      commands: {
        [mv3 ? '_execute_action' : '_execute_browser_action']: {
          suggested_key: { default: 'Alt+Shift+P' },
        },
        [TOGGLE_COMMAND]: {
          suggested_key: { default: 'Alt+Shift+C' },
          description: localised('commandTogglePanel', 'Show or hide the Contrepoint panel'),
        },
      },
      // WXT turns the object into the MV2 string form.
      content_security_policy: { extension_pages: csp },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'contrepoint@contrepoint.example',
                // 142: the first Firefox (desktop 140, Android 142) that knows data_collection_permissions,
                // which addons.mozilla.org requires; it also guarantees scripting and storage.session in MV2.
                strict_min_version: '142.0',
                // Nothing leaves the browser by default; sharing answers is the reader's opt-in.
                data_collection_permissions: { required: ['none'], optional: SHARING_DATA_COLLECTION },
              },
            },
          }
        : {}),
    };
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== LOCAL_TEST_MODE) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...LOCAL_TEST_ORIGINS])];
      }
    },
  },
});
