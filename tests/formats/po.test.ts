import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyDocumentError, FormatLimitError, InvalidInputError } from '../../src/domain/errors';
import type { TargetDocument, WrittenEncoding } from '../../src/formats/format';
import { poFormat } from '../../src/formats/po';
import { formatFor } from '../../src/formats/registry';
import { txtFormat } from '../../src/formats/txt';
import { xliff12Format } from '../../src/formats/xliff';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';
import { describeFormat, translationOf } from './describe-format';

const fixture = readFileSync(new URL('../fixtures/po/quartier-en.po', import.meta.url), 'utf8');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const po = (text: string) => encoder.encode(text);
const importPo = (text: string) => poFormat.import(po(text));
const header = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n';

/** The document's English: `english` by segment key, the other segments as imported. */
function translated(text: string | Uint8Array, english: Record<string, string>, statuses: Record<string, TargetDocument['segments'][number]['status']> = {}): TargetDocument {
  const document = poFormat.import(typeof text === 'string' ? po(text) : text);
  const target = translationOf(document);
  for (const segment of target.segments) {
    const key = segment.key ?? '';
    if (english[key] !== undefined) {
      segment.target = english[key];
      segment.text = english[key];
      segment.status = 'translated';
    }
    if (statuses[key] !== undefined) segment.status = statuses[key];
  }
  return target;
}
const exportText = (document: TargetDocument) => decoder.decode(poFormat.export(document));

/**
 * The lines of a PO text that are neither a msgstr (with its continuation lines) nor a `#,` flags
 * line: what a translated export must leave exactly as it was.
 */
function outsideTranslations(text: string): string[] {
  const kept: string[] = [];
  let inMsgstr = false;
  for (const line of text.split('\n')) {
    if (/^msgstr/u.test(line)) inMsgstr = true;
    else if (!line.startsWith('"')) inMsgstr = false;
    if (inMsgstr || line.startsWith('#,')) continue;
    kept.push(line);
  }
  return kept;
}

/** The key of a context entry, as gettext names it in a compiled catalogue. */
const inContext = (context: string, msgid: string) => `${context}\u0004${msgid}`;

describeFormat(poFormat, {
  "an app's strings (contexts, plurals, comments, fuzzy and obsolete entries)": fixture,
  'Windows line ends': fixture.replaceAll('\n', '\r\n'),
  'a template (.pot) without a header': 'msgid "Rechercher une adresse"\nmsgstr ""\n',
});

describe('PO import', () => {
  const document = importPo(fixture);
  const byKey = new Map(document.segments.map((segment) => [segment.key, segment]));

  it('makes a segment of every entry with words, keyed by its msgid (and context); not the header, not obsolete or wordless entries', () => {
    expect(document.segments.map((segment) => segment.key)).toEqual([
      'Bienvenue dans votre quartier',
      'Signaler un problème sur la voie publique',
      inContext('horaires', 'Fermé'),
      inContext('rue', 'Fermé'),
      '%d signalement en cours[0]',
      '%d signalement en cours[1]',
      'Il reste %d jour avant la collecte des encombrants[0]',
      'Il reste %d jour avant la collecte des encombrants[1]',
      'Les parcs ferment à 21 h en été.',
      'Bonjour,\nVotre demande « %s » a bien été enregistrée.\nNous vous répondrons sous 48 heures.\n',
      'Cliquez sur "Envoyer"\tpuis patientez.',
      'Les exports sont enregistrés dans C:\\Quartier\\exports.',
    ]);
    expect(document.segments.map((segment) => segment.source)).not.toContain('Carte des travaux');
    expect(document.segments.map((segment) => segment.source)).not.toContain(' › ');
    expect(document.format).toBe('po');
    expect(document.package).toEqual(po(fixture));
  });

  it('keeps two entries with the same msgid in different contexts apart, each with its own English', () => {
    expect(byKey.get(inContext('horaires', 'Fermé'))).toMatchObject({ source: 'Fermé', translation: { target: 'Closed', status: 'translated' } });
    expect(byKey.get(inContext('rue', 'Fermé'))).toMatchObject({ source: 'Fermé', translation: { target: '', status: 'new' } });
  });

  it('makes one segment per English plural form: the singular from msgid, the plural from msgid_plural', () => {
    expect(byKey.get('%d signalement en cours[0]')).toMatchObject({ source: '%d signalement en cours', translation: { target: '%d open report', status: 'translated' } });
    expect(byKey.get('%d signalement en cours[1]')).toMatchObject({ source: '%d signalements en cours', translation: { target: '%d open reports', status: 'translated' } });
    expect(byKey.get('Il reste %d jour avant la collecte des encombrants[1]')?.source).toBe('Il reste %d jours avant la collecte des encombrants');
  });

  it('shows translator comments, extracted comments and references as notes, on the first form of a plural entry only', () => {
    expect(byKey.get(inContext('horaires', 'Fermé'))?.translation?.notes).toEqual(["Horaires d'un équipement (mairie, piscine).", 'References: src/pages/horaires.ts:31']);
    expect(byKey.get('Bienvenue dans votre quartier')?.translation?.notes).toEqual(["Titre de la page d'accueil, affiché en gros.", 'References: src/pages/accueil.ts:12']);
    expect(byKey.get('%d signalement en cours[0]')?.translation?.notes).toEqual(['%d est le nombre de signalements encore ouverts.', 'References: src/pages/signalements.ts:44 src/widgets/compteur.ts:9']);
    expect(byKey.get('%d signalement en cours[1]')?.translation?.notes).toEqual([]);
    // The comment before an obsolete entry is that entry's, not the next one's.
    expect(document.segments.flatMap((segment) => segment.translation?.notes ?? [])).not.toContain('Ancienne page, retirée en version 2.0.');
  });

  it('reads a fuzzy translation as a draft, an empty one as new, any other as translated', () => {
    expect(byKey.get('Les parcs ferment à 21 h en été.')?.translation).toMatchObject({ target: 'Parks close at 8 pm.', status: 'draft' });
    expect(byKey.get('Signaler un problème sur la voie publique')?.translation).toMatchObject({ target: '', status: 'new' });
    expect(byKey.get('Bienvenue dans votre quartier')?.translation?.status).toBe('translated');
  });

  it('decodes escapes and joins multi-line strings', () => {
    expect(byKey.get('Cliquez sur "Envoyer"\tpuis patientez.')?.translation?.target).toBe('Click "Send"\tthen wait.');
    expect(byKey.get('Les exports sont enregistrés dans C:\\Quartier\\exports.')?.source).toBe('Les exports sont enregistrés dans C:\\Quartier\\exports.');
    // The msgid's final line break is the file's layout, not part of the source (see the line-break test below).
    expect(document.segments[9]?.source).toBe('Bonjour,\nVotre demande « %s » a bien été enregistrée.\nNous vous répondrons sous 48 heures.');
    const multi = importPo('msgid ""\n"Le conseil "\n"se réunit"\nmsgstr ""\n"The council "\n  "meets"\n');
    expect(multi.segments[0]).toMatchObject({ source: 'Le conseil se réunit', translation: { target: 'The council meets' } });
    expect(importPo('msgid "Tab\\there, bell\\a, octal \\101, hex \\x42"\nmsgstr ""\n').segments[0]?.source).toBe('Tab\there, bell\x07, octal A, hex B');
  });

  it('keeps an obsolete entry between two live ones out of the segments, its comments with it', () => {
    const text = `${header}# Page d'accueil.\nmsgid "Accueil"\nmsgstr "Home"\n\n# Retiré en 2.0.\n#~ msgid "Plan"\n#~ msgstr "Map"\n# Menu principal.\nmsgid "Menu"\nmsgstr ""\n`;
    const document = importPo(text);
    expect(document.segments.map((segment) => [segment.source, segment.translation?.notes])).toEqual([
      ['Accueil', ["Page d'accueil."]],
      ['Menu', ['Menu principal.']],
    ]);
    expect(exportText(translated(text, { Menu: 'Menu' }))).toBe(text.replace('msgid "Menu"\nmsgstr ""', 'msgid "Menu"\nmsgstr "Menu"'));
  });

  it('does not make segments of entries with an empty msgid other than the header, nor of words-free ones', () => {
    const document = importPo(`${header}msgctxt "vide"\nmsgid ""\nmsgstr "empty"\n\nmsgid "…"\nmsgstr "…"\n\nmsgid "Ouvrir"\nmsgstr ""\n`);
    expect(document.segments.map((segment) => segment.source)).toEqual(['Ouvrir']);
  });

  it('reads the charset the header declares (ISO-8859-1 here)', () => {
    const latin = iconv.encode(`msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Élu à l'été"\nmsgstr ""\n`, 'iso-8859-1');
    const document = poFormat.import(latin);
    expect(document.encoding).toBe('iso-8859-1');
    expect(document.segments[0]?.source).toBe("Élu à l'été");
  });

  it('refuses a malformed file with the line it stumbled on', () => {
    const refusal = (text: string) => {
      try {
        importPo(text);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal('msgid "Bonjour"\n\nmsgid "Au revoir"\nmsgstr ""\n')).toBe('This PO file is malformed at line 3: a second msgid (the entry of line 1 has no msgstr).');
    expect(refusal('msgid "Bonjour"\nmsgstr "Hello\n')).toBe('This PO file is malformed at line 2: the string is not closed (a " is missing at the end of the line).');
    expect(refusal(`${header}msgid "Bonjour"\nmsgstr "Hello"\nBonjour tout le monde\n`)).toMatch(/^This PO file is malformed at line 9: unexpected "Bonjour tout le monde"/u);
    expect(refusal('msgid "Bonjour"\nmsgstr "Hello"\n\nmsgid "Bonjour"\nmsgstr "Hi"\n')).toBe('This PO file is malformed at line 4: the same msgid as the entry of line 1 (duplicate message).');
    expect(refusal('msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr "%d day"\n')).toMatch(/line 3: an entry with msgid_plural takes msgstr\[0\]/u);
    expect(refusal('msgid "Bonjour"\nmsgstr "Hello \\q"\n')).toBe('This PO file is malformed at line 2: unknown escape sequence "\\q".');
    expect(refusal('msgid "Bonjour"\n')).toBe('This PO file is malformed at line 1: the entry of line 1 has no msgstr.');
  });

  it('refuses a file with no entries (or only a header) as empty', () => {
    expect(() => importPo('')).toThrow(EmptyDocumentError);
    expect(() => importPo('# Rien à traduire.\n')).toThrow(EmptyDocumentError);
    expect(() => importPo(header)).toThrow(EmptyDocumentError);
  });

  it('refuses a file with more entries than the PO limit before reading them', () => {
    const huge = 'msgid "a"\nmsgstr ""\n'.repeat(100_001);
    expect(() => importPo(huge)).toThrow(FormatLimitError);
  });

  it('is recognised by content, extension and media type', () => {
    expect(poFormat.detect(po(fixture))).toBe(true);
    expect(poFormat.detect(po('# Titre\n\nUn paragraphe sur msgid et msgstr.\n'))).toBe(false);
    expect(formatFor({ filename: 'quartier.pot' }).id).toBe('po');
    expect(formatFor({ filename: 'fr.po' }).id).toBe('po');
    expect(formatFor({ mediaType: 'text/x-gettext-translation; charset=utf-8' }).id).toBe('po');
    expect(formatFor({ mediaType: 'text/x-po' }).id).toBe('po');
  });
});

describe('PO export into the file it came from', () => {
  it('gives back the very bytes imported when nothing changed', () => {
    expect(poFormat.export(translationOf(importPo(fixture)))).toEqual(po(fixture));
    const crlf = fixture.replaceAll('\n', '\r\n');
    expect(poFormat.export(translationOf(importPo(crlf)))).toEqual(po(crlf));
  });

  it('changes only the msgstr lines and fuzzy flags of the entries translated; header, comments, obsolete entries stay byte for byte', () => {
    const exported = exportText(
      translated(fixture, {
        [inContext('rue', 'Fermé')]: 'Closed to traffic',
        'Il reste %d jour avant la collecte des encombrants[0]': '%d day left before bulky waste collection',
        'Il reste %d jour avant la collecte des encombrants[1]': '%d days left before bulky waste collection',
        'Les parcs ferment à 21 h en été.': 'Parks close at 9 pm in summer.',
      }),
    );
    expect(outsideTranslations(exported)).toEqual(outsideTranslations(fixture));
    const before = fixture.split('\n');
    const after = exported.split('\n');
    // The same number of lines: one msgstr line for another, the parks' `#, fuzzy` line gone.
    expect(after.length).toBe(before.length - 1);
    const changed = after.filter((line) => !before.includes(line));
    expect(changed).toEqual([
      'msgstr "Closed to traffic"',
      'msgstr[0] "%d day left before bulky waste collection"',
      'msgstr[1] "%d days left before bulky waste collection"',
      'msgstr "Parks close at 9 pm in summer."',
    ]);
    expect(before.filter((line) => !after.includes(line))).toEqual(['msgstr[0] ""', 'msgstr[1] ""', '#, fuzzy', 'msgstr "Parks close at 8 pm."']);
    // Translated (not a draft): the fuzzy flag goes, the previous msgid (#|) stays.
    expect(exported).toContain('#: src/pages/parcs.ts:17\n#| msgid "Les parcs ferment à 20 h."\nmsgid "Les parcs ferment à 21 h en été."\nmsgstr "Parks close at 9 pm in summer."');
    expect(exported).toContain('#~ msgid "Carte des travaux"\n#~ msgstr "Roadworks map"');
    expect(exported.startsWith(fixture.slice(0, fixture.indexOf('#. Titre')))).toBe(true);
  });

  it('adds the fuzzy flag for a draft or rejected segment, keeping other flags, and removes it for a confirmed one', () => {
    const exported = exportText(
      translated(
        fixture,
        { '%d signalement en cours[0]': '%d report in progress', 'Bienvenue dans votre quartier': 'Welcome to the neighbourhood' },
        { '%d signalement en cours[0]': 'draft', 'Bienvenue dans votre quartier': 'rejected', 'Les parcs ferment à 21 h en été.': 'approved' },
      ),
    );
    expect(exported).toContain('#, fuzzy, c-format\nmsgid "%d signalement en cours"');
    expect(exported).toContain('#: src/pages/accueil.ts:12\n#, fuzzy\nmsgid "Bienvenue dans votre quartier"\nmsgstr "Welcome to the neighbourhood"');
    // Approved without a change of words: the flag goes, the previous msgid (#|) stays.
    expect(exported).toContain('#: src/pages/parcs.ts:17\n#| msgid "Les parcs ferment à 20 h."\nmsgid "Les parcs ferment à 21 h en été."\nmsgstr "Parks close at 8 pm."');
    const again = poFormat.import(po(exported));
    const status = (key: string) => again.segments.find((segment) => segment.key === key)?.translation?.status;
    expect([status('%d signalement en cours[0]'), status('%d signalement en cours[1]'), status('Bienvenue dans votre quartier'), status('Les parcs ferment à 21 h en été.')]).toEqual(['draft', 'draft', 'draft', 'translated']);
  });

  it('keeps other flags when the fuzzy flag goes', () => {
    const text = `${header}#, fuzzy, c-format\nmsgid "%d jour"\nmsgstr "%d days"\n`;
    expect(exportText(translated(text, {}, { '%d jour': 'translated' }))).toBe(`${header}#, c-format\nmsgid "%d jour"\nmsgstr "%d days"\n`);
  });

  it('escapes what it writes and writes multi-line English as gettext does, with the line breaks of the msgid at its ends', () => {
    const exported = exportText(
      translated(fixture, {
        'Les exports sont enregistrés dans C:\\Quartier\\exports.': 'Exports are saved in C:\\Quartier\\exports as "CSV"\tfiles.',
        'Bonjour,\nVotre demande « %s » a bien été enregistrée.\nNous vous répondrons sous 48 heures.\n': 'Hello,\nYour request “%s” has been recorded.\nWe will answer within 48 hours.',
      }),
    );
    expect(exported).toContain('msgstr "Exports are saved in C:\\\\Quartier\\\\exports as \\"CSV\\"\\tfiles."');
    expect(exported).toContain('msgstr ""\n"Hello,\\n"\n"Your request “%s” has been recorded.\\n"\n"We will answer within 48 hours.\\n"\n\n');
    const again = poFormat.import(po(exported));
    expect(again.segments.find((segment) => segment.key?.startsWith('Les exports'))?.translation?.target).toBe('Exports are saved in C:\\Quartier\\exports as "CSV"\tfiles.');
  });

  it('writes new lines with the file’s own line ends', () => {
    const crlf = fixture.replaceAll('\n', '\r\n');
    const key = 'Bonjour,\nVotre demande « %s » a bien été enregistrée.\nNous vous répondrons sous 48 heures.\n';
    const exported = exportText(translated(crlf, { [key]: 'Hello,\nYour request has been recorded.\n', 'Bienvenue dans votre quartier': 'Welcome' }, { 'Bienvenue dans votre quartier': 'draft' }));
    expect(exported).toContain('msgstr ""\r\n"Hello,\\n"\r\n"Your request has been recorded.\\n"\r\n\r\n');
    expect(exported).toContain('#: src/pages/accueil.ts:12\r\n#, fuzzy\r\nmsgid "Bienvenue dans votre quartier"\r\nmsgstr "Welcome"\r\n');
    expect(exported.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('adds a plural form the entry lacks after its last msgstr[n]', () => {
    const text = `${header}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] ""\n`;
    expect(importPo(text).segments.map((segment) => segment.key)).toEqual(['%d jour[0]', '%d jour[1]']);
    expect(exportText(translated(text, { '%d jour[0]': '%d day', '%d jour[1]': '%d days' }))).toBe(`${header}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] "%d day"\nmsgstr[1] "%d days"\n`);
  });

  it('keeps the line breaks a msgid starts and ends with out of the segment and puts them back around the English, so a translation reads back as typed', () => {
    const text = `${header}msgid ""\n"\\n"\n"Bienvenue sur le site de la mairie.\\n"\n"Bonne visite.\\n"\nmsgstr ""\n\nmsgid "\\nHoraires d'ouverture"\nmsgstr "\\nOpening hours"\n`;
    const document = importPo(text);
    // Like the whitespace around an XLIFF source: the newlines are the file's layout, not words to translate.
    expect(document.segments.map((segment) => [segment.source, segment.translation?.target ?? ''])).toEqual([
      ['Bienvenue sur le site de la mairie.\nBonne visite.', ''],
      ["Horaires d'ouverture", 'Opening hours'],
    ]);
    expect(poFormat.export(translationOf(document))).toEqual(po(text));

    const english = document.segments.map((segment) => `EN ${segment.source}`);
    const exported = poFormat.export(translationOf(document, english));
    expect(decoder.decode(exported)).toBe(
      text
        .replace('"Bonne visite.\\n"\nmsgstr ""', '"Bonne visite.\\n"\nmsgstr ""\n"\\n"\n"EN Bienvenue sur le site de la mairie.\\n"\n"Bonne visite.\\n"')
        .replace('msgstr "\\nOpening hours"', `msgstr ""\n"\\n"\n"EN Horaires d'ouverture"`),
    );
    expect(poFormat.import(exported).segments.map((segment) => segment.translation?.target)).toEqual(english);
  });

  it('gives a plural entry as many English forms as the header’s nplurals (two without one), and writes exactly that many msgstr[n]', () => {
    const oneForm = header.replace('nplurals=2; plural=(n != 1);', 'nplurals=1; plural=0;');
    const one = `${oneForm}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] ""\n\nmsgid "%d semaine"\nmsgid_plural "%d semaines"\nmsgstr[0] ""\nmsgstr[1] ""\n`;
    expect(importPo(one).segments.map((segment) => [segment.key, segment.source])).toEqual([
      ['%d jour[0]', '%d jour'],
      ['%d semaine[0]', '%d semaine'],
    ]);
    expect(exportText(translated(one, { '%d jour[0]': '%d day(s)', '%d semaine[0]': '%d week(s)' }))).toBe(
      `${oneForm}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] "%d day(s)"\n\nmsgid "%d semaine"\nmsgid_plural "%d semaines"\nmsgstr[0] "%d week(s)"\n`,
    );

    const threeForms = header.replace('nplurals=2; plural=(n != 1);', 'nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);');
    const three = `${threeForms}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] ""\n`;
    expect(importPo(three).segments.map((segment) => [segment.key, segment.source])).toEqual([
      ['%d jour[0]', '%d jour'],
      ['%d jour[1]', '%d jours'],
      ['%d jour[2]', '%d jours'],
    ]);
    expect(exportText(translated(three, { '%d jour[0]': '%d day', '%d jour[2]': '%d days' }))).toBe(`${threeForms}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] "%d day"\nmsgstr[1] ""\nmsgstr[2] "%d days"\n`);

    const noHeader = 'msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] ""\nmsgstr[1] ""\nmsgstr[2] ""\n';
    expect(importPo(noHeader).segments.map((segment) => segment.key)).toEqual(['%d jour[0]', '%d jour[1]']);
    expect(exportText(translated(noHeader, { '%d jour[0]': '%d day', '%d jour[1]': '%d days' }))).toBe('msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] "%d day"\nmsgstr[1] "%d days"\n');
  });

  it('keeps an ISO-8859-1 file in its charset, and writes it in UTF-8 (saying so in its header) only when the English needs it', () => {
    const text = `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Élu à l'été"\nmsgstr ""\n\nmsgid "Café"\nmsgstr "Café"\n`;
    const latin = iconv.encode(text, 'iso-8859-1');
    const document = poFormat.import(latin);
    expect(poFormat.export(translationOf(document))).toEqual(new Uint8Array(latin));

    const kept = poFormat.export(translated(latin, { "Élu à l'été": 'Elected in the summer, café' }));
    expect(iconv.decode(Buffer.from(kept), 'iso-8859-1')).toBe(text.replace(`msgid "Élu à l'été"\nmsgstr ""`, `msgid "Élu à l'été"\nmsgstr "Elected in the summer, café"`));

    const told: WrittenEncoding[] = [];
    const target = translated(latin, { "Élu à l'été": 'Elected in the “summer”' });
    const switched = decoder.decode(poFormat.export({ ...target, onEncoding: (written) => told.push(written) }));
    expect(switched).toBe(text.replace('charset=ISO-8859-1', 'charset=UTF-8').replace(`msgid "Élu à l'été"\nmsgstr ""`, `msgid "Élu à l'été"\nmsgstr "Elected in the “summer”"`));
    expect(told).toEqual([{ encoding: 'utf-8', bom: false, was: { encoding: 'iso-8859-1', bom: false } }]);
  });

  it('fills in a template’s header placeholders once translations are written into it', () => {
    const template = `# SOME DESCRIPTIVE TITLE.\nmsgid ""\nmsgstr ""\n"Project-Id-Version: quartier 2.3\\n"\n"Language: \\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n\nmsgid "Été"\nmsgstr ""\n`;
    expect(poFormat.export(translationOf(importPo(template)))).toEqual(po(template));
    const exported = exportText({ ...translated(template, { Été: 'Summer' }), targetLang: 'en-GB' });
    expect(exported).toBe(
      template
        .replace('"Language: \\n"', '"Language: en_GB\\n"')
        .replace('charset=CHARSET', 'charset=UTF-8')
        .replace('nplurals=INTEGER; plural=EXPRESSION;', 'nplurals=2; plural=(n != 1);')
        .replace('msgid "Été"\nmsgstr ""', 'msgid "Été"\nmsgstr "Summer"'),
    );
  });
});

describe('PO written anew (a document from another format)', () => {
  const document = txtFormat.import(po('Le conseil municipal se réunit lundi.\n\nLa séance est publique.\n\nOrdre du jour : « budget ».\n'));
  const target: TargetDocument = { ...translationOf(document, ['The city council meets on Monday.', 'The session is public.']), title: 'Conseil "municipal"', targetLang: 'en-GB' };
  target.segments[1]!.status = 'draft';
  target.segments[0]!.notes = ['camille: vérifier « lundi »', 'deuxième ligne\net troisième'];
  const exported = exportText(target);

  it('writes a header (UTF-8, the project’s English, English plural forms) and one entry per segment, keyed by msgctxt', () => {
    expect(exported).toContain('msgid ""\nmsgstr ""\n"Project-Id-Version: Conseil \\"municipal\\"\\n"\n"Language: en_GB\\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n');
    expect(exported).toContain('\n#. camille: vérifier « lundi »\n#. deuxième ligne\n#. et troisième\nmsgctxt "1"\nmsgid "Le conseil municipal se réunit lundi."\nmsgstr "The city council meets on Monday."\n');
    expect(exported).toContain('\n#, fuzzy\nmsgctxt "2"\nmsgid "La séance est publique."\nmsgstr "The session is public."\n');
    expect(exported).toContain('\nmsgctxt "3"\nmsgid "Ordre du jour : « budget »."\nmsgstr ""\n');
  });

  it('reads back with the same sources, targets and statuses', () => {
    const again = poFormat.import(po(exported));
    expect(again.segments.map((segment) => [segment.key, segment.source, segment.translation?.target ?? '', segment.translation?.status ?? 'new'])).toEqual([
      [inContext('1', 'Le conseil municipal se réunit lundi.'), 'Le conseil municipal se réunit lundi.', 'The city council meets on Monday.', 'translated'],
      [inContext('2', 'La séance est publique.'), 'La séance est publique.', 'The session is public.', 'draft'],
      [inContext('3', 'Ordre du jour : « budget ».'), 'Ordre du jour : « budget ».', '', 'new'],
    ]);
  });

  it('keeps entries unique when two segments share a key', () => {
    const twins: TargetDocument = { ...target, segments: target.segments.map((segment) => ({ ...segment, key: 'même' })) };
    expect(() => poFormat.import(po(exportText(twins)))).not.toThrow();
    expect(exportText(twins)).toContain('msgctxt "même #2"');
  });
});

/** translate-toolkit's PO reader (Debian's Python), each unit as [id, sources, targets, fuzzy, obsolete, header]. */
const toolkitReads = `
import json, sys
from translate.storage import po
store = po.pofile.parsefile(sys.argv[1])
def strings(value):
    return list(value.strings) if hasattr(value, 'strings') else [value]
print(json.dumps([[unit.getid(), strings(unit.source), strings(unit.target), unit.isfuzzy(), unit.isobsolete(), unit.isheader()] for unit in store.units], ensure_ascii=False))
`;
const hasTools = (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import translate.storage.po'], { stdio: 'pipe' });
    execFileSync('msgfmt', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

describe('PO interoperability with gettext (msgfmt) and translate-toolkit (po2xliff)', () => {
  const inTemp = <T>(run: (dir: string) => T): T => {
    // npm test installs them first (scripts/ensure-translate-toolkit.sh; gettext comes with it): a check that cannot be skipped.
    expect(hasTools, "gettext's msgfmt and translate-toolkit (bash scripts/ensure-translate-toolkit.sh)").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'visavis-po-'));
    try {
      return run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const msgfmtCheck = (dir: string, name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    // Throws with msgfmt's messages when the file is not a valid catalogue.
    execFileSync('msgfmt', ['--check', '-o', '/dev/null', join(dir, name)], { stdio: 'pipe' });
  };
  type ToolkitUnit = [string, string[], string[], boolean, boolean, boolean];
  const toolkitUnits = (dir: string, name: string) => JSON.parse(execFileSync('/usr/bin/python3', ['-c', toolkitReads, join(dir, name)], { encoding: 'utf8' })) as ToolkitUnit[];
  const english: Record<string, string> = {
    [inContext('rue', 'Fermé')]: 'Closed to traffic',
    'Il reste %d jour avant la collecte des encombrants[0]': '%d day left before bulky waste collection',
    'Il reste %d jour avant la collecte des encombrants[1]': '%d days left before bulky waste collection',
    'Bonjour,\nVotre demande « %s » a bien été enregistrée.\nNous vous répondrons sous 48 heures.\n': 'Hello,\nYour request “%s” has been recorded.\nWe will answer within 48 hours.',
    'Signaler un problème sur la voie publique': 'Report a problem on a public road',
  };

  it('a translated export passes msgfmt --check, and translate-toolkit reads the same units, targets and fuzzy flags', () => {
    const document = translated(fixture, english, { 'Signaler un problème sur la voie publique': 'draft' });
    const exported = poFormat.export(document);
    inTemp((dir) => {
      msgfmtCheck(dir, 'original.po', po(fixture));
      msgfmtCheck(dir, 'quartier.en.po', exported);
      const units = toolkitUnits(dir, 'quartier.en.po').filter(([, sources, , , obsolete, isHeader]) => !obsolete && !isHeader && /[\p{L}\p{N}]/u.test(sources[0] ?? ''));
      // Their plural unit holds both forms; ours are a segment each. Their strings keep the line
      // breaks at their ends, which our segments leave aside.
      const words = (text: string | undefined) => text?.replace(/^\n+|\n+$/gu, '');
      const forms = units.flatMap(([id, sources, targets, fuzzy]) =>
        sources.length > 1 ? targets.map((target, i) => [`${id}[${i}]`, words(sources[i] ?? sources[1]), words(target), fuzzy]) : [[id, words(sources[0]), words(targets[0]), fuzzy]],
      );
      expect(forms).toEqual(document.segments.map((segment) => [segment.key, segment.source.text, segment.target, segment.status === 'draft']));
      expect(forms).toHaveLength(12);

      // po2xliff converts it with every unit of the original (header, obsolete and words-free entries included) …
      execFileSync('po2xliff', [join(dir, 'original.po'), join(dir, 'original.xlf')], { stdio: 'pipe' });
      execFileSync('po2xliff', [join(dir, 'quartier.en.po'), join(dir, 'quartier.en.xlf')], { stdio: 'pipe' });
      const xliff = readFileSync(join(dir, 'quartier.en.xlf'), 'utf8');
      const count = (xml: string) => xml.match(/<trans-unit[\s>]/gu)?.length ?? 0;
      expect(count(xliff)).toBe(count(readFileSync(join(dir, 'original.xlf'), 'utf8')));
      expect(count(xliff)).toBe(12 + 1 + 1 + 2);
      // … and our XLIFF reader (which trims units) finds our segments in it, with our English, then
      // the two obsolete entries, which po2xliff keeps as units.
      const read = xliff12Format.import(encoder.encode(xliff));
      expect(read.segments.slice(0, 12).map((segment) => [segment.source, segment.translation?.target ?? ''])).toEqual(document.segments.map((segment) => [segment.source.text.trim(), segment.target.trim()]));
      expect(read.segments.slice(12).map((segment) => segment.source)).toEqual(['Carte des travaux', 'Valider']);
    });
  });

  it('a PO written anew from a text document passes msgfmt --check and reads in translate-toolkit with as many units as segments', () => {
    const document = txtFormat.import(po('Le conseil municipal se réunit lundi.\n\nLa séance est publique.\n\nOrdre du jour : « budget ».\n'));
    const target = translationOf(document, ['The city council meets on Monday.', 'The session is public.']);
    target.segments[1]!.status = 'draft';
    inTemp((dir) => {
      msgfmtCheck(dir, 'conseil.en.po', poFormat.export(target));
      const units = toolkitUnits(dir, 'conseil.en.po').filter(([, , , , , isHeader]) => !isHeader);
      expect(units.map(([id, sources, targets, fuzzy]) => [id, sources[0], targets[0], fuzzy])).toEqual([
        [inContext('1', 'Le conseil municipal se réunit lundi.'), 'Le conseil municipal se réunit lundi.', 'The city council meets on Monday.', false],
        [inContext('2', 'La séance est publique.'), 'La séance est publique.', 'The session is public.', true],
        [inContext('3', 'Ordre du jour : « budget ».'), 'Ordre du jour : « budget ».', '', false],
      ]);
      execFileSync('po2xliff', [join(dir, 'conseil.en.po'), join(dir, 'conseil.en.xlf')], { stdio: 'pipe' });
      const xliff = readFileSync(join(dir, 'conseil.en.xlf'), 'utf8');
      expect(xliff.match(/<trans-unit[\s>]/gu)?.length).toBe(1 + 3);
    });
  });

  it('a file with nplurals=1 and msgids starting and ending with a line break, translated, passes msgfmt --check', () => {
    const text = `${header.replace('nplurals=2; plural=(n != 1);', 'nplurals=1; plural=0;')}msgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] ""\n\nmsgid ""\n"\\n"\n"Bienvenue.\\n"\nmsgstr ""\n`;
    const document = importPo(text);
    inTemp((dir) => msgfmtCheck(dir, 'one-form.po', poFormat.export(translationOf(document, document.segments.map((segment) => `EN ${segment.source}`)))));
  });

  it('a template translated into passes msgfmt --check, and an ISO-8859-1 file switched to UTF-8 does too', () => {
    const template = `# SOME DESCRIPTIVE TITLE.\nmsgid ""\nmsgstr ""\n"Project-Id-Version: quartier 2.3\\n"\n"Language: \\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n\nmsgid "Été"\nmsgstr ""\n\nmsgid "%d jour"\nmsgid_plural "%d jours"\nmsgstr[0] ""\nmsgstr[1] ""\n`;
    const latin = iconv.encode(`msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Élu à l'été"\nmsgstr ""\n`, 'iso-8859-1');
    inTemp((dir) => {
      msgfmtCheck(dir, 'template.po', poFormat.export(translated(template, { Été: 'Summer', '%d jour[0]': '%d day', '%d jour[1]': '%d days' })));
      msgfmtCheck(dir, 'latin.po', poFormat.export(translated(latin, { "Élu à l'été": 'Elected in the “summer”' })));
      expect(toolkitUnits(dir, 'latin.po').at(-1)?.[2]).toEqual(['Elected in the “summer”']);
    });
  });
});

describe('PO through the API', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  it('imports a PO with its translations, exports it untouched byte for byte, and translated with only the msgstr changed', async () => {
    t = await testApp();
    const form = new FormData();
    form.set('file', new Blob([fixture], { type: 'text/x-gettext-translation' }), 'quartier-en.po');
    const res = await t.app.request('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const exportOf = async () => {
      const answer = await t!.app.request(`/api/documents/${id}/export?format=po`);
      expect(answer.status).toBe(200);
      return answer.text();
    };
    const { items } = await segmentsOf(t.app, id);
    expect(items).toHaveLength(12);
    expect(items.slice(0, 3).map((item) => [item.source, item.target])).toEqual([
      ['Bienvenue dans votre quartier', 'Welcome to your neighbourhood'],
      ['Signaler un problème sur la voie publique', ''],
      ['Fermé', 'Closed'],
    ]);
    expect(await exportOf()).toBe(fixture);
    const street = items[3]!;
    expect((await patch(t.app, street.id, { target: 'Closed to traffic', status: 'translated', version: street.version })).status).toBe(200);
    const exported = await exportOf();
    expect(exported).toBe(fixture.replace('msgctxt "rue"\nmsgid "Fermé"\nmsgstr ""', 'msgctxt "rue"\nmsgid "Fermé"\nmsgstr "Closed to traffic"'));
  });
});
