import { englishStem, frenchRenderings, frenchVerbRenderings } from '../align';
import { fold, spans } from './lib';
import type { Issue, Span } from './types';

/**
 * Who did what to whom, reversed with common nouns (`Le locataire accuse le propriétaire…` → `The
 * landlord accuses the tenant…`, `le conducteur qui avait percuté un cycliste` → `the cyclist who
 * struck a driver`): two people or bodies of one clause, a verb between them in both languages
 * (the same verb, read through the seed lexicon), and each one's English on the other's side of
 * it. The names check does the same for proper names.
 *
 * What reorders a clause on its own is left alone: the passive (`par`, `été`, `by`, `was`), a
 * complement (`de`, `of`, `’s`), a list or a pair (`et`, `avec`, `contre`, `and`, `against`), and
 * verbs that say the same both ways (`rencontre`, `affronte`: `A meets B` is `B meets A`). Only
 * nouns of people and bodies count (an agent and who it acts on), from the list below: a
 * translator free with abstract nouns (`le mot désigne les termes` → `the term designates words`)
 * reverses nothing.
 */

/** People and bodies that act on each other in the news, folded, singular: written for the project. */
const agents: ReadonlySet<string> = new Set(
  'locataire proprietaire bailleur conducteur conductrice automobiliste cycliste pieton passager chauffeur syndicat direction patron salarie employeur employe ouvrier client fournisseur vendeur vendeuse acheteur acheteuse region departement commune ville mairie maire prefet prefete prefecture etat gouvernement ministre ministere president presidente depute parti opposition majorite police policier gendarme gendarmerie juge tribunal cour procureur avocat avocate accuse victime suspect prevenu temoin club equipe joueur joueuse entraineur arbitre adversaire entreprise societe groupe banque assureur hopital medecin patient patiente infirmier infirmiere eleve etudiant etudiante professeur enseignant ecole universite parent mere pere fils fille enfant voisin voisine agriculteur eleveur producteur distributeur association habitant habitante riverain manifestant armee soldat rebelle pays federation commission agence autorite conseil assemblee senat'.split(
    ' ',
  ),
);

const determiner = /^(?:le|la|les|l|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces|deux|trois|plusieurs)$/u;
/** Between the two in French: the passive, a complement, a list or a match. */
const frenchReordering = /^(?:par|été|et|ou|ni|contre|avec|entre|face|de|du|des|d)$/u;
/** Between the two in English: the same. */
const englishReordering = /^(?:by|from|of|and|or|nor|with|against|between|was|were|been|being|versus|vs)$/u;
/** Verbs that say the same both ways round. */
const symmetric = /^(?:rencontr|retrouv|affront|épous|crois|côtoi|négoci|discut|échang|partag|dialogu|rejoin|égalis|fusionn|alli)/u;

interface Word extends Span {
  text: string;
  key: string;
}

const wordsOf = (text: string): Word[] =>
  spans(text, /[\p{L}\p{M}]+/gu).map((word) => ({ start: word.start, end: word.end, text: word.text, key: word.text.toLowerCase() }));

/** Whether a French word names people or a body (its singular in the list). */
const isAgent = (word: string): boolean => {
  const key = fold(word);
  return agents.has(key) || agents.has(key.replace(/(?:s|x)$/u, '')) || agents.has(key.replace(/aux$/u, 'al'));
};

/** The first pair of people or bodies the translation reverses around the same verb; undefined when none. */
export function reversedRoles(source: string, target: string): Issue | undefined {
  const french = wordsOf(source);
  const english = wordsOf(target).map((word) => ({ ...word, stem: englishStem(word.text) }));
  // Each English stem's count and first place, read once: a long text is not scanned once per French word.
  const byStem = new Map<string, { count: number; at: number }>();
  english.forEach((word, at) => {
    const known = byStem.get(word.stem);
    if (known) known.count++;
    else byStem.set(word.stem, { count: 1, at });
  });
  /** The one English word that renders a French one (by any of its renderings), or undefined when none or several. */
  const renderedOnce = (renderings: readonly string[]): number | undefined => {
    let found: number | undefined;
    let count = 0;
    for (const stem of new Set(renderings)) {
      const known = byStem.get(stem);
      if (!known) continue;
      count += known.count;
      found = known.at;
    }
    return count === 1 ? found : undefined;
  };
  const clauseBreak = (text: string, from: number, to: number) => /[.;:!?]/u.test(text.slice(from, to));
  for (let x = 1; x < french.length; x++) {
    const first = french[x]!;
    if (!determiner.test(french[x - 1]!.key) || !isAgent(first.text)) continue;
    const firstRenderings = frenchRenderings(first.text);
    const firstAt = firstRenderings && renderedOnce(firstRenderings);
    if (!firstRenderings || firstAt === undefined) continue;
    for (let y = x + 2; y < french.length && y <= x + 12; y++) {
      const second = french[y]!;
      if (!determiner.test(french[y - 1]!.key) || !isAgent(second.text) || clauseBreak(source, first.end, second.start)) continue;
      const secondRenderings = frenchRenderings(second.text);
      // Two words English may render alike (`ville`, `commune`: town) tell nothing apart.
      if (!secondRenderings || secondRenderings.some((stem) => firstRenderings.includes(stem))) continue;
      const secondAt = renderedOnce(secondRenderings);
      // The second's English before the first's, in one clause, nothing between them that reorders.
      if (secondAt === undefined || secondAt >= firstAt) continue;
      const [a, b] = [english[firstAt]!, english[secondAt]!];
      if (clauseBreak(target, b.end, a.start) || /['’]s(?![\p{L}])/u.test(target.slice(b.end, a.start))) continue;
      const between = french.slice(x + 1, y - 1);
      const englishBetween = english.slice(secondAt + 1, firstAt);
      if (between.some((word) => frenchReordering.test(word.key)) || englishBetween.some((word) => englishReordering.test(word.key))) continue;
      for (const verb of between) {
        const renderings = frenchVerbRenderings(verb.text);
        if (!renderings || symmetric.test(verb.key)) continue;
        const said = englishBetween.filter((word) => renderings.includes(word.stem));
        if (said.length !== 1) continue;
        return {
          key: 'roles.reversed',
          params: { first: first.text, second: second.text, verb: verb.text },
          source: [
            { start: first.start, end: first.end },
            { start: second.start, end: second.end },
          ],
          target: [
            { start: b.start, end: b.end },
            { start: a.start, end: a.end },
          ],
          severity: 'warning',
        };
      }
    }
  }
  return undefined;
}
