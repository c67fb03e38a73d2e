import { describe, expect, it } from 'vitest';
import { checkPair } from '../../src/domain/qa';

/**
 * What real published translations do that planted faults never show (issue 28: the checks run
 * over the human translations of the Canadian Digital Service's pages): code and product names
 * copied as they are, user-interface labels capitalised in the middle of a sentence.
 */
const keys = (source: string, target: string) => checkPair({ source, target }, { targetLang: 'en-US', glossary: [] }).map((finding) => finding.key);

describe('untranslated: only where there is French to translate', () => {
  it.each([
    ['a product name', 'Firefox'],
    ['an English term kept', 'Beta'],
    ['a field name', 'reply_to_address'],
    ['a JSON answer', '{ "status_code": 400, "error": "BadRequestError" }'],
  ])('leaves %s copied as it is', (_, text) => {
    expect(keys(text, text)).not.toContain('untranslated');
  });

  it.each([
    ['a sentence', 'Le conseil se réunit demain.'],
    ['a word with an accent', 'Télécharger'],
    ['a heading the lexicon knows', 'Sommaire'],
    ['a word of thanks', 'Merci'],
  ])('reports %s left in French', (_, text) => {
    expect(keys(text, text)).toContain('untranslated');
  });
});

describe('names: a capitalised French word rendered as a word is a label, not a lost name', () => {
  it('accepts a user-interface label translated', () => {
    expect(keys('Ouvrez la page Service, puis choisissez Supprimer.', 'Open the Service page, then choose Delete.')).not.toContain('names.missing');
  });

  it('accepts a plural label the lexicon knows in the singular', () => {
    expect(keys('Accédez à la page Paramètres.', 'Go to the Settings page.')).not.toContain('names.missing');
  });

  it('still reports a name left out', () => {
    expect(keys('Ouvrez la page de Marianne Dufresnoy.', 'Open the page.')).toContain('names.missing');
  });
});

describe('names: a body’s acronym in each language', () => {
  it('accepts an acronym the table does not know rendered by another (le SNC → CDS)', () => {
    expect(keys('Au SNC, les équipes testent chaque service.', 'At CDS, teams test every service.')).not.toContain('names.replaced');
  });

  it('still reports a known body replaced by another (la SNCF → the RATP)', () => {
    expect(keys('La SNCF annonce des travaux.', 'The RATP announces works.')).toContain('names.replaced');
  });
});

describe('capitalization and names: identifiers and addresses (from the CDS pages, in sentences of our own)', () => {
  it('leaves an identifier or an address opening the translation in its own case', () => {
    expect(keys('Numéro de dossier (obligatoire)', 'case_number (required)')).toEqual([]);
    expect(keys('Outil de vérification : une extension gratuite.', 'checker.example.org - a free extension.')).toEqual([]);
    expect(keys('Le maire parle.', 'the mayor speaks.')).toEqual(['capitalization']);
  });

  it('finds a name whose words run together in an address', () => {
    expect(keys('Colour Contrast Analyser : un outil gratuit.', 'colourcontrastanalyser.app - a free tool.')).toEqual([]);
  });
});
