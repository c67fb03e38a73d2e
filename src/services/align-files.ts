import { type AlignmentLink, alignParagraphs } from '../domain/align';
import { InvalidInputError } from '../domain/errors';
import { plainText } from '../domain/inline';
import { formatForUpload } from '../formats/registry';
import { readDocument } from '../formats/uploads';

/** One side of an alignment: a file in any monolingual format of the registry. */
export interface AlignSide {
  bytes: Uint8Array;
  filename?: string | undefined;
  format?: string | undefined;
}

export interface FileAlignment {
  links: AlignmentLink[];
  /** The paragraphs as the importer splits each file (words only, codes out), by position. */
  french: string[];
  english: string[];
}

/** The paragraphs of a file as the importer splits it, as plain words, and which of them are headings. */
function paragraphsOf(side: AlignSide, which: string): { paragraphs: string[]; headings: boolean[] } {
  const format = formatForUpload({ format: side.format, filename: side.filename }, side.bytes);
  if (format.bilingual) throw new InvalidInputError(`The ${which} file is ${format.name}, which already pairs French and English; align two monolingual files.`);
  const segments = readDocument(side.bytes, format.id).segments;
  return { paragraphs: segments.map((segment) => plainText(segment.source, segment.codes ?? [])), headings: segments.map((segment) => segment.kind === 'heading') };
}

/**
 * Aligns a French file with its English translation without storing anything: each file split
 * as the importer splits it, then paragraph to paragraph (domain/align).
 *
 * @example
 * alignFiles({ bytes: fr, filename: 'article.txt' }, { bytes: en, filename: 'article.en.txt' }).links[0]; // → { fr: [0], en: [0], score: 0.98 }
 */
export function alignFiles(french: AlignSide, english: AlignSide): FileAlignment {
  const fr = paragraphsOf(french, 'French');
  const en = paragraphsOf(english, 'English');
  return { links: alignParagraphs(fr.paragraphs, en.paragraphs, { frenchHeadings: fr.headings, englishHeadings: en.headings }), french: fr.paragraphs, english: en.paragraphs };
}
