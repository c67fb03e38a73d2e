import { describe, expect, it } from 'vitest';
import { alignParagraphs, type AlignWork, englishStem, frenchRenderings, glossaryAnchors, lexicalWords, linkProbability, looksLikeHeading } from '../../src/domain/align';
import { defaultBand } from '../../src/domain/align/align';
import { seedLexicon } from '../../src/domain/align/lexicon-fr-en';
import { reshapedDocument } from '../../bench/bench-align';

const shape = (links: ReturnType<typeof alignParagraphs>) => links.map((link) => [link.fr, link.en]);

describe('headings and short lines, a class of their own', () => {
  it('reads a short line without a final stop, starting as a title starts, as a heading', () => {
    for (const line of ['Article 3 – Durée de la location', 'Photo : Jean Durand / La Gazette du Cher', 'Chiffres clés', '2. Key figures', 'Taux directeurs : statu quo à Francfort']) {
      expect(looksLikeHeading(line), line).toBe(true);
    }
    // A sentence leading into a list ends with a colon, a short heading may.
    expect(looksLikeHeading('Here are five tips to help you improve your presentation skills:')).toBe(false);
    expect(looksLikeHeading('Par exemple :')).toBe(true);
    // An interview's numbered question heads its answer; a few words trailing off head what follows.
    for (const line of ['Q2. How did GC Forms and GC Notify help improve the service?', 'Question 3 : pourquoi ce choix ?', 'Le mot de la fin…', 'Et ensuite...']) {
      expect(looksLikeHeading(line), line).toBe(true);
    }
    // A question without its number is a sentence, and so is a longer line trailing off or a sentence before the dots.
    for (const line of ['How did GC Forms help improve the service?', 'Alors je me lance dans cette aventure un peu folle…', 'Il est parti. Et puis…', 'Q2 was better than expected?']) {
      expect(looksLikeHeading(line), line).toBe(false);
    }
    for (const line of ['Le contrat est conclu pour un an.', 'et se poursuit jusqu’au 31 décembre', '« Nous avons voulu un lieu ouvert à tous », explique sa directrice.', 'Le conseil municipal a adopté mardi soir le budget primitif pour 2026 par 23 voix contre 6 et 4 abstentions']) {
      expect(looksLikeHeading(line), line).toBe(false);
    }
  });

  const french = [
    'Budget municipal 2026',
    'Le conseil municipal a adopté mardi soir le budget primitif pour 2026, par 23 voix contre 6.',
    'L’opposition a voté contre, dénonçant une hausse de la taxe foncière de 2 %.',
    'Le maire a défendu « un budget de responsabilité » face à la baisse des dotations de l’État.',
    'Les travaux de la nouvelle école commenceront en septembre, pour une ouverture prévue en 2028.',
    'La séance a été levée peu avant minuit, après trois heures de débats.',
  ];
  const english = [
    '2026 town budget',
    'The town council adopted the 2026 budget on Tuesday evening, by 23 votes to 6.',
    'The opposition voted against it, criticising a 2% rise in property tax.',
    'Key figures',
    'The mayor defended "a responsible budget" in the face of falling state grants.',
    'Work on the new school will begin in September, with opening planned for 2028.',
    'The meeting closed shortly before midnight, after three hours of debate.',
  ];

  it('leaves a heading only the English has alone (0-1), without shifting the links after it', () => {
    expect(shape(alignParagraphs(french, english))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[], [3]],
      [[3], [4]],
      [[4], [5]],
      [[5], [6]],
    ]);
  });

  it('leaves a heading only the French has alone (1-0), and links heading to heading', () => {
    const links = shape(alignParagraphs(french, english.slice(1)));
    expect(links[0]).toEqual([[0], []]);
    expect(links).toContainEqual([[3], [3]]);
  });

  it('never glues a heading after a paragraph, even where the lengths would suit', () => {
    const links = alignParagraphs(['Le budget a été adopté par le conseil.', 'Chiffres clés', 'Les dépenses atteignent 12 millions d’euros.'], ['The budget was adopted by the council.', 'Spending reaches €12 million.']);
    expect(shape(links)).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
  });

  it('takes the headings a format marks (a segment’s kind) as well as those its text shows', () => {
    // A heading with a final stop reads as a sentence; marked as a heading, it is left alone like one.
    const fr = ['Le contexte.', 'Le conseil municipal a adopté le budget primitif pour 2026.'];
    const en = ['The town council adopted the 2026 budget.'];
    expect(shape(alignParagraphs(fr, en, { frenchHeadings: [true, false] }))).toEqual([
      [[0], []],
      [[1], [0]],
    ]);
  });
});

describe('the seed lexicon', () => {
  it('is data: a French word, a tab, English words — over 2,000 entries, each once, its source and licence stated', () => {
    const lines = seedLexicon.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2_000);
    for (const line of lines) expect(line, line).toMatch(/^[\p{L}’'-]+\t[a-z-]+(?: [a-z-]+)*$/u);
    expect(new Set(lines.map((line) => line.split('\t')[0])).size).toBe(lines.length);
  });

  it('finds inflected French words (plural, feminine, conjugated) and English stems', () => {
    expect(frenchRenderings('Conseillères')).toContain(englishStem('councillor'));
    expect(frenchRenderings('fermées')).toContain(englishStem('closed'));
    expect(frenchRenderings('votent')).toContain(englishStem('votes'));
    expect(frenchRenderings('municipaux')).toContain(englishStem('municipal'));
    expect(frenchRenderings('xqzt')).toBeUndefined();
    expect(englishStem('Libraries')).toBe(englishStem('library'));
    expect(englishStem('reopened')).toBe(englishStem('reopens'));
    expect(englishStem('Settings')).toBe(englishStem('setting'));
  });

  it('pairs the words of a paragraph and its translation, more than those of another paragraph', () => {
    const french = lexicalWords('Les écoles resteront fermées jusqu’à lundi.', 'fr');
    const shared = (english: string) => lexicalWords(english, 'en').stems.filter((stem) => french.stems.includes(stem)).length;
    expect(french.known).toBeGreaterThanOrEqual(3);
    expect(shared('Schools will stay closed until Monday.')).toBeGreaterThanOrEqual(3);
    expect(shared('Coastal roads are still cut off.')).toBe(0);
  });

  it('takes words the lexicon pairs for a translation even when no cognate is shared (a list item rendered shorter)', () => {
    // From a real published pair: the item is translated word for word in part (traduction, française),
    // not a cognate in common; the English, without a final stop, reads as a heading.
    const french = [
      'Système « Communication Access Realtime Translation » (CART), afin que les discussions s’affichent sous forme de texte à l’écran;',
      'Traduction française avec casques d’écoute pour les discussions se tenant dans une seule langue.',
      'Pour apprendre comment planifier des réunions inclusives, consultez ce guide d’Emploi et Développement social Canada (EDSC).',
    ];
    const english = [
      'Communication Access Realtime Translation (CART), in order to see the talks displayed as text on a screen',
      'French translation with headsets for unilingual talks',
      'To learn how you can plan inclusive meetings, check out this guide from Employment and Social Development Canada (ESDC).',
    ];
    expect(shape(alignParagraphs(french, english))).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    // With neither cognates nor lexicon words in common, the item is still left alone on each side.
    const unrelated = [...english];
    unrelated[1] = 'Coastal roads are still cut off';
    expect(shape(alignParagraphs(french, unrelated))).toEqual([[[0], [0]], [[], [1]], [[1], []], [[2], [2]]]);
  });

  it('links two lines that end alike (a list’s lead-in, a colon on both sides) though one is much shorter and no word is shared', () => {
    const french = [
      'Nous voulons d’abord offrir un environnement de travail souple à toutes nos équipes.',
      'Puis, une fois que nous avons appliqué ces propositions à notre façon de faire, nous devons:',
      'faire preuve d’empathie et d’ouverture dans chaque aspect de notre culture de travail.',
    ];
    const english = [
      'We first want to offer a flexible work environment to all our teams.',
      'And then, once we’ve set the foundation at home:',
      'Extending empathy and openness into every part of our work culture.',
    ];
    expect(shape(alignParagraphs(french, english))).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
});

describe('scores that are the chance a link is right', () => {
  const kinds = [
    { posterior: 0.9, step: 1, skip: false, merge: false, words: 0.3, heading: false },
    { posterior: 0.9, step: 1, skip: true, merge: false, words: 0, heading: false },
    { posterior: 0.9, step: 1, skip: false, merge: true, words: 0.3, heading: false },
    { posterior: 0.9, step: 1, skip: false, merge: false, words: 0.3, heading: true },
    { posterior: 0.9, step: 1, skip: true, merge: false, words: 0, heading: true },
  ];

  it('rise with the posterior and the words the lexicon pairs, and fall with the cost, between 0 and 1, for every kind of link', () => {
    for (const base of kinds) {
      const posteriors = [0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.9999].map((posterior) => linkProbability({ ...base, posterior }));
      const costs = [-6, -2, 0, 2, 4, 8, 12].map((step) => linkProbability({ ...base, step }));
      const words = [0, 0.2, 0.4, 0.6, 0.8, 1].map((share) => linkProbability({ ...base, words: share }));
      for (const series of [posteriors, words]) for (let k = 1; k < series.length; k++) expect(series[k]!).toBeGreaterThanOrEqual(series[k - 1]!);
      for (let k = 1; k < costs.length; k++) expect(costs[k]!).toBeLessThanOrEqual(costs[k - 1]!);
      for (const score of [...posteriors, ...costs, ...words]) expect(score >= 0 && score <= 1).toBe(true);
    }
    const linked = [0.01, 0.5, 0.9999].map((posterior) => linkProbability({ ...kinds[0]!, posterior }));
    expect(linked[0]!).toBeLessThan(linked[1]!);
    expect(linked[1]!).toBeLessThan(linked[2]!);
  });

  it('do not trust a coin toss: two French paragraphs alike, one English, nothing to tell them apart', () => {
    const links = alignParagraphs(['La déchetterie rouvre.', 'La ressourcerie rouvre.'], ['The reuse centre reopens.']);
    expect(links.find((link) => link.en.length === 1)!.score).toBeLessThan(0.5);
  });

  it('do not trust a coin toss the lexicon cannot settle: both French paragraphs share the English words, only length differs', () => {
    const french = ['La chaufferie biomasse ferme ce soir.', 'La ressourcerie ferme ce soir.'];
    expect(alignParagraphs(french, ['The reuse centre closes tonight.']).find((link) => link.en.length === 1)!.score).toBeLessThan(0.5);
    // The same the other way: two English paragraphs alike, one French.
    expect(alignParagraphs(['La ressourcerie ferme ce soir.'], ['The reuse centre closes tonight.', 'The recycling centre closes tonight.']).find((link) => link.fr.length === 1)!.score).toBeLessThan(0.5);
    // A word of its own settles it: the glossary's term, as an anchor.
    const anchors = glossaryAnchors(french, ['The reuse centre closes tonight.'], [{ source: 'ressourcerie', target: 'reuse centre' }]);
    const settled = alignParagraphs(french, ['The reuse centre closes tonight.'], { frenchAnchors: anchors.french, englishAnchors: anchors.english });
    expect(settled.find((link) => link.en.length === 1)).toMatchObject({ fr: [1], en: [0] });
    expect(settled.find((link) => link.en.length === 1)!.score).toBeGreaterThanOrEqual(0.5);
  });

  it('split a pair taken for want of better (no word in common, hardly likely) into two paragraphs alone, both unsure', () => {
    // The versions of a page written apart: between the first and last items, nothing matches.
    const french = ['Le conseil municipal a voté le budget de la ville.', 'Un examen de l’accessibilité en binôme.', 'Prévoir du temps pour l’analyse', 'Un rapport de haut niveau aura une norme de service de trois jours ouvrables.', 'La piscine ferme lundi pour travaux.'];
    const english = ['The town council passed the city budget.', 'Research with people with disabilities', 'Adaptive technology', 'Usability testing including people with disabilities.', 'The pool closes on Monday for works.'];
    const links = alignParagraphs(french, english);
    const paired = links.filter((link) => link.fr.length > 0 && link.en.length > 0).map(({ fr, en }) => ({ fr, en }));
    expect(paired).toEqual([
      { fr: [0], en: [0] },
      { fr: [4], en: [4] },
    ]);
    // The split pair (Un examen… / Usability testing…) shows as unsure on both sides.
    expect(links.find((link) => link.fr[0] === 1)!.score).toBeLessThan(0.5);
    expect(links.find((link) => link.en[0] === 3)!.score).toBeLessThan(0.5);
  });

  it('give the links of a clean pair high scores', () => {
    const clean = alignParagraphs(['Les écoles resteront fermées jusqu’à lundi.', 'Les routes du littoral sont encore coupées.'], ['Schools will stay closed until Monday.', 'Coastal roads are still cut off.']);
    expect(Math.min(...clean.map((link) => link.score))).toBeGreaterThan(0.9);
  });
});

describe('linear work', () => {
  it('searches a number of cells and scores a number of beads that grow linearly with the texts, in one pass', () => {
    const work = (size: number): AlignWork => {
      const { french, english } = reshapedDocument(size);
      const done: AlignWork = { cells: 0, beads: 0, passes: 0 };
      alignParagraphs(french, english, { work: done });
      expect(done.cells).toBeLessThanOrEqual((french.length + english.length + 1) * (2 * defaultBand + 1));
      return done;
    };
    const small = work(500);
    const large = work(2_000);
    expect(small.passes).toBe(1);
    expect(large.passes).toBe(1);
    expect(large.cells / small.cells).toBeGreaterThan(3.5);
    expect(large.cells / small.cells).toBeLessThan(4.5);
    expect(large.beads / small.beads).toBeLessThan(4.5);
  });

  it('scores merges only from cells near their diagonal’s best: about three beads a cell, not all eight', () => {
    const { french, english } = reshapedDocument(1_000);
    const done: AlignWork = { cells: 0, beads: 0, passes: 0 };
    alignParagraphs(french, english, { work: done });
    // Without the beam on costs, 5.5 beads a cell are scored in full; skips and links from every cell are 3 at most.
    expect(done.beads / done.cells).toBeLessThan(4);
  });
});
