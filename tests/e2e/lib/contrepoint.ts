import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../shared-dir';
import { type Driver, waitFor } from './driver';

// What the tests look for in a page, written once for both browsers: our hosts, what their closed
// shadow roots hold (DESIGN.md contract 2), the figure highlight, and when the extension has decided.

export const PANEL = 'contrepoint-panel';
export const POLL = 'contrepoint-poll';

/** Whitespace as a reader sees it (NBSP and narrow NBSP included), for comparing page and panel text. */
export const NORM = `(s) => String(s ?? '').replace(/[\\s\\u00a0\\u202f]+/g, ' ').trim()`;
export function norm(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export interface FixtureExpectation {
  isAiFunding: boolean;
  company: string | null;
  amount: { value: number; currency: string } | null;
  questions: Array<{ quote: string; kind: string; themes: string[] }>;
}

export function fixtureExpectation(lang: string, slug: string): FixtureExpectation {
  return JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/articles', lang, `${slug}.json`), 'utf8'));
}

const MESSAGES = JSON.parse(readFileSync(join(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** An English UI message (both browsers run in en-US), with its placeholders filled from `args`. */
export function msg(key: string, ...args: string[]): string {
  const m = MESSAGES[key];
  if (!m) throw new Error(`no English message "${key}" in public/_locales/en/messages.json`);
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_x, i: string) => args[Number(i) - 1] ?? '');
  });
}

/** Ways a reader-facing text may write an amount such as 40 000 000 000 ("$40B", "40 Md$", "40 billion"). */
export function amountPattern(value: number): RegExp {
  const scales: Array<[number, string]> = [
    [1e12, '(?:T|tn|trillion|billion[s]?|billones|Bio\\.?|mille miliardi)'],
    [1e9, '(?:B|bn|billion|Md|Mds|Mrd\\.?|milliards?|miliardi|mil millones)'],
    [1e6, '(?:M|m|mn|million[s]?|millions|Mio\\.?|millones|milioni)'],
  ];
  const alts: string[] = [];
  for (const [scale, words] of scales) {
    if (value < scale) continue;
    const n = value / scale;
    const digits = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '');
    const num = digits.replace('.', '[.,]');
    alts.push(`${num}\\s*${words}`);
  }
  const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '[ ,.\\u00a0\\u202f]?');
  alts.push(grouped);
  return new RegExp(alts.join('|'), 'i');
}

export interface HostCounts {
  panels: number;
  polls: number;
}

export function hostCounts(d: Driver, doc = 'document'): Promise<HostCounts> {
  return d.evaluate<HostCounts>(
    `(() => { const doc = ${doc}; return { panels: doc ? doc.querySelectorAll('${PANEL}').length : 0, polls: doc ? doc.querySelectorAll('${POLL}').length : 0 }; })()`,
  );
}

export interface TabStatus {
  state: string;
  url: string;
  by: string;
  at: number;
}

/**
 * Every decision the extension holds, evaluated in its own context: the panel's statuses from
 * storage.session, and the gate's "no" from each tab's isolated world (entrypoints/lib/gate-handle.ts).
 * Also used by the bench (scripts/bench/browser-bench.ts).
 */
export const READ_DECISIONS = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.storage.session.get(null);
  const out = Object.entries(all).filter(([k]) => k.startsWith('tab-status:')).map(([, v]) => v);
  for (const tab of await api.tabs.query({})) {
    if (typeof tab.id !== 'number') continue;
    try {
      const [r] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => globalThis[Symbol.for('contrepoint.gate')]?.decision ?? null,
      });
      if (r?.result) out.push(r.result);
    } catch {}
  }
  return out;
})()`;

/**
 * Waits until the extension has decided about the page at `url` (loaded after `since`): the content
 * script's gate keeps its "no" in the tab (read here through scripting.executeScript), the panel's
 * analysis reports its status to the background, which keeps it in `storage.session`. This is the
 * deterministic "it is done" signal that lets a test assert an absence.
 */
export async function waitForDecision(
  d: Pick<Driver, 'extensionEval'>,
  url: string,
  since: number,
  timeoutMs = 15_000,
): Promise<TabStatus> {
  return waitFor(
    async () => {
      const statuses = await d.extensionEval<TabStatus[]>(READ_DECISIONS);
      return statuses.find((s) => s.url === url && s.at >= since - 5) ?? null;
    },
    `the extension's decision on ${url} (a tab status in storage.session)`,
    timeoutMs,
  );
}

export interface PanelInfo {
  landmark: boolean;
  name: string;
  text: string;
  hasStyle: boolean;
}

/** The panel's landmark, its accessible name (aria-label or aria-labelledby) and visible text. */
export function panelInfo(d: Driver, index = 0): Promise<PanelInfo> {
  return d.inShadow<PanelInfo>(
    PANEL,
    `(root) => {
      const norm = ${NORM};
      const el = root.querySelector('aside, [role="complementary"]');
      let name = el?.getAttribute('aria-label') ?? '';
      const by = el?.getAttribute('aria-labelledby');
      if (!name && by) name = by.split(/\\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
      return { landmark: !!el, name: norm(name), text: norm(el?.textContent ?? ''), hasStyle: !!root.querySelector('style') };
    }`,
    [],
    index,
  );
}

export async function waitForPanel(d: Driver, timeoutMs = 15_000): Promise<PanelInfo> {
  return waitFor(
    async () => {
      const c = await hostCounts(d);
      if (c.panels === 0) return null;
      const info = await panelInfo(d);
      return info.landmark ? info : null;
    },
    `<${PANEL}> with an aside landmark`,
    timeoutMs,
  );
}

export interface PollPlacement {
  /** Text of the nearest element before the poll that is not one of our polls: the question's block. */
  anchorText: string;
  /** The anchor's tag, to see where a poll landed. */
  anchorTag: string;
}

export function pollPlacements(d: Driver): Promise<PollPlacement[]> {
  return d.evaluate<PollPlacement[]>(`(() => {
    const norm = ${NORM};
    return Array.from(document.querySelectorAll('${POLL}')).map((poll) => {
      let prev = poll.previousElementSibling;
      while (prev && prev.localName === '${POLL}') prev = prev.previousElementSibling;
      return { anchorText: norm(prev?.textContent ?? ''), anchorTag: prev ? prev.localName : '(none)' };
    });
  })()`);
}

export interface PollInfo {
  group: boolean;
  name: string;
  radios: Array<{ value: string; label: string; checked: boolean }>;
  submit: boolean;
  live: string;
  text: string;
  buttons: string[];
}

export function pollInfo(d: Driver, index: number): Promise<PollInfo> {
  return d.inShadow<PollInfo>(
    POLL,
    `(root) => {
      const norm = ${NORM};
      const group = root.querySelector('[role="radiogroup"]');
      let name = group?.getAttribute('aria-label') ?? '';
      const by = group?.getAttribute('aria-labelledby');
      if (!name && by) name = by.split(/\\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
      const radios = Array.from(root.querySelectorAll('input[type="radio"]')).map((r) => ({
        value: r.value, label: norm(r.closest('label')?.textContent ?? ''), checked: r.checked,
      }));
      const live = Array.from(root.querySelectorAll('[aria-live], [role="status"], [role="alert"]')).map((e) => norm(e.textContent)).join(' | ');
      const body = root.querySelector('.cp-root') ?? root.lastElementChild;
      return {
        group: !!group, name: norm(name), radios,
        submit: !!root.querySelector('button[type="submit"], input[type="submit"]'),
        live, text: norm(body?.textContent ?? ''),
        buttons: Array.from(root.querySelectorAll('button')).map((b) => norm(b.textContent)),
      };
    }`,
    [],
    index,
  );
}

/** A real click on the first element matching `selector` in a shadow root whose text contains `text`. */
export async function clickByText(d: Driver, tag: string, selector: string, text: string, index = 0): Promise<void> {
  const found = await d.inShadow<boolean>(
    tag,
    `(root, selector, text) => {
      const norm = ${NORM};
      for (const el of root.querySelectorAll('[data-e2e-click]')) el.removeAttribute('data-e2e-click');
      const el = Array.from(root.querySelectorAll(selector)).find((e) => norm(e.textContent).includes(text));
      if (!el) return false;
      el.setAttribute('data-e2e-click', '');
      return true;
    }`,
    [selector, text],
    index,
  );
  if (!found) throw new Error(`no ${selector} with text "${text}" in <${tag}> #${index}`);
  await d.clickInShadow(tag, '[data-e2e-click]', index);
}

export interface HighlightState {
  /** CSS Custom Highlight API present in the page's world. */
  api: boolean;
  names: string[];
  figure: boolean;
  /** Text of the ranges registered under `contrepoint-figure`. */
  figureText: string;
  /** Every highlighted range lies in the live document (not in nodes a re-render threw away). */
  figureLive: boolean;
  /** `<mark>` elements of ours (the fallback), and their text. */
  marks: number;
  markText: string;
  /** What the page's selection holds (a highlight done by selecting text would show here). */
  selection: string;
}

export function highlightState(d: Driver, doc = 'document'): Promise<HighlightState> {
  return d.evaluate<HighlightState>(`(() => {
    const norm = ${NORM};
    const doc = ${doc};
    const win = doc.defaultView;
    const api = !!(win.CSS && win.CSS.highlights);
    const names = api ? Array.from(win.CSS.highlights.keys()) : [];
    const fig = api ? win.CSS.highlights.get('contrepoint-figure') : undefined;
    const figureText = fig ? Array.from(fig).map((r) => r.toString()).join(' … ') : '';
    const figureLive = fig ? Array.from(fig).every((r) => r.startContainer.isConnected && r.endContainer.isConnected) : false;
    const marks = Array.from(doc.querySelectorAll('mark')).filter((m) => /contrepoint|cp-/i.test(m.outerHTML.slice(0, 200)));
    return {
      api, names, figure: !!fig && fig.size > 0, figureText: norm(figureText), figureLive,
      marks: marks.length, markText: norm(marks.map((m) => m.textContent).join(' ')),
      selection: norm(String(win.getSelection() ?? '')),
    };
  })()`);
}

/** The highlighted text, whichever way the extension highlights (Custom Highlight API or <mark>). */
export function highlightedText(h: HighlightState): string {
  return h.figure ? h.figureText : h.markText;
}

/** Forgets every stored answer, setting and score (each hostile case starts from a reader with none). */
export async function clearStorage(d: Driver): Promise<void> {
  await d.extensionEval('(globalThis.browser ?? globalThis.chrome).storage.local.clear()');
}

/** Waits for the page to paint a frame and returns how long that took (a frozen page never answers). */
export function frameRoundTrip(d: Driver): Promise<number> {
  return d.evaluate<number>(
    `new Promise((resolve) => { const t = performance.now(); requestAnimationFrame(() => resolve(performance.now() - t)); })`,
  );
}
