/**
 * The aligner's development documents, built from the news pairs (tests/fixtures/align/parallel-news.json)
 * and headings written for this project: sections of a heading and its paragraphs, then reshaped
 * as published translations are — a heading only in the English (or only in the French), a short
 * line added on one side, paragraphs merged, split or left out. The weights and the calibration
 * are set on these; the held-out set and the real published pairs are never tuned on.
 */
import { readFileSync } from 'node:fs';
import type { AlignmentLink } from '../src/domain/align';

export interface AlignCase {
  name: string;
  french: string[];
  english: string[];
  gold: AlignmentLink[];
}

type Pairs = Array<[string, string]>;
export const loadPairs = (name: string): Pairs =>
  (JSON.parse(readFileSync(new URL(`../tests/fixtures/align/${name}.json`, import.meta.url), 'utf8')) as { pairs: Pairs }).pairs;

/** Section headings and short lines, French and English, written for this project. */
export const headingPairs: Pairs = [
  ['Culture', 'Culture'],
  ['La médiathèque rouvre', 'Library reopens'],
  ['Budget municipal 2026', '2026 town budget'],
  ['Tempête sur le Loir-et-Cher', 'Storm in Loir-et-Cher'],
  ['Diplomatie', 'Diplomacy'],
  ['Économie', 'Economy'],
  ['Taux directeurs : statu quo à Francfort', 'Interest rates: no change in Frankfurt'],
  ['Emploi', 'Jobs'],
  ['Festival d’Avignon', 'Avignon festival'],
  ['Sport', 'Sport'],
  ['Le Tour partira de Barcelone', 'The Tour will start in Barcelona'],
  ['Environnement', 'Environment'],
  ['Les insectes en déclin', 'Insects in decline'],
  ['Transports', 'Transport'],
  ['Travaux sur la ligne Tours–Vierzon', 'Works on the Tours–Vierzon line'],
  ['Musées', 'Museums'],
  ['Fréquentation record au Louvre', 'Record attendance at the Louvre'],
  ['Justice', 'Courts'],
  ['Procès Vertalis', 'Vertalis trial'],
  ['Immobilier', 'Property'],
  ['Les prix reculent à Paris', 'Prices fall in Paris'],
  ['En bref', 'In brief'],
  ['À lire aussi', 'Read more'],
  ['Contexte', 'Background'],
  ['Chiffres clés', 'Key figures'],
  ['Ce qu’il faut retenir', 'What to remember'],
  ['Réactions', 'Reactions'],
  ['Calendrier', 'Timeline'],
  ['Entretien', 'Interview'],
  ['Méthodologie', 'Methodology'],
];

/** Lines a translation adds or drops on one side only. */
const englishOnly = ['Highlights', 'Summary', 'Editor’s note', 'Translated from the French', 'Update'];
const frenchOnly = ['Sommaire', 'Publicité', 'Abonnez-vous', 'Mise à jour'];

/**
 * Documents of sections (a heading and two to four paragraphs), from the pairs starting at
 * `offset`, reshaped by `seed`: which headings are on one side only, which paragraphs are merged,
 * split or left out. Deterministic.
 */
export function sectionedCase(pairs: Pairs, offset: number, seed: number, harsh = 1): AlignCase {
  const french: string[] = [];
  const english: string[] = [];
  const gold: AlignmentLink[] = [];
  let random = seed * 7919 + offset * 104729 + 1;
  const next = () => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random / 2147483648;
  };
  const link = (fr: string[], en: string[]) => {
    gold.push({ fr: fr.map((_, k) => french.length + k), en: en.map((_, k) => english.length + k), score: 1 });
    french.push(...fr);
    english.push(...en);
  };
  const rotated = [...pairs.slice(offset), ...pairs.slice(0, offset)];
  let k = 0;
  let section = 0;
  while (k < rotated.length) {
    const [headingFr, headingEn] = headingPairs[(offset + section * 5 + seed) % headingPairs.length]!;
    const roll = next();
    if (seed === 0 || roll < 1 - 0.4 * Math.min(harsh, 2)) link([headingFr], [headingEn]);
    else if (roll < 1 - 0.2 * Math.min(harsh, 2)) link([], [headingEn]);
    else link([headingFr], []);
    if (seed > 0 && next() < 0.15) link([], [englishOnly[Math.floor(next() * englishOnly.length)]!]);
    if (seed > 0 && next() < 0.1) link([frenchOnly[Math.floor(next() * frenchOnly.length)]!], []);
    const size = 2 + Math.floor(next() * 3);
    for (let p = 0; p < size && k < rotated.length; p++) {
      const [fr, en] = rotated[k++]!;
      const following = rotated[k];
      // `harsh` multiplies how often paragraphs are merged, split or left out.
      const shape = seed === 0 ? 1 : next() / harsh;
      if (shape < 0.07 && following && p + 1 < size) {
        link([fr, following[0]], [`${en} ${following[1]}`]);
        k++;
        p++;
      } else if (shape < 0.12 && following && p + 1 < size) {
        link([`${fr} ${following[0]}`], [en, following[1]]);
        k++;
        p++;
      } else if (shape < 0.16) link([fr], []);
      else if (shape < 0.18) link([], [en]);
      else link([fr], [en]);
    }
    section++;
  }
  return { name: `sections ${offset}/${seed}`, french, english, gold };
}

/**
 * The development cases: the news pairs in sections, clean (seed 0), reshaped three ways, and
 * reshaped twice as often three more ways (more errors to fit the calibration on).
 */
export function developmentCases(): AlignCase[] {
  const pairs = loadPairs('parallel-news');
  const cases: AlignCase[] = [];
  for (let offset = 0; offset < pairs.length; offset += 4) {
    for (const seed of [0, 1, 2, 3]) cases.push(sectionedCase(pairs, offset, seed));
    for (const seed of [4, 5, 6]) cases.push(sectionedCase(pairs, offset, seed, 2));
  }
  return cases;
}
