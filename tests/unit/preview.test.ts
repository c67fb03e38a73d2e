import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../../src/formats/document-work';
import { previewWork } from '../../src/formats/preview';
import { formatFor } from '../../src/formats/registry';

/** A document read by its format, as rows an export reads, with some targets filled. */
function rowsOf(format: string, text: string, targets: Record<number, string> = {}): { rows: ExportRow[]; trailer: string } {
  const read = formatFor({ format }).import(new TextEncoder().encode(text));
  const rows = read.segments.map((segment, i) => ({
    id: i + 1,
    version: 1,
    key: null,
    kind: segment.kind,
    prefix: segment.before,
    source: segment.source,
    joins: segment.joins,
    codes: segment.codes ?? [],
    original: segment.original ?? null,
    target: targets[i + 1] ?? '',
    status: targets[i + 1] ? ('translated' as const) : ('new' as const),
  }));
  return { rows, trailer: read.trailer };
}

function preview(format: string, text: string, targets: Record<number, string> = {}): string {
  const { rows, trailer } = rowsOf(format, text, targets);
  return previewWork({ document: { id: 1, title: 'Essai', targetLang: 'en-US', sourceFormat: format, inlineCodes: true, trailer }, segments: rows });
}

describe('the preview page', () => {
  it('wraps a segment around its codes in a web page, the markup of the English kept', () => {
    const html = preview('html', '<p>Un <b>mot</b> fort.</p><p>Rien.</p>', { 1: 'A <pc id="1">strong</pc> word.' });
    expect(html).toContain('<p><span data-vv-segment="1">A <b>strong</b> word.</span></p>');
    expect(html).toContain('<p><span data-vv-segment="2" class="vv-untranslated" lang="fr">Rien.</span></p>');
  });

  it('takes the private-use characters out of the words, so no text can fake a wrapper', () => {
    const html = preview('txt', 'Un texte \uE000\uE011\uE003 piégé.');
    expect(html).toContain('<span data-vv-segment="1" class="vv-untranslated" lang="fr">Un texte  piégé.</span>');
    const page = preview('html', '<p>Un texte \uE001\uE012 piégé.</p>');
    expect(page.match(/data-vv-segment=/gu)).toHaveLength(1);
    expect(page).toContain('<span data-vv-segment="1" class="vv-untranslated" lang="fr">Un texte  piégé.</span>');
  });

  it('draws a quotation, a list and headings of plain text by their kinds, words escaped', () => {
    const html = preview('md', '# Titre\n\n- Un <élément>\n- Deux & trois\n\n> Une citation.\n', { 1: 'Title' });
    expect(html).toContain('<h1><span data-vv-segment="1">Title</span></h1>');
    expect(html).toMatch(/<li><span data-vv-segment="2" class="vv-untranslated" lang="fr">Un &lt;élément&gt;<\/span><\/li>/u);
    expect(html).toContain('Deux &amp; trois');
    expect(html).toContain('<blockquote><p><span data-vv-segment="4" class="vv-untranslated" lang="fr">Une citation.</span></p></blockquote>');
  });

  it('keeps an attribute’s segment out of the attribute, and an image as a box with its words', () => {
    const html = preview('html', '<p>Voir <img src="a.png" alt="La façade"> ici.</p>', { 2: 'The front' });
    expect(html).not.toMatch(/alt="[^"]*[\uE000-\uE01F]/u);
    expect(html).toMatch(/<span class="vv-image" role="img" aria-label="The front"><span data-vv-segment="2">The front<\/span><\/span>/u);
  });
});
