import { spawn } from 'node:child_process';

/**
 * Editors' latency while uploads are read: N imports of a 1 MB text file start at once (multipart,
 * as the browser sends them, or JSON `{text}`, as scripts do) and, until the last one is answered, editors in another process
 * (editor-probe.ts) ask /api/health and save segments back to back. Latencies are taken on the
 * editors' side of loopback.
 */
export interface ImportLoadOptions {
  url: string;
  cookie: string;
  /** The file each import uploads. */
  file: string;
  imports: number;
  /** How the file is sent: a multipart form (the editor) or a JSON body (the API's `{text, format}`). */
  as?: 'multipart' | 'json';
  /** Segments the save clients may edit, with their current versions. */
  segments: Array<{ id: number; version: number }>;
}

export interface ImportLoadResult {
  /** Imports answered 201; any other answer is listed in `importFailures`. */
  imported: number;
  importFailures: string[];
  /** From the first import sent to the last one answered. */
  wallMs: number;
  health: number[];
  saves: number[];
  saveFailures: number;
}

export async function underImports(options: ImportLoadOptions): Promise<ImportLoadResult> {
  const { url, cookie } = options;
  const probe = spawn(process.execPath, ['--import', 'tsx', new URL('./editor-probe.ts', import.meta.url).pathname, JSON.stringify({ url, cookie, segments: options.segments.map(({ id, version }) => ({ id, version })) })], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  probe.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const ready = () => (output.includes('ready\n') ? resolve() : undefined);
    probe.stdout.on('data', ready);
    probe.once('exit', (code) => reject(new Error(`the editor probe exited with ${code}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, 300)); // the editors are saving before the uploads start
  probe.stdin.write('start\n');
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: options.imports }, async (_, i) => {
      const body =
        options.as === 'json'
          ? JSON.stringify({ text: options.file, format: 'txt', title: `article-${i}` })
          : (() => {
              const form = new FormData();
              form.set('file', new Blob([options.file], { type: 'text/plain' }), `article-${i}.txt`);
              return form;
            })();
      const headers: Record<string, string> = { cookie, origin: url, ...(options.as === 'json' ? { 'content-type': 'application/json' } : {}) };
      const res = await fetch(`${url}/api/documents`, { method: 'POST', headers, body });
      const answer = await res.text();
      return res.status === 201 ? undefined : `${res.status} ${answer.slice(0, 200)}`;
    }),
  );
  const wallMs = performance.now() - started;
  const exited = new Promise((resolve) => probe.once('exit', resolve));
  probe.stdin.end();
  await exited;
  const measured = JSON.parse(output.split('\n').find((line) => line.startsWith('{')) ?? '{}') as { health: number[]; saves: number[]; saveFailures: number };
  const importFailures = answers.filter((answer): answer is string => answer !== undefined);
  return { imported: answers.length - importFailures.length, importFailures, wallMs, ...measured };
}
