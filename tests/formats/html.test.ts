import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/errors';
import { htmlFormat } from '../../src/formats/html';
import { mdFormat } from '../../src/formats/md';
import { txtFormat } from '../../src/formats/txt';
import { convert, describeFormat, translationOf } from './describe-format';

const article = readFileSync(new URL('../fixtures/article-fr.html', import.meta.url), 'utf8');
const read = (text: string) => htmlFormat.import(new TextEncoder().encode(text));

describeFormat(htmlFormat, {
  'news article': article,
  'fragment without a document': '<p>Un <b>paragraphe</b>.</p>\n<p>Un autre&hellip;</p>\n',
  'CRLF page': '<html lang="fr">\r\n<body>\r\n<h1>Titre</h1>\r\n<p>Texte\r\n sur deux lignes.</p>\r\n</body>\r\n</html>\r\n',
});

describe('HTML import', () => {
  const { segments, suggestedTitle } = read(article);
  const pairs = segments.map((segment) => [segment.kind, segment.source]);

  it('makes a segment of every block, the title and the translatable attributes, in document order', () => {
    expect(pairs).toEqual([
      ['meta', 'Pontlevoy : la médiathèque rouvre ses portes'],
      ['meta', 'Après deux ans de travaux, la médiathèque accueille à nouveau le public.'],
      ['meta', 'La médiathèque rouvre'],
      ['meta', 'Rubriques'],
      ['list-item', '<pc id="1">Culture</pc>'],
      ['list-item', '<pc id="1">Loisirs</pc>'],
      ['heading', 'La médiathèque de Pontlevoy rouvre après <pc id="1">deux ans</pc> de travaux'],
      ['paragraph', 'Le bâtiment, entièrement rénové, accueille le public dès <pc id="1">samedi 14\u00a0mars</pc>.'],
      [
        'paragraph',
        '« Nous avons voulu un lieu ouvert », explique la directrice, Claire Martin, sur le site de la <pc id="1">mairie</pc>.<ph id="2"/> Les horaires restent inchangés\u00a0: du mardi au samedi.',
      ],
      // The title of the link in the paragraph above: a segment of its own, linked to it.
      ['meta', 'Site de la mairie'],
      ['meta', 'La façade rénovée de la médiathèque'],
      ['caption', 'La nouvelle façade (Photo\u00a0: J. Durand).'],
      ['quote', 'Chaque lecteur y trouvera sa place.'],
      ['table-cell', 'Jour'],
      ['table-cell', 'Horaires'],
      ['table-cell', 'Mardi'],
      ['table-cell', '10 h – 18 h'],
      ['paragraph', 'Le code d’accès au Wi-Fi est <ph id="1"/>, et le réseau s’appelle <ph id="2"/>.'],
      ['paragraph', '© 2026 La Gazette du Cher & du Loir'],
    ]);
    expect(suggestedTitle).toBe('Pontlevoy : la médiathèque rouvre ses portes');
  });

  it('keeps scripts, styles, preformatted text, code and translate="no" out of the segments', () => {
    const all = segments.map((segment) => segment.source).join('\n');
    for (const hidden of ['dataLayer', 'Georgia', 'Horaires : 10 h - 18 h', 'MEDIA-2026', 'Pontlevoy Libre', 'width=device-width']) expect(all).not.toContain(hidden);
    const wifi = segments.find((segment) => segment.source.startsWith('Le code'))!;
    expect(wifi.codes?.map((code) => [code.kind, code.open])).toEqual([
      ['code', '<code>MEDIA-2026</code>'],
      ['span', '<span translate="no">Pontlevoy Libre</span>'],
    ]);
  });

  it('makes inline elements codes with their tags as markup, and a line break a droppable code', () => {
    const quote = segments[8]!;
    expect(quote.codes).toEqual([
      { id: '1', type: 'paired', kind: 'link', open: '<a href="https://ville.example/mairie" title="Site de la mairie">', close: '</a>', droppable: true },
      { id: '2', type: 'standalone', kind: 'break', open: '<br>', droppable: true },
    ]);
  });

  it('counts a link wrapping blocks as a container, not a code', () => {
    const [title, text] = read('<a href="/x"><h2>Un titre</h2><p>Un texte.</p></a>').segments;
    expect([title?.kind, title?.source, text?.source]).toEqual(['heading', 'Un titre', 'Un texte.']);
  });

  it('refuses markup nested deeper than any article, with a reason', () => {
    const deep = `${'<div>'.repeat(2000)}texte${'</div>'.repeat(2000)}`;
    expect(() => read(deep)).toThrow(InvalidInputError);
    expect(() => read(deep)).toThrow(/nested more than 500 levels/u);
  });

  it('recognises a page by its content', () => {
    expect(htmlFormat.detect(new TextEncoder().encode('  <!DOCTYPE html><p>x</p>'))).toBe(true);
    expect(htmlFormat.detect(new TextEncoder().encode('Un texte simple.\n'))).toBe(false);
  });
});

describe('HTML export', () => {
  const { segments } = read(article);
  const english = segments.map((segment) => segment.source);
  const set = (index: number, text: string) => {
    english[index] = text;
  };
  set(0, 'Pontlevoy: the media library reopens');
  set(1, 'After two years of works, the library welcomes the public "again" & more.');
  set(6, 'The Pontlevoy media library reopens after <pc id="1">two years</pc> of works');
  set(8, '"We wanted an open place," says the director, Claire Martin, on the <pc id="1">town hall</pc>\'s website.<ph id="2"/>Opening hours are unchanged: &lt;b&gt;Tuesday&lt;/b&gt; to Saturday.');
  set(10, 'The renovated façade of the "library"');
  set(17, 'The Wi-Fi code is <ph id="1"/>; the network is called <ph id="2"/>.');
  const out = convert(htmlFormat, htmlFormat, article, english);

  it('writes the English where the French was, with the codes\' tags around the words', () => {
    expect(out).toContain('<title>Pontlevoy: the media library reopens</title>');
    expect(out).toContain('<h1>The Pontlevoy media library reopens after <em>two years</em> of works</h1>');
    expect(out).toContain(
      '<p>"We wanted an open place," says the director, Claire Martin, on the <a href="https://ville.example/mairie" title="Site de la mairie">town hall</a>\'s website.<br>Opening hours are unchanged: &lt;b&gt;Tuesday&lt;/b&gt; to Saturday.</p>',
    );
    expect(out).toContain('<p>The Wi-Fi code is <code>MEDIA-2026</code>; the network is called <span translate="no">Pontlevoy Libre</span>.</p>');
  });

  it('escapes attribute values and keeps everything around them', () => {
    expect(out).toContain('<meta name="description" content="After two years of works, the library welcomes the public &quot;again&quot; &amp; more.">');
    expect(out).toContain('<img src="/photos/mediatheque.jpg" alt="The renovated façade of the &quot;library&quot;">');
  });

  it('keeps scripts, styles, comments, entities of untranslated text and whitespace, and says the page is English', () => {
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('<script>window.dataLayer = [{ page: "médiathèque" }];</script>');
    expect(out).toContain('    <!-- Paragraphe relu par la rédaction -->\n');
    expect(out).toContain('<figcaption>La nouvelle façade (Photo&nbsp;: J. Durand).</figcaption>');
    expect(out).toContain('<pre>Horaires : 10 h - 18 h</pre>');
  });

  it('gives a page a browser reads with the same structure', () => {
    const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, 'gu')) ?? []).length;
    for (const tag of ['p', 'li', 'td', 'th', 'figure', 'a', 'em', 'br']) expect(count(out, tag)).toBe(count(article, tag));
    expect(() => parse(out)).not.toThrow();
    expect(read(out).segments.length).toBe(segments.length);
  });

  it('exports an untouched page byte for byte, lang="fr" included', () => {
    expect(convert(htmlFormat, htmlFormat, article)).toBe(article);
  });

  it('keeps a page that declared another encoding in it, its declaration as it was (tests/formats/encodings.test.ts)', () => {
    const latin = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body><p>Caf'), 0xe9, ...new TextEncoder().encode(' cr\u0000'.slice(0, 3)), ...new TextEncoder().encode('</p></body></html>')]);
    const document = htmlFormat.import(latin);
    expect(document.segments[0]?.source).toBe('Café cr');
    expect(htmlFormat.export(translationOf(document))).toEqual(latin);
    // Written in UTF-8 (its source's encoding not given), it says UTF-8.
    const bytes = htmlFormat.export({ ...translationOf(document), encoding: undefined });
    expect(new TextDecoder().decode(bytes)).toBe('<html><head><meta charset="utf-8"></head><body><p>Café cr</p></body></html>');
  });

  it('turns a Markdown or plain-text document into a simple page, and a page into Markdown and text', () => {
    expect(convert(txtFormat, htmlFormat, 'Titre\n\nUn <texte> & plus.\n')).toContain('<h1>Titre</h1>\n<p>Un &lt;texte&gt; &amp; plus.</p>');
    expect(convert(htmlFormat, mdFormat, '<h1>Titre</h1><p>Le <b>maire</b> a dit *oui*.</p>')).toBe('# Titre\n\nLe maire a dit \\*oui\\*.\n');
    expect(convert(htmlFormat, txtFormat, '<h1>Titre</h1><p>Ligne<br>suivante.</p>')).toBe('Titre\n\nLigne\nsuivante.\n');
  });
});
