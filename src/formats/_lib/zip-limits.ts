import { unzipSync, type Unzipped } from 'fflate';
import { FormatLimitError, InvalidInputError, UnsupportedFormatError } from '../../domain/errors';

/** A zipped document's limits, checked on the zip's directory before anything is inflated. */
export interface ZipLimits {
  /** What the whole package may inflate to (images included). */
  inflatedBytes: number;
  /** What the XML entries read may inflate to (they are parsed). */
  textBytes: number;
  /** How many XML entries may be read, when the format bounds it. */
  textParts?: number;
  /** The largest inflation ratio of a large entry (zip bombs). */
  ratio: number;
}

/** How a format names itself and its limits in refusals: `docx`, `Word document`, `a Word document (.docx)`. */
export interface ZipNaming {
  id: string;
  /** With its article: `This ${what} inflates…`. */
  what: string;
  /** For a file that is not a zip, with its article: `This is not ${file}`. */
  file: string;
}

/**
 * Reads a zipped document (DOCX, ODT), refusing what is not a zip and what would inflate beyond
 * its limits; only the wanted entries are inflated.
 *
 * @example
 * unzipWithin(bytes, (name) => name.endsWith('.xml'), docxLimits, { id: 'docx', what: 'Word document', file: 'a Word document (.docx)' });
 */
export function unzipWithin(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits, naming: ZipNaming): Unzipped {
  let total = 0;
  let text = 0;
  let parts = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > limits.inflatedBytes || (file.originalSize > 10 * 1024 * 1024 && file.originalSize > file.size * limits.ratio)) {
          throw new FormatLimitError(`${naming.id}.inflated`, limits.inflatedBytes, `This ${naming.what} inflates to far more than its size (a zip bomb?); it is refused.`, true);
        }
        const keep = wanted(file.name);
        if (keep && /\.xml$/u.test(file.name)) {
          text += file.originalSize;
          if (limits.textParts !== undefined && ++parts > limits.textParts) {
            throw new FormatLimitError(`${naming.id}.parts`, limits.textParts, `This ${naming.what} has more than ${limits.textParts} text parts (headers, footers, notes); it is refused.`);
          }
          if (text > limits.textBytes) {
            throw new FormatLimitError(`${naming.id}.text`, limits.textBytes, `The text of this ${naming.what} inflates to more than ${limits.textBytes / 1024 / 1024} MB of XML; it is refused.`, true);
          }
        }
        return keep;
      },
    });
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof FormatLimitError) throw error;
    throw new UnsupportedFormatError(`This is not ${naming.file}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
