import { describe, expect, it } from 'vitest';
import { InvalidInlineCodesError } from '../../src/domain/errors';
import {
  adoptCodes,
  checkTarget,
  checkTokens,
  codeGaps,
  type CodeWriter,
  type InlineCode,
  missingCodes,
  parseMarkup,
  plainText,
  renderTokens,
  serializeMarkup,
  tokensOf,
} from '../../src/domain/inline';

const bold: InlineCode = { id: '1', type: 'paired', kind: 'bold', open: '**', close: '**', droppable: true };
const link: InlineCode = { id: '2', type: 'paired', kind: 'link', open: '[', close: '](https://lemonde.fr)', droppable: true };
const note: InlineCode = { id: '3', type: 'standalone', kind: 'footnote', open: '[^1]', droppable: false };
const lineBreak: InlineCode = { id: '4', type: 'standalone', kind: 'break', open: '\\\n', droppable: false };
const codes = [bold, link, note, lineBreak];

const markdown: CodeWriter = {
  text: (text) => text.replace(/[*_[\]]/gu, '\\$&'),
  open: (code) => code.open,
  close: (code) => code.close ?? '',
  standalone: (code) => code.open,
};

describe('the inline markup of the API', () => {
  it('reads paired and standalone codes with the text between them', () => {
    expect(parseMarkup('Le <pc id="1">maire</pc> a dit<ph id="3"/>.')).toEqual([
      { type: 'text', text: 'Le ' },
      { type: 'open', id: '1' },
      { type: 'text', text: 'maire' },
      { type: 'close', id: '1' },
      { type: 'text', text: ' a dit' },
      { type: 'standalone', id: '3' },
      { type: 'text', text: '.' },
    ]);
  });

  it('reads entities and gives a close the id of the code it closes', () => {
    const tokens = parseMarkup(`<pc id='1'>a &lt; b &amp;&#233;&#xE9;</pc> AT&T >`);
    expect(tokens).toEqual([
      { type: 'open', id: '1' },
      { type: 'text', text: 'a < b &éé' },
      { type: 'close', id: '1' },
      { type: 'text', text: ' AT&T >' },
    ]);
  });

  it('writes what it reads, with < and & in the text escaped', () => {
    const markup = 'x &lt; y &amp; z<pc id="1">gras</pc><ph id="3"/>';
    expect(serializeMarkup(parseMarkup(markup))).toBe(markup);
    expect(serializeMarkup([{ type: 'text', text: '<b>' }])).toBe('&lt;b&gt;');
  });

  it.each([
    ['a < b', /Unexpected "<" at character 3/u],
    ['<b>gras</b>', /Unexpected "<"/u],
    ['<pc id="1">gras', /Code 1 is opened but never closed/u],
    ['gras</pc>', /closes no code/u],
    ['<pc>gras</pc>', /is not a code/u],
    ['<pc id="1"/>', /a paired code wraps words/u],
    ['<ph id="3">', /standalone code is written <ph id="3"\/>/u],
    ['<pc id="a b">x</pc>', /is not a code/u],
  ])('refuses %j with a reason', (markup, reason) => {
    expect(() => parseMarkup(markup)).toThrow(InvalidInlineCodesError);
    expect(() => parseMarkup(markup)).toThrow(reason);
  });
});

describe('a target checked against its source codes', () => {
  it('accepts codes moved around other words, and codes omitted', () => {
    expect(() => checkTarget('The <pc id="2">mayor</pc> <pc id="1">said</pc>', codes)).not.toThrow();
    expect(() => checkTarget('The mayor said.', codes)).not.toThrow();
  });

  it.each([
    ['<pc id="9">mayor</pc>', /no code 9 \(its codes: 1, 2, 3, 4\)/u],
    ['<ph id="3"/> and <ph id="3"/>', /Code 3 appears twice/u],
    ['<pc id="1">a</pc> <pc id="1">b</pc>', /Code 1 appears twice/u],
    ['<ph id="1"/>', /Code 1 wraps words/u],
    ['<pc id="3">x</pc>', /Code 3 stands alone/u],
  ])('refuses %j', (target, reason) => {
    expect(() => checkTarget(target, codes)).toThrow(reason);
  });

  it('refuses crossed and split pairs given as tokens (as the editor builds them)', () => {
    expect(() =>
      checkTokens(
        [
          { type: 'open', id: '1' },
          { type: 'open', id: '2' },
          { type: 'close', id: '1' },
          { type: 'close', id: '2' },
        ],
        codes,
      ),
    ).toThrow('Codes 2 and 1 cross');
    expect(() => checkTokens([{ type: 'close', id: '1' }, { type: 'open', id: '1' }], codes)).toThrow('closed before it is opened');
    expect(() => checkTokens([{ type: 'open', id: '1' }], codes)).toThrow('never closed');
  });

  it('takes any text for a plain source, < and & included', () => {
    expect(tokensOf('a < b & <pc>', [])).toEqual([{ type: 'text', text: 'a < b & <pc>' }]);
    expect(() => checkTarget('<b>x</b>', [])).not.toThrow();
  });

  it('lists the codes a target has not placed yet, in source order', () => {
    expect(missingCodes(checkTarget('<ph id="3"/><pc id="1">x</pc>', codes), codes).map((code) => code.id)).toEqual(['2', '4']);
  });

  it('tells a half-placed pair from an absent code, and which side the half lacks', () => {
    const open = codeGaps([{ type: 'open', id: '1' }, { type: 'text', text: 'Paris' }, { type: 'standalone', id: '3' }], codes);
    expect(open.absent.map((code) => code.id)).toEqual(['2', '4']);
    expect(open.halves.map((half) => [half.code.id, half.lacks])).toEqual([['1', 'close']]);
    const close = codeGaps([{ type: 'text', text: 'Paris' }, { type: 'close', id: '2' }], codes);
    expect(close.halves.map((half) => [half.code.id, half.lacks])).toEqual([['2', 'open']]);
    expect(close.absent.map((code) => code.id)).toEqual(['1', '3', '4']);
  });

  it('finds no gap in a target that places every code, and ignores codes the source lacks', () => {
    const whole = codeGaps(checkTarget('<pc id="2"><pc id="1">x</pc></pc><ph id="3"/><ph id="4"/>', codes), codes);
    expect(whole).toEqual({ absent: [], halves: [] });
    expect(codeGaps([{ type: 'open', id: '9' }], [bold]).absent).toEqual([bold]);
  });
});

describe('the words without the codes', () => {
  it('keeps the text, and a line break as a space between words', () => {
    expect(plainText('<pc id="1">Paris</pc>&amp;Lyon<ph id="3"/>', codes)).toBe('Paris&Lyon');
    expect(plainText('Bonjour<ph id="4"/>Madame', codes)).toBe('Bonjour Madame');
    expect(plainText('a < b', [])).toBe('a < b');
  });
});

describe('a target written back in its format', () => {
  it('puts the markup around the words the translator placed the codes around', () => {
    const tokens = checkTarget('The <pc id="2"><pc id="1">mayor</pc></pc> said<ph id="3"/><ph id="4"/>so', codes);
    expect(renderTokens(tokens, codes, markdown)).toBe('The [**mayor**](https://lemonde.fr) said[^1]\\\nso');
  });

  it('leaves out dropped formatting but writes a missing footnote reference at the end', () => {
    const tokens = checkTarget('The mayor [sic] said', codes);
    expect(renderTokens(tokens, codes, markdown)).toBe('The mayor \\[sic\\] said[^1]\\\n');
  });
});

describe('codes given to a text translated without them', () => {
  const memoryCodes: InlineCode[] = [{ ...bold, id: '7' }];
  it('renumbers codes of the same shape to the current source', () => {
    expect(adoptCodes('<pc id="7">Paris</pc> wins', memoryCodes, [bold])).toBe('<pc id="1">Paris</pc> wins');
  });
  it('keeps only the words when the shapes differ, escaped for the markup', () => {
    expect(adoptCodes('<pc id="7">A</pc> &lt; B', memoryCodes, [note])).toBe('A &lt; B');
    expect(adoptCodes('a < b', [], [bold])).toBe('a &lt; b');
    expect(adoptCodes('<pc id="7">A</pc>', memoryCodes, [])).toBe('A');
  });
});
