// Builds the server (dist/) and the browser bundle (public/assets/) with esbuild.
// Type checking is `npm run typecheck`; this step only transpiles, so it takes well under a second.
// With --watch (npm run dev) it rebuilds on every change and restarts the server.
import { spawn } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build, context } from 'esbuild';

const watch = process.argv.includes('--watch');

// `npx visavis` runs dist/cli.js itself (through its #! line): it must be executable whatever
// the umask, and esbuild writes files without the execute bit.
const executable = {
  name: 'executable-cli',
  setup(b) {
    b.onEnd((result) => {
      if (result.errors.length === 0) chmodSync('dist/cli.js', 0o755);
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const server = {
  // The parsing worker and the segment writer are entries of their own: each thread loads its file.
  entryPoints: { cli: 'src/cli.ts', 'parse-worker': 'src/providers/parsing/worker.ts', 'segment-writer': 'src/workers/segment-writer-thread.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Libraries are bundled in: Node resolving and compiling a few thousand small module files took
  // most of a CLI command's start (about 1 s for `visavis --version`, 0.5 s bundled), and every
  // parsing thread pays it again. Left outside: the native SQLite driver, the libraries that start
  // threads or load optional parts from their own folder, and deepl-node, loaded on first use.
  external: ['better-sqlite3', 'pino', 'piscina', 'pg', 'deepl-node'],
  sourcemap: true,
  // Bundled CommonJS code calls require() for Node's built-in modules.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as visavisCreateRequire } from 'node:module';\nconst require = visavisCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [executable],
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
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching src/ (server → dist/, UI → public/assets/); reload the page after a UI change');
  const serverProcess = spawn(process.execPath, ['--watch-path=dist', 'dist/cli.js', 'serve', ...process.argv.slice(3)], { stdio: 'inherit' });
  process.on('SIGINT', () => {
    serverProcess.kill('SIGINT');
    process.exit(0);
  });
} else {
  await Promise.all([build(server), build(ui)]);
}
