import { lastOf, lazy, spans } from './lib';
import type { Span } from './types';

/**
 * Numbers that name rather than count: telephone numbers (`01 23 45 67 89`, `0 800 130 000`,
 * `+33 1 23 45 67 89`) and legal references (`le 49.3`, `article L. 1234-5`, `loi n° 2023-270`).
 * A reviser reads them as one identifier: the same digits in the English, whatever the spacing
 * (`+33 1 23 45 67 89` for `01 23 45 67 89`), and one digit changed is an error — never `49` and
 * `3` as two numbers.
 */
export interface Identifier extends Span {
  text: string;
  kind: 'phone' | 'reference';
  /** The digits the English must have in a row (a telephone number's without its 0 or +33). */
  digits: string;
}

const phone = /(?<![\p{N}+])(?:(?:\+33|0033)[\s\u00a0.]?(?:\(0\)[\s\u00a0.]?)?[1-9](?:[\s\u00a0.-]?\d{2}){4}|0[1-9](?:[\s\u00a0.-]?\d{2}){4}|0[\s\u00a0][89]\d{2}(?:[\s\u00a0.]\d{3}){2})(?![\p{N}])/gu;
/** Digits joined by points: French decimals take a comma, so `49.3` or `L.1234` is a reference (`4.02.2026` is a date). */
const dotted = /(?<![\p{N}.,])\d+(?:\.\d+)+(?![\p{N}]|\.\d)/gu;
/** Digits joined by hyphens or slashes after a legal word: `n° 2023-270`, `L. 1234-5`, `directive 2019/1937`, `pourvoi n° 22-84.117`. */
const legal = /(?<=(?:\bn[°ºo]|\bnuméro|\bart(?:icle)?s?\.?|\bloi|\bdécret|\bdirective|\brèglement|\barrêté|\bordonnance|\((?:UE|CE)\)|(?<![\p{L}])[LRDA]\.?)[\s\u00a0]?)\d+(?:[-/–]\d+)+(?:\.\d+)*(?![\p{N}])/gu;
const numericDate = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u;

const nationalDigits = (text: string): string => text.replace(/\D/gu, '').replace(/^(?:0033|33)(?:0)?|^0/u, '');

/** The identifiers of a French text, in order. */
export const frenchIdentifiers = lastOf(function frenchIdentifiers(text: string): Identifier[] {
  const out: Identifier[] = [];
  const overlaps = (span: Span) => out.some((other) => span.start < other.end && other.start < span.end);
  for (const found of spans(text, phone)) out.push({ start: found.start, end: found.end, text: found.text, kind: 'phone', digits: nationalDigits(found.text) });
  for (const found of [...spans(text, legal), ...spans(text, dotted)]) {
    if (overlaps(found) || numericDate.test(found.text)) continue;
    out.push({ start: found.start, end: found.end, text: found.text, kind: 'reference', digits: found.text.replace(/\D/gu, '') });
  }
  return out.sort((a, b) => a.start - b.start);
});

/**
 * Whether an English text has the identifier: its digits in one run of digits, spaces, points,
 * hyphens, slashes and brackets (`Article 49.3`, `+33 (0)1 23 45 67 89`, `Law No. 2023-270`).
 */
export function hasIdentifier(english: string, identifier: Pick<Identifier, 'digits'>): boolean {
  return digitRuns(english).some((run) => run.includes(identifier.digits));
}

const digitRuns = lastOf((english: string): string[] => spans(english, /\+?\d(?:[\d\s\u00a0.,/()–-]*\d)?/gu).map((run) => run.text.replace(/\D/gu, '')));

/**
 * Codes of letters and digits copied as they are (`LX-4402B`, `A321XLR`, `H5N1`, `G20`): product
 * references, model names, flight and train numbers written as one word. One letter or digit
 * changed or dropped is an error the numbers do not see (`LX-4402B` → `LX-4402`).
 * Not codes: two characters (`T3`, `G7`, `A4` may be put in words), chemical formulas and
 * particle sizes (`CO2` → `carbon dioxide`), `Covid-19`, fuels and age groups English may spell out
 * (`SP95` → `unleaded`, `U21` → `under-21`), school years (`CM2` → `Year 6`).
 */
const code = /(?<![\p{L}\p{N}_@#&./+-])\p{Lu}(?=[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*(?![\p{L}\p{N}]))(?:[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*)(?![\p{L}\p{N}_@]|[-/.][\p{L}\p{N}])/gu;
// `J-30`, `J+2`: a countdown (`30 days to go`), not a code.
const notCodes = /^(?:CE[12]|CM[12]|CO2|NO2|NOx|SO2|N2O|H2O?|O[23]|CH4|PM\d+|COVID-?19|SP9[58]|U\d{2}|J-\d{1,3})$/iu;

export const productCodes = lastOf(function productCodes(text: string): Array<Span & { text: string }> {
  return spans(text, code).filter((found) => /\p{N}/u.test(found.text) && /\p{Lu}/u.test(found.text) && found.text.replace(/[-/]/gu, '').length >= 3 && !notCodes.test(found.text));
});

/** Digits written below and above the line, 0 to 9. */
const lowered = '₀₁₂₃₄₅₆₇₈₉';
const raised = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Whether a text has the code: its letters and digits in a row, in any case, with or without hyphens, slashes, points or spaces between them (`LX 4402 B`). */

export function codePattern(found: string): RegExp {
  // (`CO₂` → `CO2`, `m³` → `m3`: a digit written below or above the line is the digit.)
  const characters = [...found.replace(/[-/]/gu, '')].map((character) => {
    const digit = character.normalize('NFKC');
    if (/^\d$/u.test(digit)) return `[${digit}${lowered[Number(digit)]}${raised[Number(digit)]}]`;
    return character.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  });
  // `deux A350` → `two A350s`: a code ending in a digit takes the English plural.
  const plural = /\p{N}$/u.test(found) ? '(?:s|[’\']s)?' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${characters.join('[-\\s\\u00a0./]?')}${plural}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * File names copied as they are (`rapport_annuel_2024.pdf`, `convocation_AG_2025.docx`): a name of
 * letters, digits, `_`, `-` and points with an extension of a known sort, in lower case or in
 * capitals (`SCAN.PDF`). The name and its extension are the file's: translated or changed
 * (`annual_report_2024.pdf`, `.doc` for `.docx`), the reader does not find the file.
 */
export const fileExtensions = [
  'pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'md',
  'xls', 'xlsx', 'ods', 'csv', 'tsv',
  'ppt', 'pptx', 'odp',
  'zip', 'rar', '7z', 'gz', 'tar',
  'jpg', 'jpeg', 'png', 'gif', 'svg', 'webp', 'tif', 'tiff',
  'mp3', 'mp4', 'wav', 'avi', 'mov',
  'xml', 'json', 'html', 'htm', 'ics', 'vcf', 'epub', 'gpx', 'kml',
];

const fileName = lazy(() => {
  const endings = [...fileExtensions].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_.@/\\\\-])[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])?\\.(?:${endings}|${endings.toUpperCase()})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'gu');
});

/**
 * Names that stand for any file, the writer's own words a translation puts in English: a name of
 * placeholders (`NOM_Prenom.pdf`, `votre_fichier.csv`, `AAAA-MM-JJ.txt`), or one given as an example
 * (`Exemple : nom_service.pdf`, `par ex. photo.jpg`).
 */
const placeholder = /(?<![\p{L}])(?:nom|noms|prénom|prenom|votre|vos|exemple|xxx+|aaaa|jj|mm)(?![\p{L}])/iu;
const example = /(?<![\p{L}])(?:exemples?|ex\.|e\.\s?g\.|tel(?:le)?s?\s+que)(?![\p{L}])/iu;

/** The file names of a text, in order, but for placeholders and examples. */
export const fileNames = lastOf(function fileNames(text: string): Array<Span & { text: string }> {
  return spans(text, fileName())
    .filter((found) => !placeholder.test(found.text.replace(/[_.-]/gu, ' ')) && !example.test(text.slice(Math.max(0, found.start - 60), found.start)))
    .map(({ start, end, text: found }) => ({ start, end, text: found }));
});

/** Whether a text has the file name, in any case. */
export function fileNamePattern(found: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_.@-])${found.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'iu');
}
