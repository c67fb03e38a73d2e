import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { EmptyDocumentError, InvalidInputError, UnsupportedFormatError } from '../domain/errors';
import { toBraces } from '../domain/inline';
import { type Status, statuses } from '../domain/segment';
import type { SourceSegment } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { escapeXml, isLocatedElement, type LocatedElement, locateXml } from './_lib/xml';
import { readCsv, writeCsv } from './csv';
import type { Format, SourceDocument, TargetDocument } from './format';

/**
 * The bilingual review table, for a client or an editor without an account: one row per segment
 * with its number, French, English, status and comments, as CSV or as a Word table. Codes are
 * written `{1}words{/1}` and `{2/}` so that anyone can keep them in place. The file comes back
 * through `POST /api/documents/:id/targets`: the English cells that changed update the targets, as
 * revisions by the uploading user with origin `review-import`. The `Ref` column (segment id and
 * version) is how rows find their segments and how edits made since the export are detected.
 */

/** A row of the review table. */
interface ReviewRow {
  number: string;
  ref: string;
  source: string;
  target: string;
  status: string;
  comments: string;
}

const header: ReviewRow = { number: '#', ref: 'Ref', source: 'French', target: 'English', status: 'Status', comments: 'Comments' };

function rowsOf(document: TargetDocument): ReviewRow[] {
  return document.segments.map((segment, i) => ({
    number: String(i + 1),
    ref: `${segment.id}:${segment.version}`,
    source: toBraces(segment.source.text, segment.codes),
    target: toBraces(segment.target, segment.codes),
    status: segment.status,
    comments: segment.notes.join('\n'),
  }));
}

/**
 * Rows read back as segments with their translation. Sources come as they are in the table: the
 * codes are those of the segment the row belongs to, restored when the rows are matched
 * (`fitTarget` in services/import-targets.ts reads `{1}` braces through `fromBraces`).
 */
function toDocument(rows: ReviewRow[], format: string): SourceDocument {
  const segments: SourceSegment[] = rows
    .filter((row) => /[\p{L}\p{N}]/u.test(row.source))
    .map((row) => {
      const [id, version] = row.ref.split(':').map(Number);
      const status = (statuses as readonly string[]).includes(row.status.trim()) ? (row.status.trim() as Status) : row.target.trim() ? 'translated' : 'new';
      return {
        kind: 'paragraph',
        source: row.source,
        codes: [],
        before: '',
        joins: [],
        key: row.number,
        translation: {
          target: row.target.trim(),
          status: row.target.trim() === '' ? 'new' : status,
          notes: [],
          segmentId: Number.isInteger(id) && id! > 0 ? id : undefined,
          version: Number.isInteger(version) && version! > 0 ? version : undefined,
          braces: true,
        },
      };
    });
  if (segments.length === 0) throw new EmptyDocumentError();
  return { format, encoding: 'utf-8', bom: false, segments, trailer: '', suggestedTitle: undefined };
}

const columns = (row: ReviewRow) => [row.number, row.ref, row.source, row.target, row.status, row.comments];

/** The review table as CSV: a spreadsheet opens it; formula-like cells are neutralised. */
export const reviewCsvFormat: Format = {
  id: 'csv',
  name: 'Review table (CSV)',
  extensions: ['csv'],
  mediaTypes: ['text/csv'],
  bilingual: true,
  review: true,
  detect: (bytes) => /^\uFEFF?#,Ref,French,English/u.test(new TextDecoder().decode(bytes.subarray(0, 64))),
  import(bytes) {
    const { text } = decodeText(bytes, ['csv (.csv)']);
    let rows: string[][];
    try {
      rows = readCsv(text);
    } catch (error) {
      throw new InvalidInputError(`The CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const [first, ...rest] = rows;
    const names = (first ?? []).map((cell) => cell.toLowerCase());
    const at = (name: string, fallback: number) => (names.includes(name) ? names.indexOf(name) : fallback);
    const index = { number: at('#', 0), ref: at('ref', 1), source: at('french', 2), target: at('english', 3), status: at('status', 4), comments: at('comments', 5) };
    if (!names.includes('english') || !names.includes('french')) throw new InvalidInputError('This CSV is not a review table: its first row should name the columns #, Ref, French, English, Status, Comments.');
    return toDocument(
      rest.map((cells) => ({
        number: cells[index.number] ?? '',
        ref: cells[index.ref] ?? '',
        source: cells[index.source] ?? '',
        target: cells[index.target] ?? '',
        status: cells[index.status] ?? '',
        comments: cells[index.comments] ?? '',
      })),
      'csv',
    );
  },
  export: (document) => new TextEncoder().encode(`\uFEFF${writeCsv([columns(header), ...rowsOf(document).map(columns)])}`),
};

const reviewMarker = 'visavis-review-table';

const wordParts = {
  contentTypes:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
  rels: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
  custom: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${reviewMarker}"><vt:lpwstr>1</vt:lpwstr></property></Properties>`,
};

/** A cell: its lines as paragraphs, grey and small for the columns not to edit. */
function cell(text: string, width: number, muted = false): string {
  const rPr = muted ? '<w:rPr><w:color w:val="767676"/><w:sz w:val="16"/></w:rPr>' : '';
  const paragraphs = (text === '' ? [''] : text.split('\n')).map((line) => `<w:p>${line === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`}</w:p>`);
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
}

/** The review table as a Word document: one table, its header row repeated on every page. */
export const reviewDocxFormat: Format = {
  id: 'review-docx',
  name: 'Review table (Word)',
  extensions: ['docx'],
  mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  bilingual: true,
  review: true,
  detect: (bytes) => claimsReview(bytes),
  claims: (bytes) => claimsReview(bytes),
  import(bytes) {
    let files;
    try {
      files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' && file.originalSize < 256 * 1024 * 1024 });
    } catch (error) {
      throw new UnsupportedFormatError(`This is not a Word document (.docx): ${error instanceof Error ? error.message : String(error)}.`);
    }
    const xml = files['word/document.xml'];
    if (!xml) throw new UnsupportedFormatError('This zip is not a Word document: it has no word/document.xml.');
    const root = locateXml(strFromU8(xml), 'review table');
    const table = findAll(root, 'w:tbl')[0];
    if (!table) throw new InvalidInputError('This Word document has no review table.');
    const rows = findAll(table, 'w:tr').map((row) => findAll(row, 'w:tc').map(cellText));
    const [first, ...rest] = rows;
    if (!first || first[3]?.trim() !== 'English') throw new InvalidInputError('This Word table is not a review table: its first row should name the columns #, Ref, French, English, Status, Comments.');
    return toDocument(
      rest.map((cells) => ({ number: cells[0] ?? '', ref: cells[1] ?? '', source: cells[2] ?? '', target: cells[3] ?? '', status: cells[4] ?? '', comments: cells[5] ?? '' })),
      'review-docx',
    );
  },
  export(document) {
    const widths = [500, 900, 3800, 3800, 1000, 2000];
    const row = (values: string[], head = false) =>
      `<w:tr>${head ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${values.map((value, i) => cell(value, widths[i]!, i === 1)).join('')}</w:tr>`;
    const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(document.title)}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Edit the English column only; keep {1}…{/1} and {2/} around the words they belong to.</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${[row(columns(header), true), ...rowsOf(document).map((values) => row(columns(values)))].join('')}</w:tbl><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
    return zipSync(
      {
        '[Content_Types].xml': strToU8(wordParts.contentTypes),
        '_rels/.rels': strToU8(wordParts.rels),
        'docProps/custom.xml': strToU8(wordParts.custom),
        'word/document.xml': strToU8(body),
      },
      { level: 6 },
    ) as Uint8Array<ArrayBuffer>;
  },
};

function claimsReview(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'docProps/custom.xml' && file.originalSize < 1024 * 1024 });
    const custom = files['docProps/custom.xml'];
    return custom !== undefined && strFromU8(custom).includes(reviewMarker);
  } catch {
    return false;
  }
}

function findAll(element: LocatedElement, name: string): LocatedElement[] {
  const found: LocatedElement[] = [];
  for (const child of element.children) {
    if (!isLocatedElement(child)) continue;
    if (child.name === name) found.push(child);
    else if (child.name !== 'w:tbl' || name === 'w:tbl') found.push(...findAll(child, name));
  }
  return found;
}

/** A cell's text: its paragraphs as lines. */
function cellText(tc: LocatedElement): string {
  return findAll(tc, 'w:p')
    .map((p) => findAll(p, 'w:t').map((t) => t.children.map((child) => ('text' in child ? child.text : '')).join('')).join(''))
    .join('\n');
}
