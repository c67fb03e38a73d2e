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

/** The paragraphs of a file as the importer splits it, as plain words. */
function paragraphsOf(side: AlignSide, which: string): string[] {
  const format = formatForUpload({ format: side.format, filename: side.filename }, side.bytes);
  if (format.bilingual) throw new InvalidInputError(`The ${which} file is ${format.name}, which already pairs French and English; align two monolingual files.`);
  return readDocument(side.bytes, format.id).segments.map((segment) => plainText(segment.source, segment.codes ?? []));
}

/**
 * Aligns a French file with its English translation without storing anything: each file split
 * as the importer splits it, then paragraph to paragraph (domain/align).
 *
 * @example
 * alignFiles({ bytes: fr, filename: 'article.txt' }, { bytes: en, filename: 'article.en.txt' }).links[0]; // → { fr: [0], en: [0], score: 0.98 }
 */
export function alignFiles(french: AlignSide, english: AlignSide): FileAlignment {
  const frenchParagraphs = paragraphsOf(french, 'French');
  const englishParagraphs = paragraphsOf(english, 'English');
  return { links: alignParagraphs(frenchParagraphs, englishParagraphs), french: frenchParagraphs, english: englishParagraphs };
}
