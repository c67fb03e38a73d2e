import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of ARCHITECTURE.md are lint rules (eslint.config.js); these lines, linted as
 * if they stood in the file named, show that `npm run lint` fails on an upward import however its
 * path is written, and lets the allowed ones through.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the lint rules of who may import whom', () => {
  it.each([
    ['src/providers/mt/deepl.ts', "import type { Actor } from '../../services/context';"],
    ['src/providers/mt/deepl.ts', "import type { Services } from '../../services';"],
    ['src/providers/mt/deepl.ts', "import type { Services } from '../../services/index.ts';"],
    ['src/providers/parsing/worker.ts', "import { x } from '../../../src/services/edit-segment';"],
    ['src/ui/views/editor.ts', "import type { Services } from '../../services';"],
    ['src/ui/views/editor.ts', "import type { Services } from '../../services/';"],
    ['src/ui/views/editor.ts', "import { createApp } from '../../http/app';"],
    ['src/http/routes/segments.ts', "import { openSqliteStore } from '../../store/sqlite';"],
    ['src/http/routes/segments.ts', "import { segmentRepository } from '../../store/segments.repo';"],
    ['src/domain/change.ts', "import { rememberSegment } from '../services/memory';"],
    ['src/domain/change.ts', "import { readFileSync } from 'node:fs';"],
    ['src/formats/txt.ts', "import type { Store } from '../store/store';"],
    ['src/services/edit-segment.ts', "import { openSqliteStore } from '../store/sqlite';"],
    ['src/services/edit-segment.ts', "import { errorHandler } from '../http/errors';"],
    ['src/config.ts', "import { parseTrustProxy } from './http/client-address';"],
    ['src/config.ts', "import { workerParser } from './providers/parsing/worker-pool';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/services/edit-segment.ts', "import type { Store } from '../store/store';"],
    ['src/services/index.ts', "import type { MachineTranslator } from '../providers/mt/machine-translator';"],
    ['src/http/routes/segments.ts', "import type { Services } from '../../services';"],
    ['src/ui/types.ts', "import type * as schemas from '../http/schemas';"],
    ['src/ui/types.ts', "import type { ReviewReport } from '../http/api-types';"],
    ['src/ui/views/editor.ts', "import { plainText } from '../../domain/inline';"],
    ['src/providers/parsing/worker-pool.ts', "import { defaultParseThreads } from '../../config';"],
    ['src/workers/segment-writer-thread.ts', "import { openSqliteStore } from '../store/sqlite';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
