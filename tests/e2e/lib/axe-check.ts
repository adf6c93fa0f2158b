import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../shared-dir';
import type { Driver } from './driver';
import type { Site } from './site';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

const AXE_PATH = '/e2e/axe.min.js';
const AXE_PAGE = '/e2e/axe-page';

/** Serves axe-core and an empty, well-formed page to run it in (idempotent). */
export function serveAxe(site: Site): void {
  const source = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  site.put(AXE_PATH, source, { 'content-type': 'text/javascript; charset=utf-8' });
  site.put(
    AXE_PAGE,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accessibility check</title>
<script src="${AXE_PATH}"></script></head><body><main><h1>Accessibility check</h1><div id="slot"></div></main></body></html>`,
  );
}

/** The markup of a (closed) shadow root, its injected <style> included. */
export function shadowMarkup(d: Driver, tag: string, index = 0): Promise<string> {
  return d.inShadow<string>(tag, '(root) => root.innerHTML', [], index);
}

/**
 * Runs axe-core on a copy of one of our shadow roots. axe runs in the page and cannot enter a CLOSED
 * shadow root, so the root's markup (its <style> included) is copied into an OPEN shadow root of a
 * host in a fresh page of the same browser: the same DOM and the same CSS, only the mode differs, so
 * what axe reports (names, roles, contrast, labels) is what the reader gets in the real page.
 */
export async function axeOnShadowCopy(d: Driver, site: Site, markup: string, hostTag: string): Promise<AxeViolation[]> {
  serveAxe(site);
  await d.goto(`${site.origin}${AXE_PAGE}`);
  return d.evaluate<AxeViolation[]>(`(async () => {
    const host = document.createElement(${JSON.stringify(`${hostTag}-copy`)});
    document.getElementById('slot').append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(markup)};
    const r = await axe.run(host, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: JSON.stringify(n.target), summary: String(n.failureSummary ?? '').slice(0, 300) })),
    }));
  })()`);
}
