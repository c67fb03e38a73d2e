import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in received. */
export interface StandInRequest {
  method: string;
  path: string;
  form: URLSearchParams;
  bytes: number;
}

/**
 * A local stand-in for DeepL's v2 API, enough for deepl-node: /v2/translate (form-encoded, repeated
 * `text`), /v2/usage and /v2/glossaries, with DeepL's limits (50 texts, 128 KiB a request) and
 * failures on demand (429, 456, 5xx, or a hang). Its "translation" is recognisable:
 * `[EN-US] <source>`.
 */
export async function startDeepLStandIn(options: { authKey?: string; characterLimit?: number } = {}) {
  let characterLimit = options.characterLimit;
  const authKey = options.authKey ?? 'test-key:fx';
  const requests: StandInRequest[] = [];
  /** Statuses to answer the next translate requests with, in order. */
  const failures: Array<number | 'hang'> = [];
  let characters = 0;
  let translate = (text: string, target: string): string => `[${target}] ${text}`;
  const glossaries = new Map<string, { name: string; entries: string; source_lang: string; target_lang: string }>();
  let glossaryCounter = 0;

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const form = new URLSearchParams(req.headers['content-type']?.includes('json') ? '' : raw.toString('utf8'));
      requests.push({ method: req.method ?? 'GET', path: url.pathname, form, bytes: raw.length });
      if (req.headers.authorization !== `DeepL-Auth-Key ${authKey}`) return send(res, 403, { message: 'Wrong auth key' });

      if (url.pathname === '/v2/translate' && req.method === 'POST') {
        const failure = failures.shift();
        if (failure === 'hang') return; // never answers: the client's timeout decides
        if (failure !== undefined) return send(res, failure, { message: `Injected failure ${failure}` });
        const texts = form.getAll('text');
        if (texts.length === 0) return send(res, 400, { message: 'Parameter text not specified.' });
        if (texts.length > 50) return send(res, 413, { message: 'Too many texts (at most 50).' });
        if (raw.length > 128 * 1024) return send(res, 413, { message: 'Request too large (at most 128 KiB).' });
        const target = form.get('target_lang') ?? '';
        if (!/^EN-(US|GB)$/iu.test(target)) return send(res, 400, { message: `Value for 'target_lang' not supported: ${target}` });
        const billed = texts.reduce((sum, text) => sum + text.length, 0);
        if (characterLimit !== undefined && characters + billed > characterLimit) return send(res, 456, { message: 'Quota exceeded' });
        characters += billed;
        return send(res, 200, {
          translations: texts.map((text) => ({ detected_source_language: 'FR', text: translate(text, target.toUpperCase()), billed_characters: text.length })),
        });
      }
      if (url.pathname === '/v2/usage') return send(res, 200, { character_count: characters, character_limit: characterLimit ?? 500_000 });
      if (url.pathname === '/v2/glossaries' && req.method === 'POST') {
        const id = `glossary-${++glossaryCounter}`;
        const glossary = { name: form.get('name') ?? '', entries: form.get('entries') ?? '', source_lang: form.get('source_lang') ?? '', target_lang: form.get('target_lang') ?? '' };
        glossaries.set(id, glossary);
        return send(res, 201, { glossary_id: id, name: glossary.name, ready: true, source_lang: glossary.source_lang, target_lang: glossary.target_lang, creation_time: new Date().toISOString(), entry_count: glossary.entries.split('\n').filter(Boolean).length });
      }
      if (url.pathname === '/v2/glossaries' && req.method === 'GET') {
        return send(res, 200, { glossaries: [...glossaries].map(([id, g]) => ({ glossary_id: id, name: g.name, ready: true, source_lang: g.source_lang, target_lang: g.target_lang, creation_time: new Date().toISOString(), entry_count: g.entries.split('\n').filter(Boolean).length })) });
      }
      const glossaryMatch = /^\/v2\/glossaries\/([^/]+)$/u.exec(url.pathname);
      if (glossaryMatch && req.method === 'DELETE') {
        glossaries.delete(glossaryMatch[1]!);
        return send(res, 204);
      }
      return send(res, 404, { message: `No route ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    authKey,
    requests,
    glossaries,
    /** The translate requests received so far. */
    translations: () => requests.filter((request) => request.path === '/v2/translate'),
    failNext: (...statuses: Array<number | 'hang'>) => failures.push(...statuses),
    /** Replaces the stand-in's translation (`[EN-US] ` + the text) by another, e.g. one that breaks tags. */
    translateWith: (fn: (text: string, target: string) => string) => {
      translate = fn;
    },
    setCharacterLimit: (limit: number | undefined) => {
      characterLimit = limit;
    },
    charactersBilled: () => characters,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type DeepLStandIn = Awaited<ReturnType<typeof startDeepLStandIn>>;
