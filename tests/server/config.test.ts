import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('defaults to loopback, SQLite in server/data and the documented limits', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8787);
    expect(config.databaseUrl).toBeNull();
    expect(config.sqlitePath).toMatch(/server[/\\]data[/\\]results\.sqlite$/);
    expect(config.minCount).toBe(10);
    expect(config.resultsCacheMs).toBe(2000);
    expect(config.powBits).toBe(16);
    expect(config.maxBodyBytes).toBe(2048);
    expect(config.allowedOrigins).toEqual(['chrome-extension://*', 'moz-extension://*']);
    expect(config.trustProxy).toBe(false);
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      PORT: '9000',
      DATA_DIR: '/var/lib/contrepoint',
      RESULTS_MIN_COUNT: '25',
      POW_BITS: '18',
      ALLOWED_ORIGINS: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop, moz-extension://*',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      TRUST_PROXY: 'true',
      DATABASE_URL: 'postgresql://results@db.internal/contrepoint',
    });
    expect(config.port).toBe(9000);
    expect(config.sqlitePath).toBe('/var/lib/contrepoint/results.sqlite');
    expect(config.minCount).toBe(25);
    expect(config.powBits).toBe(18);
    expect(config.allowedOrigins).toEqual(['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://*']);
    expect(config.writeLimit.perMinute).toBe(0);
    expect(config.trustProxy).toBe(true);
    expect(config.databaseUrl).toBe('postgresql://results@db.internal/contrepoint');
    expect(loadConfig({ SQLITE_PATH: '/tmp/x.sqlite', DATA_DIR: '/elsewhere' }).sqlitePath).toBe('/tmp/x.sqlite');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', POW_BITS: '' }).port).toBe(8787);
  });

  it('lists every invalid variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', POW_BITS: '64', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*POW_BITS|PORT[\s\S]*POW_BITS[\s\S]*DATABASE_URL/,
    );
  });

  it('never lets a web origin or a wildcard in', () => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: '*' })).toThrow(/not an extension origin/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://news.example' })).toThrow(/not an extension origin/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'chrome-extension://*,http://localhost:3000' })).toThrow();
  });
});
