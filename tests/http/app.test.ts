import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

describe('the app', () => {
  it('answers the health check', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', documents: 0 });
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api' }]);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/account/password',
      '/account/tokens',
      '/account/tokens/{id}',
      '/admin/audit',
      '/admin/users',
      '/admin/users/{username}',
      '/auth/login',
      '/auth/logout',
      '/auth/logout-everywhere',
      '/auth/me',
      '/comments/{id}',
      '/documents',
      '/documents/{id}',
      '/documents/{id}/alignment',
      '/documents/{id}/alignment/accept',
      '/documents/{id}/analysis',
      '/documents/{id}/events',
      '/documents/{id}/export',
      '/documents/{id}/find',
      '/documents/{id}/presence',
      '/documents/{id}/pretranslate',
      '/documents/{id}/preview',
      '/documents/{id}/qa',
      '/documents/{id}/replace',
      '/documents/{id}/replace/undo',
      '/documents/{id}/review-report',
      '/documents/{id}/segments',
      '/documents/{id}/source',
      '/documents/{id}/stats',
      '/documents/{id}/targets',
      '/documents/{id}/translation',
      '/formats',
      '/glossary/{id}',
      '/health',
      '/jobs/{id}',
      '/jobs/{id}/cancel',
      '/jobs/{id}/events',
      '/jobs/{id}/resume',
      '/mt/status',
      '/projects',
      '/projects/import',
      '/projects/{id}',
      '/projects/{id}/analysis',
      '/projects/{id}/archive',
      '/projects/{id}/glossary',
      '/projects/{id}/glossary/export',
      '/projects/{id}/glossary/import',
      '/projects/{id}/members',
      '/projects/{id}/members/{username}',
      '/projects/{id}/memory/export',
      '/projects/{id}/memory/import',
      '/projects/{id}/memory/search',
      '/qa/check',
      '/qa/checks',
      '/ready',
      '/segments/{id}',
      '/segments/{id}/comments',
      '/segments/{id}/diff',
      '/segments/{id}/qa',
      '/segments/{id}/qa/ignore',
      '/segments/{id}/restore',
      '/segments/{id}/revisions',
      '/segments/{id}/suggestions',
      '/setup',
    ]);
    expect(Object.keys(doc.paths['/documents'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/segments/{id}'] ?? {})).toEqual(['patch']);
  });

  it('serves the API reference page and its assets from the installed package', async () => {
    const page = await t.app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect((await t.app.request('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('serves the workbench in the language of Accept-Language', async () => {
    const res = await t.app.request('/', { headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="fr">');
    const english = await t.app.request('/', { headers: { 'accept-language': 'de-DE,en;q=0.8' } });
    expect(await english.text()).toContain('<html lang="en">');
  });

  it('prefers the language saved by the switcher over Accept-Language', async () => {
    const res = await t.app.request('/', { headers: { 'accept-language': 'fr', cookie: 'visavis-lang=en' } });
    expect(await res.text()).toContain('<html lang="en">');
  });

  it('serves the bundled UI with a Content-Security-Policy that allows no inline script', async () => {
    const res = await t.app.request('/assets/app.js');
    expect(res.status).toBe(200);
    const csp = (await t.app.request('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/u);
  });
});
