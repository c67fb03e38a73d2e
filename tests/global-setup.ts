import { existsSync } from 'node:fs';

/**
 * The HTTP and browser tests serve public/assets, and the upload tests read on the parsing worker
 * (dist/parse-worker.js): `npm test` builds both first (scripts/build.mjs).
 */
export default function setup(): void {
  for (const built of ['public/assets/app.js', 'dist/parse-worker.js']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run the tests with \`npm test\`, which builds first.`);
  }
}
