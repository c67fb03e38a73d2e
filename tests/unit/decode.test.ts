import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../src/domain/errors';
import { decodeText } from '../../src/formats/_lib/decode';

const french = 'L’été à Noël : « Ça coûte 5 € », dit l’œnologue.';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(french))).toEqual({ text: french, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and removes it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(french)]);
    expect(decodeText(bytes)).toEqual({ text: french, encoding: 'utf-8', bom: true });
  });

  it('detects and converts a Windows-1252 file, keeping ’ « » € œ', () => {
    const decoded = decodeText(iconv.encode(`${french}\r\nDeuxième ligne accentuée : é è ê à ç.`, 'windows-1252'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(`${french}\r\nDeuxième ligne accentuée : é è ê à ç.`);
  });

  it('reads a Latin-1 file without mangling accents', () => {
    const text = 'Les élèves français étudient à l’école.'.replace('’', "'");
    expect(decodeText(iconv.encode(text, 'latin1')).text).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = iconv.encode(french, 'utf-16le', { addBOM: true });
    expect(decodeText(bytes).text).toBe(french);
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(UnsupportedFormatError);
    expect(() => decodeText(png)).toThrow('The file is binary, not text.');
  });
});
