import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the real French article shared with the project is: `shared/samples/` beside the
 * repository. A clone made elsewhere from a local checkout (`git clone . /tmp/x`, as CI is tried)
 * finds it beside its origin; `VISAVIS_SAMPLES` names the folder explicitly. When none is there,
 * the usual place, so that a missing sample fails naming the path it expected.
 */
export function sampleArticlePath(): string {
  if (process.env.VISAVIS_SAMPLES) return join(process.env.VISAVIS_SAMPLES, 'article-fr.txt');
  const usual = join(root, '..', 'shared', 'samples', 'article-fr.txt');
  const origin = spawnSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  // Only a path on this machine (not a URL or user@host:path) has a folder beside it.
  const local = origin && !/^[\w+.-]+:\/\/|^[^/]+@[^/]+:/u.test(origin);
  const besideOrigin = local ? join(isAbsolute(origin) ? origin : resolve(root, origin), '..', 'shared', 'samples', 'article-fr.txt') : undefined;
  return [usual, besideOrigin].find((path) => path !== undefined && existsSync(path)) ?? usual;
}
