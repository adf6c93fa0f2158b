import { describe, expect, it } from 'vitest';
import { parseServerUrl } from '../../../state/server-url';

describe('parseServerUrl', () => {
  it('accepts https servers, with a path prefix, and normalises them', () => {
    expect(parseServerUrl('  https://results.example.org/  ')).toEqual({
      ok: true,
      url: 'https://results.example.org',
      permission: 'https://results.example.org/*',
    });
    expect(parseServerUrl('https://Sondages.Example.EU:8443/contrepoint//')).toEqual({
      ok: true,
      url: 'https://sondages.example.eu:8443/contrepoint',
      // No port in the pattern: Firefox's match patterns refuse one.
      permission: 'https://sondages.example.eu/*',
    });
  });

  it('accepts plain http only for a server on the reader’s own machine', () => {
    expect(parseServerUrl('http://127.0.0.1:8787')).toMatchObject({ ok: true, url: 'http://127.0.0.1:8787', permission: 'http://127.0.0.1/*' });
    expect(parseServerUrl('http://localhost:8787/')).toMatchObject({ ok: true, url: 'http://localhost:8787' });
    expect(parseServerUrl('http://[::1]:8787')).toMatchObject({ ok: true });
    // Hard negatives: look local, are not.
    for (const remote of ['http://results.example.org', 'http://127.0.0.1.example.org', 'http://localhost.attacker.test', 'http://10.0.0.5:8787']) {
      expect(parseServerUrl(remote), remote).toEqual({ ok: false, problem: 'insecure' });
    }
  });

  it('refuses what is not a server address', () => {
    expect(parseServerUrl('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseServerUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    for (const bad of ['results.example.org', 'ftp://results.example.org', 'javascript:alert(1)', 'https://results.example.org/?token=1', 'https://results.example.org/#x', 'https://']) {
      expect(parseServerUrl(bad), bad).toEqual({ ok: false, problem: 'invalid' });
    }
    expect(parseServerUrl('https://reader:secret@results.example.org')).toEqual({ ok: false, problem: 'credentials' });
  });

  it('stays linear on a long run of slashes', () => {
    const path = '/'.repeat(200_000);
    const started = performance.now();
    expect(parseServerUrl(`https://results.example.org${path}x`)).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
