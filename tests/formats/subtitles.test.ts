import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/domain/inline';
import { inlineCodes } from '../../src/domain/qa/checks/inline-codes';
import { htmlFormat } from '../../src/formats/html';
import { srtFormat, vttFormat } from '../../src/formats/subtitles';
import { convert, describeFormat, translationOf } from './describe-format';

const srt = '1\r\n00:00:01,000 --> 00:00:04,200\r\nLe maire de Pontlevoy\r\na inauguré la médiathèque.\r\n\r\n2\r\n00:00:04,500 --> 00:00:07,000\r\n<i>« Un lieu ouvert à tous »</i>\r\n\r\n3\r\n00:00:07,100 --> 00:00:08,000\r\n♪\r\n';
const vtt = 'WEBVTT - Reportage\n\nNOTE Relu par la rédaction\n\nSTYLE\n::cue { color: yellow }\n\nintro\n00:01.000 --> 00:04.000 line:90%\n<v Claire Martin>Nous avons voulu\nun lieu ouvert.\n\n00:04.500 --> 00:06.000\nMerci à <b>tous</b> !\n';

describeFormat(srtFormat, { 'news report subtitles (CRLF)': srt });
describeFormat(vttFormat, { 'WebVTT with notes, style and cue settings': vtt });

describe('subtitles', () => {
  it('makes each cue a segment, its line breaks line-break codes, numbers and timings protected', () => {
    const { segments } = srtFormat.import(new TextEncoder().encode(srt));
    expect(segments.map((segment) => segment.source)).toEqual(['Le maire de Pontlevoy<ph id="1"/>a inauguré la médiathèque.', '<pc id="1">« Un lieu ouvert à tous »</pc>']);
    expect(segments[0]?.codes).toEqual([{ id: '1', type: 'standalone', kind: 'break', open: '\r\n', droppable: true }]);
    expect(plainText(segments[0]!.source, segments[0]!.codes!)).toBe('Le maire de Pontlevoy a inauguré la médiathèque.');
    expect(segments[1]?.codes?.[0]).toMatchObject({ kind: 'italic', open: '<i>', close: '</i>' });
    expect(segments[0]?.before).toBe('1\r\n00:00:01,000 --> 00:00:04,200\r\n');
  });

  it('writes the English in place, wrapped at 42 characters, timings and settings untouched', () => {
    const out = convert(srtFormat, srtFormat, srt, ['The mayor of Pontlevoy opened the new media library yesterday.', '<pc id="1">"A place open to everyone"</pc>']);
    expect(out).toBe('1\r\n00:00:01,000 --> 00:00:04,200\r\nThe mayor of Pontlevoy opened the new\r\nmedia library yesterday.\r\n\r\n2\r\n00:00:04,500 --> 00:00:07,000\r\n<i>"A place open to everyone"</i>\r\n\r\n3\r\n00:00:07,100 --> 00:00:08,000\r\n♪\r\n');
  });

  it('keeps WebVTT headers, notes, styles, cue identifiers and settings out of the text; a voice tag is a code', () => {
    const { segments } = vttFormat.import(new TextEncoder().encode(vtt));
    expect(segments.map((segment) => segment.source)).toEqual(['<ph id="1"/>Nous avons voulu<ph id="2"/>un lieu ouvert.', 'Merci à <pc id="1">tous</pc> !']);
    const out = convert(vttFormat, vttFormat, vtt, ['<ph id="1"/>We wanted an open place.', 'Thanks to <pc id="1">everyone</pc>!']);
    expect(out).toContain('intro\n00:01.000 --> 00:04.000 line:90%\n<v Claire Martin>We wanted an open place.\n');
    expect(out).toContain('STYLE\n::cue { color: yellow }');
  });
});

describe('subtitle exports write a translator’s text as text', () => {
  const cue = (text: string) => `1\n00:00:01,000 --> 00:00:04,000\n${text}\n`;
  const vttCue = (text: string) => `WEBVTT\n\n00:01.000 --> 00:04.000\n${text}\n`;
  const srtOut = (source: string, target: string) => convert(srtFormat, srtFormat, cue(source), [target]);
  const vttOut = (source: string, target: string) => convert(vttFormat, vttFormat, vttCue(source), [target]);

  it.each([
    ['<script>alert(1)</script>', '‹script›alert(1)‹/script›'],
    ['<img src=x onerror=alert(1)>', '‹img src=x onerror=alert(1)›'],
    ['<font color=red onclick=x>red</font>', '‹font color=red onclick=x›red</font>'],
    ['<!-- x --> <?php ?>', '‹!-- x --› ‹?php ?›'],
    ['<svg/onload=alert(1)', '‹svg/onload=alert(1)'],
    ['Less than 5 < 10 & more > 2', 'Less than 5 < 10 & more > 2'],
    ['a --> b', 'a --› b'],
  ])('SubRip: neutralises %j as %j', (target, written) => {
    expect(srtOut('Le maire parle.', target)).toBe(cue(written));
  });

  it('SubRip: keeps the tags its players support, the source’s codes and those typed', () => {
    expect(srtOut('<i>« Un lieu ouvert à tous »</i>', '<pc id="1">"A place open to all"</pc> &lt;b&gt;now&lt;/b&gt;')).toBe(cue('<i>"A place open to all"</i> <b>now</b>'));
    expect(srtOut('<font color="#ffff00">Attention</font>', '<pc id="1">Warning</pc>')).toBe(cue('<font color="#ffff00">Warning</font>'));
    expect(srtOut('Le maire parle.', '<u>The</u> <font color=red>mayor</font> <s>talks</s>')).toBe(cue('<u>The</u> <font color=red>mayor</font> <s>talks</s>'));
  });

  it('SubRip: a tag started before a code is neutralised too', () => {
    expect(srtOut('<i>« Un lieu ouvert à tous »</i>', '&lt;img src=x onerror=alert(1) <pc id="1">everyone</pc>')).toBe(cue('‹img src=x onerror=alert(1) <i>everyone</i>'));
  });

  it('SubRip: tag-like source text is not a code, and is neutralised once translated', () => {
    const [segment] = srtFormat.import(new TextEncoder().encode(cue('Voir <script>alert(1)</script>'))).segments;
    expect(segment?.codes).toEqual([]);
    expect(segment?.source).toBe('Voir <script>alert(1)</script>');
    expect(srtOut('Voir <script>alert(1)</script>', 'See <script>alert(1)</script>')).toBe(cue('See ‹script›alert(1)‹/script›'));
  });

  it('SubRip: a code whose markup is no SubRip tag (imported by an older version) is written as text', () => {
    const document = translationOf(srtFormat.import(new TextEncoder().encode(cue('<i>Bonjour</i>'))), ['<pc id="1">Hello</pc>']);
    const segment = document.segments[0]!;
    segment.codes = [{ ...segment.codes[0]!, open: '<script>', close: '</script>' }];
    expect(new TextDecoder().decode(srtFormat.export(document))).toBe(cue('‹script›Hello‹/script›'));
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['Fish & chips < 5', 'Fish &amp; chips &lt; 5'],
    ['<i>typed</i> --> next', '&lt;i&gt;typed&lt;/i&gt; --&gt; next'],
  ])('WebVTT: escapes %j as %j', (target, written) => {
    expect(vttOut('Le maire parle.', target)).toBe(vttCue(written));
  });

  it('WebVTT: keeps the source’s voices, classes, languages, ruby and timestamps as codes', () => {
    const source = '<v.loud Claire Martin>Le <c.yellow>maire</c> <00:02.000>parle <lang en>today</lang> <ruby>漢<rt>kan</rt></ruby>';
    const [segment] = vttFormat.import(new TextEncoder().encode(vttCue(source))).segments;
    expect(segment?.source).toBe('<ph id="1"/>Le <pc id="2">maire</pc> <ph id="3"/>parle <pc id="4">today</pc> <pc id="5">漢<pc id="6">kan</pc></pc>');
    expect(vttOut(source, '<ph id="1"/>The <pc id="2">mayor</pc> <ph id="3"/>speaks <pc id="4">today</pc> &amp; <pc id="5">漢<pc id="6">kan</pc></pc>')).toBe(
      vttCue('<v.loud Claire Martin>The <c.yellow>mayor</c> <00:02.000>speaks <lang en>today</lang> &amp; <ruby>漢<rt>kan</rt></ruby>'),
    );
  });

  it('WebVTT: shows the translator the characters its references stand for, and writes them escaped again', () => {
    const source = 'Fish &amp; chips &lt; 5&nbsp;€ &#x263A; &gt;';
    const [segment] = vttFormat.import(new TextEncoder().encode(vttCue(source))).segments;
    expect(segment?.source).toBe('Fish & chips < 5\u00a0€ ☺ >');
    expect(segment?.codes).toEqual([]);
    expect(vttOut(source, 'Fish & chips < 5 ☺')).toBe(vttCue('Fish &amp; chips &lt; 5 ☺'));
    expect(convert(vttFormat, vttFormat, vttCue(source))).toBe(vttCue(source));

    const [tagged] = vttFormat.import(new TextEncoder().encode(vttCue('<i>R&amp;D</i> &lt;b&gt;'))).segments;
    expect(tagged?.source).toBe('<pc id="1">R&amp;D</pc> &lt;b&gt;');
    expect(vttOut('<i>R&amp;D</i> &lt;b&gt;', '<pc id="1">R&amp;D</pc> &lt;b&gt;')).toBe(vttCue('<i>R&amp;D</i> &lt;b&gt;'));
  });

  it('wraps at 42 characters as they show: a tag takes no room and is not cut, a reference takes one', () => {
    expect(vttOut('<v Claire Martin>Nous avons voulu un lieu ouvert à tous.', '<ph id="1"/>We wanted a place open to everyone &amp; all, day and night.')).toBe(
      vttCue('<v Claire Martin>We wanted a place open to everyone &amp; all,\nday and night.'),
    );
  });

  it('exports an untouched file byte for byte, references, timestamps and unsupported tags included', () => {
    const file = 'WEBVTT\n\n00:01.000 --> 00:04.000\nFish &amp; chips &lt; 5 <script>x</script>\n<00:02.000><c.yellow>Jaune</c>\n\n00:04.500 --> 00:06.000\nR&amp;D\n';
    expect(convert(vttFormat, vttFormat, file)).toBe(file);
    const srtFile = '1\r\n00:00:01,000 --> 00:00:04,000\r\n<script>alert(1)</script> & <b>gras</b>\r\n';
    expect(convert(srtFormat, srtFormat, srtFile)).toBe(srtFile);
  });
});

describeFormat(vttFormat, { 'WebVTT with character references, karaoke timestamps and ruby': 'WEBVTT\n\n00:01.000 --> 00:04.000\n<v Léa>Fish &amp; chips &lt; 5 €\n<00:02.000>et <c.yellow>du jaune</c>\n\n00:04.500 --> 00:06.000\nR&amp;D &#233;tendue\n' });

describe('subtitle dialogue keeps its layout', () => {
  const dialogue = "1\r\n00:00:01,000 --> 00:00:03,000\r\n- Tu es à l'antenne.\r\n- Là, maintenant ?\r\n";
  const vttDialogue = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Roger Bingham>- Tu es à l'antenne.\n- Là, maintenant ?\n";
  const srtCue = (text: string) => `1\n00:00:01,000 --> 00:00:04,000\n${text}\n`;
  const vttCue = (text: string) => `WEBVTT\n\n00:01.000 --> 00:04.000\n${text}\n`;

  it('reads each line of a dialogue apart, separated by a line-break code', () => {
    const [srtSegment] = srtFormat.import(new TextEncoder().encode(dialogue)).segments;
    expect(srtSegment?.source).toBe("- Tu es à l'antenne.<ph id=\"1\"/>- Là, maintenant ?");
    expect(srtSegment?.codes?.[0]).toMatchObject({ type: 'standalone', kind: 'break', droppable: true });
    const [vttSegment] = vttFormat.import(new TextEncoder().encode(vttDialogue)).segments;
    expect(vttSegment?.source).toBe("<ph id=\"1\"/>- Tu es à l'antenne.<ph id=\"2\"/>- Là, maintenant ?");
    expect(vttSegment?.codes?.map((code) => code.kind)).toEqual(['span', 'break']);
  });

  it('exports an untouched dialogue byte for byte, two lines staying two lines', () => {
    expect(convert(srtFormat, srtFormat, dialogue)).toBe(dialogue);
    expect(convert(vttFormat, vttFormat, vttDialogue)).toBe(vttDialogue);
    const spaced = 'WEBVTT\n\n00:01.000 --> 00:03.000\n  - Oui ?  \n\t- Non.\n';
    expect(convert(vttFormat, vttFormat, spaced)).toBe(spaced);
  });

  it('writes a translated dialogue on the lines the line-break code makes, in SubRip and WebVTT', () => {
    expect(convert(srtFormat, srtFormat, dialogue, ["- You're on air.<ph id=\"1\"/>- What, now?"])).toBe("1\r\n00:00:01,000 --> 00:00:03,000\r\n- You're on air.\r\n- What, now?\r\n");
    expect(convert(vttFormat, vttFormat, vttDialogue, ["<ph id=\"1\"/>- You're on air.<ph id=\"2\"/>- What, now?"])).toBe("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Roger Bingham>- You're on air.\n- What, now?\n");
  });

  it('reads an exported dialogue back with the same codes in the same places', () => {
    const exported = convert(srtFormat, srtFormat, dialogue, ["- You're on air.<ph id=\"1\"/>- What, now?"]);
    const [again] = srtFormat.import(new TextEncoder().encode(exported)).segments;
    expect(again?.source).toBe("- You're on air.<ph id=\"1\"/>- What, now?");
  });

  it('does not join short lines the translator separated, and wraps only a line too long', () => {
    const source = 'Le maire\nparle.';
    expect(convert(srtFormat, srtFormat, srtCue(source), ['The mayor<ph id="1"/>speaks.'])).toBe(srtCue('The mayor\nspeaks.'));
    expect(convert(srtFormat, srtFormat, srtCue(source), ['The mayor of Pontlevoy opened the media library yesterday<ph id="1"/>and spoke.'])).toBe(
      srtCue('The mayor of Pontlevoy opened the media\nlibrary yesterday\nand spoke.'),
    );
  });

  it('wraps a translation without the line-break code at 42 characters, as before', () => {
    expect(convert(srtFormat, srtFormat, dialogue, ["- You're on air right now, Roger. - What, right now?"])).toBe("1\r\n00:00:01,000 --> 00:00:03,000\r\n- You're on air right now, Roger. - What,\r\nright now?\r\n");
  });

  it('writes line breaks typed in a target on their own lines, never as a blank line that would end the cue', () => {
    expect(convert(srtFormat, srtFormat, srtCue('Le maire parle.'), ["- You're on air.\n- What, now?"])).toBe(srtCue("- You're on air.\n- What, now?"));
    expect(convert(vttFormat, vttFormat, vttCue('Le maire parle.'), ['Fish & chips\r\n\r\n  < 5\n'])).toBe(vttCue('Fish &amp; chips\n&lt; 5'));
    expect(convert(srtFormat, srtFormat, dialogue, ['<ph id="1"/>On air.'])).toBe('1\r\n00:00:01,000 --> 00:00:03,000\r\nOn air.\r\n');
  });

  it('writes a line break of another format (HTML <br>) as a line of the new subtitles', () => {
    expect(convert(htmlFormat, srtFormat, '<p>Tu es à l’antenne.<br>Là, maintenant ?</p>')).toBe('1\n00:00:00,000 --> 00:00:03,000\nTu es à l’antenne.\nLà, maintenant ?\n');
  });

  it('keeps a tag with the words of its line rather than alone on a line', () => {
    expect(convert(srtFormat, srtFormat, srtCue('<i>Oui,\nmaintenant.</i>'), ['<pc id="1">Yes, now.<ph id="2"/></pc>'])).toBe(srtCue('<i>Yes, now.</i>'));
  });

  it('wraps a long translated line without splitting a voice tag', () => {
    const source = '<v Roger Bingham>Un lieu ouvert à tous, jour et nuit.';
    const out = convert(vttFormat, vttFormat, vttCue(source), ['<ph id="1"/>We wanted a place that is open to everyone, by day and by night.']);
    expect(out).toBe(vttCue('<v Roger Bingham>We wanted a place that is open to\neveryone, by day and by night.'));
    const twoVoices = '<v Roger Bingham>- Oui ?\n<v Claire Martin>- Un lieu ouvert à tous, jour et nuit.';
    expect(convert(vttFormat, vttFormat, vttCue(twoVoices), ['<ph id="1"/>- Yes?<ph id="2"/><ph id="3"/>- We wanted a place that is open to everyone, by day and by night.'])).toBe(
      vttCue('<v Roger Bingham>- Yes?\n<v Claire Martin>- We wanted a place that is open to\neveryone, by day and by night.'),
    );
  });

  it("keeps to the width of a file whose cues are wider than 42 characters: a translation as wide is not wrapped", () => {
    const wide = 'Nous avons voulu un lieu ouvert à tous, le jour comme la nuit.';
    expect(convert(vttFormat, vttFormat, vttCue(wide), ['We wanted a place open to everyone, by day and by night.'])).toBe(vttCue('We wanted a place open to everyone, by day and by night.'));
    expect(convert(vttFormat, vttFormat, vttCue(wide), ['We wanted a place that is open to everyone, by day and by night, all year.'])).toBe(
      vttCue('We wanted a place that is open to everyone, by day and by\nnight, all year.'),
    );
  });
});

describe('subtitle voices are codes kept in place', () => {
  const vttCue = (text: string) => `WEBVTT\n\n00:01.000 --> 00:04.000\n${text}\n`;
  const vttOut = (source: string, target: string) => convert(vttFormat, vttFormat, vttCue(source), [target]);

  it('puts a voice the target left out at the start of the cue, not at its end', () => {
    expect(vttOut('<v Roger Bingham>Tu es à l\'antenne.', "You're on air.")).toBe(vttCue("<v Roger Bingham>You're on air."));
    expect(vttOut('<v Roger Bingham>Tu es à l\'antenne.</v>', "You're on air.")).toBe(vttCue("<v Roger Bingham>You're on air.</v>"));
    expect(vttOut("<v Roger Bingham>- Tu es à l'antenne.\n- Là, maintenant ?", "- You're on air.<ph id=\"2\"/>- What, now?")).toBe(vttCue("<v Roger Bingham>- You're on air.\n- What, now?"));
  });

  it('puts a second speaker left out back at the start of its own line of the dialogue', () => {
    const source = "<v Roger>- Tu es à l'antenne.</v>\n<v Claire>- Là, maintenant ?</v>";
    const [segment] = vttFormat.import(new TextEncoder().encode(vttCue(source))).segments;
    expect(segment?.source).toBe("<pc id=\"1\">- Tu es à l'antenne.</pc><ph id=\"2\"/><pc id=\"3\">- Là, maintenant ?</pc>");
    expect(vttOut(source, "<pc id=\"1\">- You're on air.</pc><ph id=\"2\"/>- What, now?")).toBe(vttCue("<v Roger>- You're on air.</v>\n<v Claire>- What, now?</v>"));
    expect(vttOut(source, "- You're on air. - What, now?")).toBe(vttCue("<v Roger><v Claire>- You're on air. - What, now?</v></v>"));
  });

  it('reports a missing voice as an error, a missing line break as a warning', () => {
    const [segment] = vttFormat.import(new TextEncoder().encode(vttCue("<v Roger Bingham>- Tu es à l'antenne.\n- Là, maintenant ?"))).segments;
    const target = "- You're on air. - What, now?";
    const issues = inlineCodes.run({ source: plainText(segment!.source, segment!.codes!), target, codes: segment!.codes!, sourceMarkup: segment!.source, targetMarkup: target }, { targetLang: 'en-US', glossary: [] });
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'inlineCodes.missing', params: { codes: '1' } }), expect.objectContaining({ key: 'inlineCodes.formatting', severity: 'warning', params: { codes: '2' } })]));
  });
});

describeFormat(srtFormat, { 'a dialogue cue and a cue in italics over two lines': "1\n00:00:01,000 --> 00:00:03,000\n- Tu es à l'antenne.\n- Là, maintenant ?\n\n2\n00:00:03,500 --> 00:00:05,000\n<i>Bonsoir\nà tous.</i>\n" });
describeFormat(vttFormat, { 'a dialogue of two speakers': "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Roger>- Tu es à l'antenne.</v>\n<v Claire>- Là, maintenant ?</v>\n" });
