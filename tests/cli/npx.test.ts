import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the visavis command as the README runs it', () => {
  it('is executable after the build, whatever the umask', () => {
    const mode = statSync(new URL('../../dist/cli.js', import.meta.url)).mode;
    expect(mode & 0o111).toBe(0o111);
  });

  it('answers `npx visavis --help` in the project folder', () => {
    // Exactly as the README says; the project's own bin must answer.
    const result = spawnSync('npx', ['visavis', '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
    expect(result.stderr).not.toContain('Permission denied');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: visavis');
    expect(result.stdout).toContain('import [options] <file>');
  });
});
