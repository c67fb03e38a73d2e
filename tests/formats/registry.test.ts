import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../src/domain/errors';
import { formatFor, supportedFormatsList } from '../../src/formats/registry';

describe('formatFor', () => {
  it('finds a format by id, extension or media type', () => {
    expect(formatFor({ format: 'MD' }).id).toBe('md');
    expect(formatFor({ filename: 'Article Été.TXT' }).id).toBe('txt');
    expect(formatFor({ filename: 'notes.markdown' }).id).toBe('md');
    expect(formatFor({ mediaType: 'text/markdown; charset=utf-8' }).id).toBe('md');
  });

  it('refuses an unknown extension and lists the supported formats for messages', () => {
    expect(() => formatFor({ filename: 'rapport.pdf' })).toThrow(UnsupportedFormatError);
    expect(() => formatFor({ filename: 'rapport.pdf' })).toThrow('Files ending in .pdf are not supported.');
    expect(supportedFormatsList()).toEqual(['docx (.docx)', 'xliff (.xlf, .xliff)', 'xliff2 (.xlf2)', 'tmx (.tmx)', 'review-docx (.docx)', 'csv (.csv)', 'html (.html, .htm, .xhtml)', 'srt (.srt)', 'vtt (.vtt)', 'md (.md, .markdown)', 'txt (.txt, .text)']);
  });

  it('refuses a file name without extension', () => {
    expect(() => formatFor({ filename: 'LISEZMOI' })).toThrow(/no extension/u);
  });
});
