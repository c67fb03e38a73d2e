import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { UnsupportedFormatError } from '../domain/errors';
import { decodeText } from './_lib/decode';

/** A translation pair as TMX carries it. */
export interface TmxUnit {
  source: string;
  target: string;
  /** `<prop type="x-quality">` (ours), when present. */
  quality?: string | undefined;
  author?: string | undefined;
}

export interface TmxDocument {
  sourceLang: string;
  targetLang: string;
  units: TmxUnit[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // <seg> may hold inline markup (<bpt>, <ph>…): keep its text only.
  stopNodes: ['*.seg'],
  isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
  processEntities: true,
  htmlEntities: false,
  trimValues: false,
});

function text(value: unknown): string {
  if (typeof value === 'string') return decodeEntities(value.replace(/<[^>]+>/gu, ''));
  if (typeof value === 'number') return String(value);
  return '';
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/giu, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/gu, '&');
}

/** What a memory import accepts, named by its refusals (not the document formats). */
const tmxAccepted = ['tmx (.tmx)'];

const isFrench = (lang: string) => /^fr\b/iu.test(lang);
const isEnglish = (lang: string) => /^en\b/iu.test(lang);

/**
 * Reads a TMX 1.4 memory: every <tu> with a French and an English <tuv> becomes a pair (other
 * languages are skipped). Inline markup inside <seg> is dropped, its text kept.
 */
export function parseTmx(bytes: Uint8Array): TmxDocument {
  const { text: xml } = decodeText(bytes, tmxAccepted);
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    throw new UnsupportedFormatError(`This is not a valid TMX file: ${error instanceof Error ? error.message : String(error)}`, tmxAccepted);
  }
  const tmx = tree.tmx as { body?: { tu?: unknown[] }; header?: Record<string, string> } | undefined;
  if (!tmx || typeof tmx !== 'object') throw new UnsupportedFormatError('This is not a TMX file: it has no <tmx> element.', tmxAccepted);
  const units: TmxUnit[] = [];
  let targetLang = 'en-US';
  for (const tu of (tmx.body?.tu ?? []) as Array<{ tuv?: Array<Record<string, unknown>>; prop?: Array<Record<string, unknown>>; '@creationid'?: string }>) {
    const variants = tu.tuv ?? [];
    const lang = (tuv: Record<string, unknown>) => String(tuv['@xml:lang'] ?? tuv['@lang'] ?? '');
    const french = variants.find((tuv) => isFrench(lang(tuv)));
    const english = variants.find((tuv) => isEnglish(lang(tuv)));
    if (!french || !english) continue;
    targetLang = lang(english);
    const source = text(french.seg);
    const target = text(english.seg);
    if (!source.trim() || !target.trim()) continue;
    const quality = tu.prop?.find((prop) => prop['@type'] === 'x-quality')?.['#text'];
    units.push({ source, target, quality: typeof quality === 'string' ? quality : undefined, author: tu['@creationid'] });
  }
  return { sourceLang: String(tmx.header?.['@srclang'] ?? 'fr-FR'), targetLang, units };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, processEntities: true });

/** Writes a TMX 1.4b memory (French source, the project's English), one <tu> per pair. */
export function buildTmx(document: TmxDocument & { creationDate?: string }): string {
  const tmx = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': 'vis-à-vis',
        '@creationtoolversion': '0.1',
        '@segtype': 'paragraph',
        '@o-tmf': 'visavis',
        '@adminlang': 'en-US',
        '@srclang': document.sourceLang,
        '@datatype': 'plaintext',
        ...(document.creationDate ? { '@creationdate': document.creationDate } : {}),
      },
      body: {
        tu: document.units.map((unit) => ({
          ...(unit.author ? { '@creationid': unit.author } : {}),
          ...(unit.quality ? { prop: [{ '@type': 'x-quality', '#text': unit.quality }] } : {}),
          tuv: [
            { '@xml:lang': document.sourceLang, seg: unit.source },
            { '@xml:lang': document.targetLang, seg: unit.target },
          ],
        })),
      },
    },
  };
  return builder.build(tmx) as string;
}
