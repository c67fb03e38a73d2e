import { describe, expect, it } from 'vitest';
import { alignParagraphs, anchorsOf, glossaryAnchors, sentencePairs } from '../../src/domain/align';
import { evaluateAligner } from '../../bench/eval-align';
import storm from '../fixtures/align/storm.json';

const links = (french: string[], english: string[]) => alignParagraphs(french, english).map((link) => [link.fr, link.en]);

describe('anchors shared by a French paragraph and its translation', () => {
  it('reads numbers in French and English writing as the same numbers', () => {
    const french = anchorsOf('Un budget de 1 000,5 millions, en hausse de 3,5 %, et 15 000 habitants.', 'fr');
    const english = anchorsOf('A budget of 1,000.5 million, up 3.5%, and 15,000 residents.', 'en');
    for (const number of ['n:1000.5', 'n:3.5', 'n:15000']) {
      expect(french.get(number), number).toBe(1);
      expect(english.get(number), number).toBe(1);
    }
  });

  it('keeps names, links, hashtags and cognates, accents folded', () => {
    const french = anchorsOf('Le président Xi Jinping sur https://exemple.fr/a #Chine économique', 'fr');
    expect([...french.keys()]).toEqual(expect.arrayContaining(['w:jinping', 'l:https://exemple.fr/a', 'l:#chine', 'c:presi', 'c:econo']));
  });

  it('reads a number after # as the number (`Tip #4` is `Conseil no 4`), a hashtag having a letter', () => {
    expect(anchorsOf('Extracted gem #4 - Make an impact', 'en').get('n:4')).toBe(1);
    expect(anchorsOf('Perle du savoir no 4 — Laissez une bonne impression', 'fr').get('n:4')).toBe(1);
    expect(anchorsOf('Voting opens #Elections2026', 'en').get('l:#elections2026')).toBe(1);
  });
});

describe('paragraph alignment', () => {
  const french = ['Le maire de Pontlevoy a parlé mardi.', 'Le budget atteint 3,2 millions d’euros.', 'La séance est levée à 22 h 30.', 'Photo : Jean Durand'];
  const english = ['The mayor of Pontlevoy spoke on Tuesday.', 'The budget reaches €3.2 million.', 'The meeting closed at 10:30 p.m.', 'Photo: Jean Durand'];

  it('links paragraph to paragraph when the English follows the French', () => {
    expect(links(french, english)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });

  it('finds two French paragraphs the English merged into one (2-1)', () => {
    expect(links(french, [english[0]!, `${english[1]} ${english[2]}`, english[3]!])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
  });

  it('leaves a French paragraph the English left out unlinked (1-0), and an added English one too (0-1)', () => {
    const result = links(french, [english[0]!, english[2]!, "Editor's note: figures updated on Wednesday.", english[3]!]);
    expect(result).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[], [2]],
      [[3], [3]],
    ]);
  });

  it('links a short paragraph to a translation that grew with a note explaining it, rather than merging it with the next (2-2)', () => {
    const fr = [
      'Le conseil municipal a voté mardi le budget de la ville pour 2027, en hausse de 3 %.',
      'On écrit désormais « les élu·e·s » dans les documents de la mairie.',
      'Cette graphie est toutefois critiquée : elle rendrait les textes moins lisibles pour les personnes qui utilisent un lecteur d’écran, et les associations de personnes aveugles demandent qu’on y renonce dans les courriers officiels.',
      'Le maire répondra aux questions des habitants jeudi soir à la salle des fêtes.',
    ];
    const en = [
      "The city council voted on Tuesday for the city's 2027 budget, up 3%.",
      'City hall documents now write “les élu·e·s” (the elected officials). The masculine singular form is élu, the feminine singular is élue, and the plural would be élus or élues; the dot joins both endings so that one word names the women and the men of a council, and the final s marks the plural for both.',
      'This spelling is criticised, however: it would make texts harder to read for people who use a screen reader, and associations of blind people ask that it be dropped from official letters.',
      'The mayor will answer questions from residents on Thursday evening at the village hall.',
    ];
    expect(links(fr, en)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });

  it('gives every link a confidence between 0 and 1, high for a clean pair', () => {
    const result = alignParagraphs(french, english);
    expect(result.every((link) => link.score >= 0 && link.score <= 1)).toBe(true);
    expect(Math.min(...result.map((link) => link.score))).toBeGreaterThan(0.8);
  });

  it('finds the path even when it strays far from the diagonal (English left out early, added late)', () => {
    const pairs = Array.from({ length: 120 }, (_, i) => [`Le conseil n° ${i + 1} a voté ${i * 7 + 3} mesures à Pontlevoy.`, `Council no. ${i + 1} voted ${i * 7 + 3} measures in Pontlevoy.`] as const);
    const french = [...pairs.map(([fr]) => fr), ...Array.from({ length: 20 }, (_, k) => `Annexe ${k + 500} : tableau ${k * 3 + 900}.`)];
    // The English leaves out paragraphs 10 to 29 and adds 20 of its own at the end: as many paragraphs, far off the diagonal.
    const english = [...pairs.filter((_, i) => i < 10 || i >= 30).map(([, en]) => en), ...Array.from({ length: 20 }, (_, k) => `Appendix ${k + 500}: table ${k * 3 + 900}.`), ...Array.from({ length: 20 }, (_, k) => `Note ${k + 700}.`)];
    const result = alignParagraphs(french, english);
    const linked = result.filter((link) => link.fr.length === 1 && link.en.length === 1);
    expect(linked.find((link) => link.fr[0] === 30)?.en).toEqual([10]);
    expect(linked.find((link) => link.fr[0] === 125)?.en).toEqual([105]);
    expect(result.filter((link) => link.en.length === 0).map((link) => link.fr[0])).toEqual(Array.from({ length: 20 }, (_, k) => k + 10));
  });

  it('finds a long omission: a section of 60 paragraphs the English left out, its skips far behind the other paths until the links resume', () => {
    const pairs = Array.from({ length: 200 }, (_, i) => [`Le conseil n° ${i + 1} a voté ${i * 7 + 3} mesures à Pontlevoy.`, `Council no. ${i + 1} voted ${i * 7 + 3} measures in Pontlevoy.`] as const);
    const french = pairs.map(([fr]) => fr);
    const english = pairs.filter((_, i) => i < 70 || i >= 130).map(([, en]) => en);
    const result = alignParagraphs(french, english);
    expect(result.filter((link) => link.en.length === 0).map((link) => link.fr[0])).toEqual(Array.from({ length: 60 }, (_, k) => k + 70));
    expect(result.find((link) => link.fr[0] === 130)?.en).toEqual([70]);
    expect(result.find((link) => link.fr[0] === 199)?.en).toEqual([139]);
  });

  it("is surer of a link the project's glossary supports (a term on one side, its English on the other)", () => {
    // Terms the seed lexicon does not know: only the glossary pairs them.
    const fr = ['Le préfet a visité la commune hier.', 'La chaufferie biomasse démarre ce soir.'];
    const en = ['The wood-chip boiler room goes live tonight.'];
    const glossary = glossaryAnchors(fr, en, [{ source: 'Chaufferie biomasse', target: 'wood-chip boiler room' }, { source: 'préfet', target: 'prefect' }]);
    expect(glossary.french[1]!.get('g:0')).toBe(1);
    expect(glossary.english[0]!.get('g:0')).toBe(1);
    const without = alignParagraphs(fr, en).find((link) => link.en.length === 1)!;
    const withGlossary = alignParagraphs(fr, en, { frenchAnchors: glossary.french, englishAnchors: glossary.english }).find((link) => link.en.length === 1)!;
    expect(withGlossary.fr).toEqual([1]);
    expect(without.score).toBeLessThan(0.6);
    expect(withGlossary.score).toBeGreaterThan(0.9);
  });

  it('aligns empty sides as unlinked paragraphs', () => {
    expect(alignParagraphs(['Un.'], [])).toEqual([{ fr: [0], en: [], score: 1 }]);
    expect(alignParagraphs([], ['One.'])).toEqual([{ fr: [], en: [0], score: 1 }]);
  });

  it('reaches its quality targets on the news set (tuned on): F1 ≥ 0.98 clean, ≥ 0.95 with merges and omissions', () => {
    const [clean, reshaped] = evaluateAligner('news');
    expect(clean!.f1).toBeGreaterThanOrEqual(0.98);
    expect(reshaped!.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps its figures on the held-out legal and report set (never tuned on): F1 ≥ 0.98 clean, ≥ 0.92 reshaped, without glosses', () => {
    // Below the 0.95 target when reshaped: headings merged into the next paragraph and neighbours
    // with nothing in common are what only a gloss (memory, engine) separates (docs/benchmarks.md).
    const [clean, reshaped] = evaluateAligner('held-out');
    expect(clean!.f1).toBeGreaterThanOrEqual(0.98);
    expect(reshaped!.f1).toBeGreaterThanOrEqual(0.92);
  });

  it('reaches the 0.95 target on the held-out set with a gloss of every paragraph (the engine-assisted mode, simulated)', () => {
    const [, reshaped] = evaluateAligner('held-out', 1);
    expect(reshaped!.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('sentence pairs inside a paragraph pair', () => {
  it('pairs each French sentence with its English, including a sentence translated as two', () => {
    const pairs = sentencePairs(
      "Le maire a présenté mardi son plan pour le climat. Il prévoit 1 200 nouveaux arbres d'ici à 2030, une dépense de 3,5 millions d'euros que l'opposition juge excessive. « Nous n'avons plus le temps », a-t-il dit.",
      'The mayor presented his climate plan on Tuesday. It provides for 1,200 new trees by 2030. That is spending of €3.5 million, which the opposition says is excessive. "We no longer have time," he said.',
    );
    expect(pairs.map((pair) => [pair.source.slice(0, 12), pair.target])).toEqual([
      ['Le maire a p', 'The mayor presented his climate plan on Tuesday.'],
      ['Il prévoit 1', 'It provides for 1,200 new trees by 2030. That is spending of €3.5 million, which the opposition says is excessive.'],
      ['« Nous n’avo'.replace('’', "'"), '"We no longer have time," he said.'],
    ]);
    expect(pairs.every((pair) => pair.score >= 0.5)).toBe(true);
  });

  it('gives nothing for a paragraph of one sentence, or a translation that is empty', () => {
    expect(sentencePairs('Une seule phrase ici.', 'Just one sentence here.')).toEqual([]);
    expect(sentencePairs('Une phrase. Une autre.', '')).toEqual([]);
  });
});

describe('a gloss of the French (a memory match, a machine translation)', () => {
  // Paragraphs of the same length, with no number, name or cognate to go by (tests/fixtures/align/storm.json).
  const { french, english, machine, links: gold } = storm;
  const shape = (links: ReturnType<typeof alignParagraphs>) => links.map((link) => [link.fr, link.en]);

  it('finds the omission and the addition that lengths alone cannot, from a gloss or from the seed lexicon', () => {
    // Lengths and anchors alone (the lexicon's weight at nought, and no second look by sentences, which reads the lexicon) link 1-1 all the way down, wrongly.
    const lengthsAlone = { weights: { lexicon: 0 }, refine: false };
    expect(shape(alignParagraphs(french, english, lengthsAlone))).not.toEqual(gold);
    expect(shape(alignParagraphs(french, english, { ...lengthsAlone, frenchGloss: machine }))).toEqual(gold);
    expect(shape(alignParagraphs(french, english))).toEqual(gold);
  });

  it('helps with a gloss for only some paragraphs (the memory knew three)', () => {
    const some = machine.map((gloss, i) => ([1, 2, 4].includes(i) ? gloss : undefined));
    const links = shape(alignParagraphs(french, english, { frenchGloss: some, weights: { lexicon: 0 } }));
    expect(links).toContainEqual([[1], []]);
    expect(links).toContainEqual([[2], [1]]);
    expect(links).toContainEqual([[4], [4]]);
  });
});
