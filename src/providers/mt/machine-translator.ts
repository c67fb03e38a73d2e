/**
 * The machine-translation seam: what the services need from an MT engine. DeepL implements it
 * (deepl.ts); `noMachineTranslation` stands in when no key is configured.
 */

export interface MachineTranslationOptions {
  /** DeepL refuses a bare `en`: the project chooses the variant. */
  targetLang: 'en-US' | 'en-GB';
  /** A preference: engines that cannot honour it for English ignore it rather than fail. */
  formality: 'default' | 'more' | 'less';
  /** Text around the texts (neighbouring paragraphs), used for meaning only, never translated. */
  context?: string | undefined;
  /** The provider's id of the project's glossary. */
  glossaryId?: string | undefined;
  /**
   * `xml`: the texts are inline markup (domain/inline) whose `<pc>`/`<ph>` codes the engine must
   * keep and place in its translation, and whose entities it must keep escaped.
   */
  tagHandling?: 'xml' | undefined;
}

export interface MachineTranslationUsage {
  /** Characters used and allowed in the current billing period; null when the engine has no limit. */
  characters: { count: number; limit: number } | null;
}

export interface MachineTranslator {
  /** Stable id, part of the MT cache key: `deepl`. */
  readonly id: string;
  /** False when the engine cannot be used (no key): the UI says so instead of offering it. */
  readonly configured: boolean;
  /** Why it is not configured, for the UI. */
  readonly reason?: string;
  /** Translates French texts to English, one result per text, in order. */
  translate(texts: readonly string[], options: MachineTranslationOptions): Promise<string[]>;
  usage(): Promise<MachineTranslationUsage>;
  /**
   * Puts the project glossary (French → English terms) at the engine, replacing the previous copy
   * (engines like DeepL cannot edit one); returns its id, or null for an empty glossary.
   * Absent when the engine has no glossaries.
   */
  syncGlossary?(entries: Readonly<Record<string, string>>, previousId: string | null, name: string): Promise<string | null>;
}

/** Why machine translation failed, so callers can wait, pause or give up. */
export type MachineTranslationFailure = 'not_configured' | 'rate_limited' | 'quota_exceeded' | 'unavailable' | 'rejected';

export class MachineTranslationError extends Error {
  constructor(
    readonly failure: MachineTranslationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'MachineTranslationError';
  }
}

/** No engine: the workbench works fully without one and says why. */
export const noMachineTranslation: MachineTranslator = {
  id: 'none',
  configured: false,
  reason: 'No machine translation is configured: set VISAVIS_DEEPL_KEY to use DeepL.',
  translate: () => Promise.reject(new MachineTranslationError('not_configured', 'No machine translation is configured (VISAVIS_DEEPL_KEY).')),
  usage: () => Promise.resolve({ characters: null }),
};
