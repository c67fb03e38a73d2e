import type * as DeepLModule from 'deepl-node';
import { MachineTranslationError, type MachineTranslationOptions, type MachineTranslator } from './machine-translator';

export interface DeepLOptions {
  /** A DeepL API key; free keys end in `:fx` (deepl-node then picks the free API's address). */
  authKey: string;
  /** Another address for the API (a proxy, or the tests' stand-in). */
  serverUrl?: string | undefined;
  /**
   * Attempts per request for transient failures (429, 5xx, network) inside deepl-node, with its
   * backoff (deepl-node counts the first attempt: 1 means no retry).
   */
  maxRetries?: number;
  /** Connection timeout per attempt, in ms. */
  timeoutMs?: number;
}

/** DeepL through deepl-node, and nothing else: French to English, as the project asks. */
export function deeplTranslator(options: DeepLOptions): MachineTranslator {
  // deepl-node (and the HTTP client under it) loads on the first request, not when the server or
  // a CLI command starts: it costs about 100 ms, and most commands never translate.
  let client: Promise<{ deepl: typeof DeepLModule; translator: DeepLModule.Translator }> | undefined;
  const connect = () =>
    (client ??= import('deepl-node').then((deepl) => ({
      deepl,
      translator: new deepl.Translator(options.authKey, {
        ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
        maxRetries: options.maxRetries ?? 3,
        minTimeout: options.timeoutMs ?? 10_000,
        sendPlatformInfo: false,
        appInfo: { appName: 'visavis', appVersion: '0.1' },
      }),
    })));
  return {
    id: 'deepl',
    configured: true,
    async translate(texts: readonly string[], request: MachineTranslationOptions): Promise<string[]> {
      if (texts.length === 0) return [];
      const { deepl, translator } = await connect();
      try {
        const results = await translator.translateText([...texts], 'fr', request.targetLang, {
          // English has no formality setting at DeepL: `prefer_*` is honoured where possible, never an error.
          ...(request.formality === 'default' ? {} : { formality: request.formality === 'more' ? 'prefer_more' : 'prefer_less' }),
          ...(request.context ? { context: request.context } : {}),
          ...(request.glossaryId ? { glossary: request.glossaryId } : {}),
          // Codes are inline: never a reason to split a sentence.
          ...(request.tagHandling === 'xml' ? { tagHandling: 'xml' as const, nonSplittingTags: ['pc', 'ph'] } : {}),
          // A segment is a paragraph: DeepL may split it into sentences, but must not treat a
          // line break inside it as the end of a sentence; keep the author's formatting.
          splitSentences: 'nonewlines',
          preserveFormatting: true,
        });
        return results.map((result) => result.text);
      } catch (error) {
        throw translateError(deepl, error);
      }
    },
    async syncGlossary(entries, previousId, name) {
      const { deepl, translator } = await connect();
      try {
        const created = Object.keys(entries).length
          ? await translator.createGlossary(name, 'fr', 'en', new deepl.GlossaryEntries({ entries: { ...entries } }))
          : undefined;
        if (previousId) await translator.deleteGlossary(previousId).catch(() => undefined); // already gone: fine
        return created?.glossaryId ?? null;
      } catch (error) {
        throw translateError(deepl, error);
      }
    },
    async usage() {
      const { deepl, translator } = await connect();
      try {
        const usage = await translator.getUsage();
        return { characters: usage.character ? { count: usage.character.count, limit: usage.character.limit } : null };
      } catch (error) {
        throw translateError(deepl, error);
      }
    },
  };
}

function translateError(deepl: typeof DeepLModule, error: unknown): MachineTranslationError {
  if (error instanceof deepl.QuotaExceededError) return new MachineTranslationError('quota_exceeded', 'The DeepL character quota is used up for this period.');
  if (error instanceof deepl.TooManyRequestsError) return new MachineTranslationError('rate_limited', 'DeepL asks to slow down (too many requests).');
  if (error instanceof deepl.AuthorizationError) return new MachineTranslationError('rejected', 'DeepL refused the key (VISAVIS_DEEPL_KEY).');
  if (error instanceof deepl.ConnectionError) return new MachineTranslationError('unavailable', `DeepL cannot be reached: ${error.message}`);
  const message = error instanceof Error ? error.message : String(error);
  // deepl-node reports 5xx after its retries as a plain DeepLError.
  if (/\b5\d\d\b|internal|unavailable|timeout/iu.test(message)) return new MachineTranslationError('unavailable', `DeepL is unavailable: ${message}`);
  return new MachineTranslationError('rejected', `DeepL refused the request: ${message}`);
}
