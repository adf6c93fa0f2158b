import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../shared-dir';
import { highlightState, hostCounts, waitForDecision } from './lib/contrepoint';
import { browserSession, offsiteRequests } from './lib/session';

// Issue 3's bar: real news pages (none about AI funding, several hard negatives) must show no panel,
// no poll, and raise no error. The pages are made inert (no scripts of their own), so any error in
// them comes from the extension. Absence is asserted only after the extension's decision on the page.

interface ManifestEntry {
  file: string;
  site: string;
  lang: string;
}

function realPages(): ManifestEntry[] {
  const manifest = join(requireSharedDir(), 'pages', 'manifest.json');
  return JSON.parse(readFileSync(manifest, 'utf8')) as ManifestEntry[];
}

// Issue 3 asks for at least 10 per browser. Each browser reads half of the pages (Chromium the even
// ones, Firefox the odd ones), so that all of them are read once within the run's time budget.
const AT_LEAST = 10;

describe.each(['chromium', 'firefox'] as const)('real news pages in %s', (name) => {
  const s = browserSession(name);

  it(`5. at least ${AT_LEAST} real pages show no panel, no poll and raise no error`, async () => {
    const { d, site } = s.get();
    const pages = realPages().filter((_p, i) => i % 2 === (name === 'chromium' ? 0 : 1));
    expect(pages.length).toBeGreaterThanOrEqual(AT_LEAST);
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const url = `${site.origin}/real/${encodeURIComponent(page.file)}`;
      const errorsBefore = d.pageErrors().length;
      const since = Date.now();
      await d.goto(url);
      const status = await waitForDecision(d, url, since);
      const counts = await hostCounts(d);
      const lit = await highlightState(d);
      const errors = d.pageErrors().slice(errorsBefore);
      if (status.state !== 'not-found') problems.push(`${page.file}: status ${status.state} (by ${status.by})`);
      if (counts.panels + counts.polls > 0) problems.push(`${page.file}: ${counts.panels} panel(s), ${counts.polls} poll(s)`);
      if (lit.names.length > 0 || lit.marks > 0) problems.push(`${page.file}: highlights left in the page`);
      for (const e of errors) problems.push(`${page.file}: error ${e.slice(0, 200)}`);
      checked++;
      console.log(`[real ${name}] ${page.file}: ${status.state} by ${status.by} in ${status.at - since} ms`);
    }
    expect(checked).toBeGreaterThanOrEqual(AT_LEAST);
    expect(problems).toEqual([]);
  });

  it('6. no request left the machine while reading them', () => {
    expect(offsiteRequests(s.get())).toEqual([]);
  });
});
