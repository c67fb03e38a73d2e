import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { languageDetector } from 'hono/language';
import type { AppEnv } from './env';

export const uiLanguages = ['en', 'fr'] as const;
/** The cookie the UI's language switcher writes; read before Accept-Language. */
export const languageCookie = 'visavis-lang';

/**
 * The browser workbench: `index.html` with its `lang` set from the saved choice or
 * Accept-Language, and the bundled assets.
 */
export function staticRoutes(publicDir: string) {
  const app = new Hono<AppEnv>();
  const indexHtml = readFileSync(join(publicDir, 'index.html'), 'utf8');

  app.get(
    '/',
    languageDetector({
      supportedLanguages: [...uiLanguages],
      fallbackLanguage: 'en',
      order: ['cookie', 'header'],
      lookupCookie: languageCookie,
      caches: false,
    }),
    (c) => {
      c.header('cache-control', 'no-cache');
      c.header('vary', 'Accept-Language, Cookie');
      return c.html(indexHtml.replace('<html lang="en">', `<html lang="${c.get('language')}">`));
    },
  );
  app.use('/*', serveStatic({ root: publicDir }));
  return app;
}

/**
 * The API reference page, mounted under /api: Swagger UI served from the installed package, so it
 * works offline and under a CSP without inline scripts.
 */
export function apiDocsRoutes() {
  const app = new Hono<AppEnv>();
  const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  app.get('/docs', (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-à-vis API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/assets/api-docs.js"></script></body></html>`),
  );
  app.get(
    '/docs/assets/*',
    serveStatic({ root: swaggerDir, rewriteRequestPath: (path) => path.replace(/^\/api\/docs\/assets/u, '') }),
  );
  return app;
}
