// docs/server-api.md is what the extension's engineer codes against: its worked examples must be what
// the shared code really computes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../server/base64url';
import { loadConfig } from '../../server/config';
import { checkPow, powMessage } from '../../server/pow';
import { derivePseudonym } from '../../server/pseudonym';
import { THEME_IDS } from '../../core/types';
import { repoRoot } from '../shared-dir';

const doc = readFileSync(resolve(repoRoot, 'docs/server-api.md'), 'utf8');
const secret = toBase64Url(Uint8Array.from({ length: 32 }, (_, i) => i));

describe('docs/server-api.md', () => {
  it('shows the pseudonyms the documented secret really gives', async () => {
    expect(doc).toContain(secret);
    for (const pollId of ['theme:europe-catch-up', 'q:3f9a0c1d2e4b5a67']) {
      const voter = await derivePseudonym(secret, pollId);
      expect(doc).toContain(`| \`${pollId}\` | \`${voter}\` |`);
    }
  });

  it('shows a nonce that really proves 16 bits, with its real digest', async () => {
    const voter = await derivePseudonym(secret, 'theme:europe-catch-up');
    const claim = { pollId: 'theme:europe-catch-up', voter, option: 'eu-joint-investment', day: '2026-11-26' };
    const nonce = /the nonce `([A-Za-z0-9_-]+)` gives the digest `([0-9a-f]+)…`/.exec(doc);
    expect(nonce).not.toBeNull();
    const [, value = '', digestStart = ''] = nonce ?? [];
    expect(await checkPow(claim, value, 16)).toBe(true);
    expect(createHash('sha256').update(powMessage(claim, value)).digest('hex').startsWith(digestStart)).toBe(true);
    expect(doc).toContain(`"pow":{"day":"2026-11-26","nonce":"${value}"}`);
    expect(doc).toContain(`/answers/${voter}`);
  });

  it('lists every theme id the server accepts, and the defaults it really has', () => {
    expect(doc).toContain(THEME_IDS.join(' '));
    const defaults = loadConfig({});
    expect(doc).toContain(`| \`RESULTS_MIN_COUNT\` | \`${defaults.minCount}\` |`);
    expect(doc).toContain(`| \`POW_BITS\` | \`${defaults.powBits}\` |`);
    expect(doc).toContain(`| \`MAX_BODY_BYTES\` | \`${defaults.maxBodyBytes}\` |`);
    expect(doc).toContain(`| \`RESULTS_CACHE_MS\` | \`${defaults.resultsCacheMs}\` |`);
    expect(doc).toContain(`| \`PORT\` | \`${defaults.port}\` |`);
  });
});
