import { describe, expect, it } from 'vitest';
import { srtFormat, vttFormat } from '../../src/formats/subtitles';
import { convert, describeFormat, translationOf } from './describe-format';

const srt = '1\r\n00:00:01,000 --> 00:00:04,200\r\nLe maire de Pontlevoy\r\na inauguré la médiathèque.\r\n\r\n2\r\n00:00:04,500 --> 00:00:07,000\r\n<i>« Un lieu ouvert à tous »</i>\r\n\r\n3\r\n00:00:07,100 --> 00:00:08,000\r\n♪\r\n';
const vtt = 'WEBVTT - Reportage\n\nNOTE Relu par la rédaction\n\nSTYLE\n::cue { color: yellow }\n\nintro\n00:01.000 --> 00:04.000 line:90%\n<v Claire Martin>Nous avons voulu\nun lieu ouvert.\n\n00:04.500 --> 00:06.000\nMerci à <b>tous</b> !\n';

describeFormat(srtFormat, { 'news report subtitles (CRLF)': srt });
describeFormat(vttFormat, { 'WebVTT with notes, style and cue settings': vtt });

describe('subtitles', () => {
  it('makes each cue a segment, its lines joined, numbers and timings protected', () => {
    const { segments } = srtFormat.import(new TextEncoder().encode(srt));
    expect(segments.map((segment) => segment.source)).toEqual(['Le maire de Pontlevoy a inauguré la médiathèque.', '<pc id="1">« Un lieu ouvert à tous »</pc>']);
    expect(segments[1]?.codes?.[0]).toMatchObject({ kind: 'italic', open: '<i>', close: '</i>' });
    expect(segments[0]?.before).toBe('1\r\n00:00:01,000 --> 00:00:04,200\r\n');
  });

  it('writes the English in place, wrapped at 42 characters, timings and settings untouched', () => {
    const out = convert(srtFormat, srtFormat, srt, ['The mayor of Pontlevoy opened the new media library yesterday.', '<pc id="1">"A place open to everyone"</pc>']);
    expect(out).toBe('1\r\n00:00:01,000 --> 00:00:04,200\r\nThe mayor of Pontlevoy opened the new\r\nmedia library yesterday.\r\n\r\n2\r\n00:00:04,500 --> 00:00:07,000\r\n<i>"A place open to everyone"</i>\r\n\r\n3\r\n00:00:07,100 --> 00:00:08,000\r\n♪\r\n');
  });

  it('keeps WebVTT headers, notes, styles, cue identifiers and settings out of the text; a voice tag is a code', () => {
    const { segments } = vttFormat.import(new TextEncoder().encode(vtt));
    expect(segments.map((segment) => segment.source)).toEqual(['<ph id="1"/>Nous avons voulu un lieu ouvert.', 'Merci à <pc id="1">tous</pc> !']);
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
