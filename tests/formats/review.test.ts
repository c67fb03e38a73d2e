import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fromBraces, toBraces } from '../../src/domain/inline';
import { mdFormat } from '../../src/formats/md';
import { formatForUpload } from '../../src/formats/registry';
import { reviewCsvFormat, reviewDocxFormat } from '../../src/formats/review';
import { tmxFormat } from '../../src/formats/tmx';
import { describeFormat, translationOf } from './describe-format';

const csv = '\uFEFF#,Ref,French,English,Status,Comments\n1,7:2,Le {1}maire{/1} parle.,The {1}mayor{/1} speaks.,translated,\n2,8:1,La séance est levée.,,new,camille: à revoir\n';
const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>maire<ept i="1">&lt;/b&gt;</ept> parle.</seg></tuv><tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>mayor<ept i="1">&lt;/b&gt;</ept> speaks.</seg></tuv></tu>
<tu><prop type="x-quality">approved</prop><tuv xml:lang="fr-FR"><seg>Fin.</seg></tuv><tuv xml:lang="en-US"><seg>End.</seg></tuv></tu></body></tmx>`;

describeFormat(reviewCsvFormat, { 'review table': csv });
describeFormat(tmxFormat, { 'memory with inline codes': tmx });

const markdown = mdFormat.import(new TextEncoder().encode('Le **maire** parle[^1].\n\nLa séance est levée.\n\n[^1]: Note.\n'));
const target = translationOf(markdown, ['The <pc id="1">mayor</pc> speaks<ph id="2"/>.']);
target.segments[1] = { ...target.segments[1]!, notes: ['camille: à revoir'] };

/**
 * The review table as a reviewer saves it from Word: the English typed into the empty cell, the
 * edited cell's text split into several runs (revision ids, a spelling mark), as Word writes it.
 */
function editedInWord(table: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts = unzipSync(table);
  const xml = strFromU8(parts['word/document.xml']!)
    .replace('<w:r><w:t xml:space="preserve">The {1}mayor{/1} speaks{2/}.</w:t></w:r>', '<w:r w:rsidR="00C41A2B"><w:t xml:space="preserve">The {1}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00C41A2B"><w:t>mayor</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r w:rsidR="00C41A2B"><w:t xml:space="preserve">{/1} speaks{2/}.</w:t></w:r>')
    .replace(/(<w:t xml:space="preserve">La séance est levée\.<\/w:t><\/w:r><\/w:p><\/w:tc><w:tc><w:tcPr>[^]*?<\/w:tcPr>)<w:p><\/w:p>/u, '$1<w:p w:rsidR="00C41A2B"><w:r w:rsidRPr="00C41A2B"><w:t>The meeting is closed.</w:t></w:r></w:p>');
  parts['word/document.xml'] = strToU8(xml);
  return zipSync(parts) as Uint8Array<ArrayBuffer>;
}

const reviewTable = reviewDocxFormat.export(target);
const reviewed = editedInWord(reviewTable);
describeFormat(reviewDocxFormat, { 'review table as exported': reviewTable, 'review table edited in Word': reviewed });

describe('codes in braces, for people outside the workbench', () => {
  const codes = markdown.segments[0]!.codes!;
  it('writes {1}…{/1} and {2/}, and reads them back as the codes of the segment', () => {
    expect(toBraces('Le <pc id="1">maire</pc> &amp; moi<ph id="2"/>', codes)).toBe('Le {1}maire{/1} & moi{2/}');
    expect(fromBraces('The {1}mayor{/1} & I{2/}', codes)).toBe('The <pc id="1">mayor</pc> &amp; I<ph id="2"/>');
  });
  it('keeps braces that name no code as text, and the words when the codes do not fit', () => {
    expect(fromBraces('{9} and {x}{2/}', codes)).toBe('{9} and {x}<ph id="2"/>');
    expect(fromBraces('The {/1}mayor{1}', codes)).toBe('The mayor');
  });
});

describe('the review table', () => {
  it('as CSV: number, ref, French, English, status and comments, codes in braces', () => {
    const bytes = reviewCsvFormat.export(target);
    // A byte-order mark, so that spreadsheets read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('#,Ref,French,English,Status,Comments\n1,1:1,Le {1}maire{/1} parle{2/}.,The {1}mayor{/1} speaks{2/}.,translated,\n2,2:1,La séance est levée.,,new,camille: à revoir\n3,3:1,Note.,,new,\n');
  });

  it('as a Word table that Word readers show, and that is read back as a review table, not a document', async () => {
    const bytes = reviewDocxFormat.export(target);
    const page = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(page).toContain('<th><p>French</p></th><th><p>English</p></th>');
    expect(page).toContain('<td><p>The {1}mayor{/1} speaks{2/}.</p></td>');
    expect(formatForUpload({ filename: 'relecture.docx' }, bytes).id).toBe('review-docx');
    const back = reviewDocxFormat.import(bytes);
    expect(back.segments.map((segment) => [segment.translation?.target, segment.translation?.status, segment.translation?.segmentId])).toEqual([
      ['The {1}mayor{/1} speaks{2/}.', 'translated', 1],
      ['', 'new', 2],
      ['', 'new', 3],
    ]);
  });

  it('reads a table saved by Word: the runs of a cell joined, the English typed into an empty cell taken', () => {
    expect(reviewDocxFormat.import(reviewed).segments.map((segment) => segment.translation?.target)).toEqual(['The {1}mayor{/1} speaks{2/}.', 'The meeting is closed.', '']);
  });

  it('refuses a Word document without a review table, and a CSV without its columns', () => {
    const plain = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>') });
    expect(() => reviewDocxFormat.import(plain)).toThrow(/no review table/u);
    expect(() => reviewCsvFormat.import(new TextEncoder().encode('source,target\nmaire,mayor\n'))).toThrow(/not a review table/u);
    expect(unzipSync(reviewDocxFormat.export(target))['docProps/custom.xml']).toBeDefined();
  });
});
