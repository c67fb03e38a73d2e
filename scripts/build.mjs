// Builds the server (dist/) and the browser bundle (public/assets/) with esbuild.
// Type checking is `npm run typecheck`; this step only transpiles, so it takes well under a second.
import { build, context } from 'esbuild';
import { rmSync } from 'node:fs';

const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const server = {
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
};

/** @type {import('esbuild').BuildOptions} */
const ui = {
  entryPoints: { app: 'src/ui/main.ts', 'api-docs': 'src/ui/api-docs.ts' },
  outdir: 'public/assets',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: !watch,
  sourcemap: true,
  logLevel: 'warning',
};

rmSync('dist', { recursive: true, force: true });
if (watch) {
  const contexts = await Promise.all([context(server), context(ui)]);
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching src/ (server → dist/, UI → public/assets/)');
} else {
  await Promise.all([build(server), build(ui)]);
}
