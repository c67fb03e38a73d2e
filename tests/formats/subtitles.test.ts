import { describe, expect, it } from 'vitest';
import { srtFormat, vttFormat } from '../../src/formats/subtitles';
import { convert, describeFormat } from './describe-format';

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
