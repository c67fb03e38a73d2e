import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { EmptyDocumentError, InvalidInputError, ServerBusyError, UnsupportedFormatError } from '../../src/domain/errors';
import { inlineParser, type UploadParser } from '../../src/providers/parsing/parser';
import { workerParser } from '../../src/providers/parsing/worker-pool';
import { frenchText } from '../../bench/french-text';
import { sampleArticlePath } from '../helpers/sample';

const encode = (text: string) => new TextEncoder().encode(text);
/** The built worker, as the server loads it (npm test builds it first). */
const workerFile = loadConfig({}).parseWorkerFile;

describe('reading uploads on worker threads', () => {
  let parser: UploadParser | undefined;
  afterEach(async () => {
    await parser?.close();
    parser = undefined;
  });

  it('stops a search whose regular expression runs away, and the pool goes on', async () => {
    parser = workerParser({ workerFile, threads: 1, findTimeoutMs: 500 });
    const segments = [{ id: 1, source: `${'a'.repeat(40)}!`, target: '', codes: [] }];
    const started = performance.now();
    await expect(parser.find(segments, { find: '(a+)+$', regex: true }, { in: 'source' })).rejects.toThrow(new InvalidInputError('The search took more than 0.5 s and was stopped: simplify the regular expression.'));
    expect(performance.now() - started).toBeLessThan(5_000);
    // The next search runs on a fresh thread.
    expect(await parser.find([{ id: 2, source: 'Le maire.', target: 'The major.', codes: [] }], { find: 'major' }, { in: 'target', replace: 'mayor' })).toEqual([{ id: 2, source: [], target: [{ start: 4, end: 9 }], after: 'The mayor.' }]);
    // A bad expression comes back as the same typed error as inline.
    await expect(parser.find(segments, { find: '(', regex: true }, {})).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('counts a task’s time from the moment the thread has all its pages, and stops a thread whose pages fail', async () => {
    parser = workerParser({ workerFile, threads: 1, findTimeoutMs: 500 });
    const slowly = {
      pages: (async function* () {
        for (let i = 0; i < 4; i++) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          yield [{ id: i + 1, source: `Le maire ${i}.`, target: '', codes: [] }];
        }
      })(),
    };
    // A second of pages (a busy store), then a quick search: not stopped for the wait.
    expect(await parser.find(slowly, { find: 'maire' }, { in: 'source' })).toHaveLength(4);
    const failing = {
      pages: (async function* () {
        yield [{ id: 1, source: 'Le maire.', target: '', codes: [] }];
        throw new Error('the store went away');
      })(),
    };
    await expect(parser.find(failing, { find: 'maire' }, { in: 'source' })).rejects.toThrow('the store went away');
    // The only thread is free again: it was not left waiting for pages that never come.
    expect(await parser.find([{ id: 2, source: 'Le maire.', target: '', codes: [] }], { find: 'maire' }, { in: 'source' })).toHaveLength(1);
  });

  it('gives exactly what reading inline gives, for documents, memories, glossaries and source alignments', async () => {
    parser = workerParser({ workerFile, threads: 2 });
    const inline = inlineParser();
    const article = readFileSync(sampleArticlePath());
    const markdown = encode('# Titre\n\nUn paragraphe avec **du gras** et un [lien](https://exemple.fr).\n\n- un\n- deux\n');
    const tmx = encode(
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR"/><body><tu><tuv xml:lang="fr-FR"><seg>Le maire a démissionné.</seg></tuv><tuv xml:lang="en-US"><seg>The mayor resigned.</seg></tuv></tu></body></tmx>',
    );
    const csv = encode('source,target\nmaire,mayor\n"=1+1",formula\n');

    const document = await parser.document(article, 'txt');
    expect(document).toEqual(await inline.document(article, 'txt'));
    expect(document.segments.length).toBeGreaterThan(10);
    expect(document.segments[0]!.wordCount).toBeGreaterThan(0);
    expect(await parser.document(markdown, 'md')).toEqual(await inline.document(markdown, 'md'));
    const memory = await parser.memory(tmx);
    expect(memory.units).toEqual([expect.objectContaining({ source: 'Le maire a démissionné.', target: 'The mayor resigned.', terms: expect.arrayContaining(['maire']) })]);
    expect(await parser.glossary(csv)).toEqual([['source', 'target'], ['maire', 'mayor'], ['=1+1', 'formula']]);
    const alignment = await parser.alignSources(['Un.', 'Deux.', 'Trois.'], ['Un.', 'Deux !', 'Trois.', 'Quatre.']);
    expect(alignment).toEqual(await inline.alignSources(['Un.', 'Deux.', 'Trois.'], ['Un.', 'Deux !', 'Trois.', 'Quatre.']));
    expect(alignment.added).toEqual([3]);
  });

  it('leaves the bytes it was given untouched, even a Buffer over shared memory (the thread gets a copy)', async () => {
    parser = workerParser({ workerFile, threads: 1 });
    const bytes = Buffer.from('Le conseil a voté.\n\nLa séance est levée.\n'); // a Buffer, as the CLI reads files
    await parser.document(bytes, 'txt');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(bytes.toString()).toBe('Le conseil a voté.\n\nLa séance est levée.\n');
  });

  it('throws the same typed errors as reading inline', async () => {
    parser = workerParser({ workerFile, threads: 1 });
    await expect(parser.document(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]), 'txt')).rejects.toBeInstanceOf(UnsupportedFormatError);
    await expect(parser.document(encode('\n\n   \n'), 'txt')).rejects.toBeInstanceOf(EmptyDocumentError);
    await expect(parser.document(encode('Bonjour.'), 'docx')).rejects.toThrow(UnsupportedFormatError);
    await expect(parser.memory(encode('<tmx><body><tu>'))).rejects.toBeInstanceOf(UnsupportedFormatError);
    await expect(parser.glossary(encode('source,target\n"unclosed,quote\n'))).rejects.toBeInstanceOf(InvalidInputError);
    // The pool still works after failures.
    expect((await parser.document(encode('Bonjour.'), 'txt')).segments).toHaveLength(1);
  });

  it('refuses work beyond its queue with a Retry-After, and reads everything it accepted', async () => {
    parser = workerParser({ workerFile, threads: 1, maxQueue: 2 });
    // Markdown of this size takes a thread hundreds of milliseconds: the first stays busy while the others arrive.
    const big = encode(frenchText(600 * 1024));
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => parser!.document(big, 'md')));
    const read = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(read).toHaveLength(3); // one on the thread, two waiting
    expect(refused).toHaveLength(3);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ServerBusyError);
      expect((error as ServerBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    // Once the queue has drained, uploads are accepted again.
    expect((await parser.document(encode('Bonjour.'), 'md')).segments).toHaveLength(1);
  });
});
