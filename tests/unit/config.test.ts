import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { describeStore, isPostgresUrl } from '../../src/store/open';

describe('the configuration', () => {
  it('has working defaults: port 8787 on loopback, SQLite in ./data, no DeepL', () => {
    expect(loadConfig({})).toMatchObject({ port: 8787, host: '127.0.0.1', databasePath: './data/visavis.sqlite', databasePoolSize: 10, deepl: undefined });
  });

  it('lists every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', VISAVIS_DB_POOL: '0' })).toThrow(/^Invalid configuration: PORT: .*; VISAVIS_DB_POOL: /u);
  });

  it('takes a PostgreSQL URL for the database, and never shows its password', () => {
    const url = 'postgres://visavis:s3cr%40t@db.internal:5432/visavis?sslmode=verify-full';
    expect(loadConfig({ VISAVIS_DB: url, VISAVIS_DB_POOL: '25' })).toMatchObject({ databasePath: url, databasePoolSize: 25 });
    expect(isPostgresUrl(url)).toBe(true);
    expect(isPostgresUrl('postgresql://db/visavis')).toBe(true);
    expect(isPostgresUrl('./data/postgres.sqlite')).toBe(false);
    expect(describeStore(url)).toBe('postgres://visavis:***@db.internal:5432/visavis?sslmode=verify-full');
    expect(describeStore('./data/visavis.sqlite')).toBe('./data/visavis.sqlite');
  });

  it('ignores a blank DeepL key', () => {
    expect(loadConfig({ VISAVIS_DEEPL_KEY: '  ' }).deepl).toBeUndefined();
    expect(loadConfig({ VISAVIS_DEEPL_KEY: ' abc:fx ' }).deepl).toEqual({ authKey: 'abc:fx', serverUrl: undefined });
  });

  it('reads which proxies to trust, and refuses a setting it cannot read', () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'none' });
    expect(loadConfig({ VISAVIS_TRUST_PROXY: 'true' }).trustProxy).toEqual({ kind: 'hops', hops: 1 });
    expect(loadConfig({ VISAVIS_TRUST_PROXY: '10.0.0.0/8,192.0.2.7' }).trustProxy).toEqual({ kind: 'addresses', addresses: ['10.0.0.0/8', '192.0.2.7'] });
    expect(() => loadConfig({ VISAVIS_TRUST_PROXY: 'yes please' })).toThrow(/^Invalid configuration: VISAVIS_TRUST_PROXY: "yes please" is not/u);
  });
});
