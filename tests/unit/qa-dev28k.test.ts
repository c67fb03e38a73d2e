import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Findings of the checks on what dev-28k's pairs (issue 28) showed missed or wrongly found. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string, check?: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => check === undefined || finding.check === check)
    .map((finding) => finding.key);

describe('names written otherwise', () => {
  it('finds a French accent added to a name written without one, not a foreign name given back its own marks', () => {
    const source = 'Le sénateur Hugues Lamarque votera contre le texte, a-t-il annoncé mardi.';
    expect(keys(source, 'Senator Hugues Lamarqué will vote against the bill, he announced on Tuesday.', 'names')).toContain('names.misspelt');
    expect(keys(source, 'Senator Hugues Lamarque will vote against the bill, he announced on Tuesday.', 'names')).toEqual([]);
    expect(keys('Le président Recep Tayyip Erdogan a reçu son homologue à Ankara.', 'President Recep Tayyip Erdoğan received his counterpart in Ankara.', 'names')).toEqual([]);
  });

  it('reads y for i as a romanisation only at a word’s start or end or before a vowel', () => {
    expect(keys('La députée Hélène Desmoines a déposé un amendement.', 'MP Hélène Desmoynes tabled an amendment.', 'names')).toContain('names.misspelt');
    expect(keys('La start-up Veralis lève 12 millions d’euros.', 'Start-up Veralys raises €12 million.', 'names')).toContain('names.misspelt');
    expect(keys('Dmitri Peskov a démenti l’information.', 'Dmitry Peskov denied the report.', 'names')).toEqual([]);
    expect(keys('Le compositeur Sergueï Prokofiev est né en 1891.', 'The composer Sergei Prokofiev was born in 1891.', 'names')).toEqual([]);
  });

  it('takes a final e added or turned to i for a misspelling, not another ending', () => {
    expect(keys('Le chirurgien Yacine Belkacemane a opéré l’enfant.', 'Surgeon Yacine Belkacemani operated on the child.', 'names')).toContain('names.misspelt');
    expect(keys('La compagnie Air Boréal ouvre une ligne vers Montréal.', 'The airline Air Boréale is opening a route to Montreal.', 'names')).toContain('names.misspelt');
    expect(keys('La loi Climat et résilience interdit la location des passoires thermiques.', 'The Climate and Resilience Law bans the rental of poorly insulated homes.', 'names')).toEqual([]);
  });

  it('finds a letter doubled in a short word of a name', () => {
    expect(keys('Le groupe Mor Bihan rachète la conserverie.', 'The Morr Bihan group is buying the cannery.', 'names')).toContain('names.misspelt');
    expect(keys('Le groupe Mor Bihan rachète la conserverie.', 'The Mor Bihan group is buying the cannery.', 'names')).toEqual([]);
  });
});
