import { describe, expect, it } from 'vitest';
import { InvalidInputError, UnsupportedFormatError } from '../../src/domain/errors';
import { buildTmx, parseTmx } from '../../src/formats/tmx';

const tmx = (body: string) =>
  new TextEncoder().encode(`<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${body}</body></tmx>`);
const tu = (fr: string, en: string) => `<tu><tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`;

describe('TMX inline markup', () => {
  it('reads <bpt>/<ept>, <ph> and <it> as codes holding their markup, the English placing the same ones', () => {
    const { units } = parseTmx(
      tmx(tu('Le <bpt i="1">&lt;b&gt;</bpt>maire<ept i="1">&lt;/b&gt;</ept> parle<ph x="2">&lt;br/&gt;</ph><hi>ici</hi>.', 'The <bpt i="1">&lt;b&gt;</bpt>mayor<ept i="1">&lt;/b&gt;</ept> speaks<ph x="2">&lt;br/&gt;</ph>here.')),
    );
    expect(units[0]).toMatchObject({
      source: 'Le <pc id="1">maire</pc> parle<ph id="2"/>ici.',
      target: 'The <pc id="1">mayor</pc> speaks<ph id="2"/>here.',
      codes: [
        { id: '1', type: 'paired', open: '<b>', close: '</b>' },
        { id: '2', type: 'standalone', open: '<br/>' },
      ],
    });
  });

  it('makes a pair whose other half is in another segment a standalone code', () => {
    const { units } = parseTmx(tmx(tu('Début <bpt i="3">&lt;i&gt;</bpt>ouvert', 'Start <bpt i="3">&lt;i&gt;</bpt>open')));
    expect(units[0]).toMatchObject({ source: 'Début <ph id="1"/>ouvert', target: 'Start <ph id="1"/>open', codes: [{ id: '1', type: 'standalone', open: '<i>' }] });
  });

  it('writes codes back as TMX inline elements, read again alike', () => {
    const units = [{ source: 'Le <pc id="1">maire</pc> &amp; moi<ph id="2"/>', target: 'The <pc id="1">mayor</pc> &amp; I<ph id="2"/>', codes: [{ id: '1', type: 'paired' as const, kind: 'bold' as const, open: '**', close: '**', droppable: true }, { id: '2', type: 'standalone' as const, kind: 'footnote' as const, open: '[^1]', droppable: false }] }];
    const xml = buildTmx({ sourceLang: 'fr-FR', targetLang: 'en-US', units });
    expect(xml).toContain('<seg>Le <bpt i="1">**</bpt>maire<ept i="1">**</ept> &amp; moi<ph x="2">[^1]</ph></seg>');
    const [read] = parseTmx(new TextEncoder().encode(xml)).units;
    expect([read?.source, read?.target]).toEqual([units[0]!.source, units[0]!.target]);
  });

  it('refuses entity declarations, and what is not TMX', () => {
    expect(() => parseTmx(new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx><body/></tmx>'))).toThrow(InvalidInputError);
    expect(() => parseTmx(new TextEncoder().encode('<html><body>non</body></html>'))).toThrow(UnsupportedFormatError);
    expect(() => parseTmx(new TextEncoder().encode('<tmx><body><tu>'))).toThrow(UnsupportedFormatError);
  });
});
