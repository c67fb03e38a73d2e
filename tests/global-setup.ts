import { existsSync } from 'node:fs';

/** The HTTP and browser tests serve public/assets: `npm test` builds it first (scripts/build.mjs). */
export default function setup(): void {
  if (!existsSync('public/assets/app.js')) {
    throw new Error('public/assets/app.js is missing: run the tests with `npm test`, which builds first.');
  }
}
