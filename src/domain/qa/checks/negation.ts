import { sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';

/**
 * A negation lost or added: “Le médicament n’est pas remboursé.” → “The drug is reimbursed.”
 * French negates with ne … pas/jamais/plus/rien/personne/aucun/guère/ni, sans, non + adjective; the
 * English with not, n’t, never, no, nothing… but also with un-, -less, -free, lack, fail (“n’est pas
 * possible” → “is impossible”), which count when the French negates and not the other way round.
 */

/** The words that make a French `ne` a negation; `que` alone is “only” (ne … que), no negation. */
const negators = new Set(['pas', 'jamais', 'plus', 'rien', 'personne', 'aucun', 'aucune', 'guère', 'nullement', 'ni', 'nulle', 'nul']);
/** Negators that may stand before `ne` as its subject: “Rien n’est moins sûr”, “Personne ne sait”. */
const subjects = new Set(['rien', 'personne', 'aucun', 'aucune', 'nul', 'nulle', 'jamais', 'ni']);
/** Determiners that make `personne` a noun (“une personne”), `plus` … a comparative. */
const determiners = new Set(['la', 'une', 'cette', 'chaque', 'les', 'des', 'toute', 'quelle', 'seule', 'de', 'd', 'l', 'du', 'ces', 'aux', 'tierce']);
/** A comparative before `que … ne` makes the ne expletive (“plus élevé qu’il ne l’a jamais été”). */
const comparatives = /\b(?:plus|moins|mieux|pire|davantage|autre|autrement|meilleure?s?|pires?)\b/u;

/**
 * Litotes and set phrases whose negation English usually drops: “n’est pas rare” = common,
 * “ne manque pas de”, “n’hésitez pas”, “il ne fait aucun doute”, “non négligeable”, “non seulement”.
 */
const litotes =
  /\best\s+pas\s+exclu\b|\b(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?(?:rares?|négligeables?|anodine?s?|étonnant|surprenant|sans|inconnue?s?|in\p{L}+|im\p{L}+|il\p{L}+|ir\p{L}+|impossibles?|inutiles?|un hasard|le fruit du hasard|pour rien|de hasard|mal|moins|étranger|à exclure|le seul|la seule|les seuls|les seules|que)\b|\bmanqu\p{L}*\s+(?:pas|jamais)\b|\bn[’']\s*(?:hésite|hésitez|hésitent|hésitons|empêche|importe|en reste|en demeure)\b|\baucun(?:e)?\s+doute\b|\bnul(?:le)?\s+doute\b|\bne\s+(?:cess\p{L}*|saurait|sauraient|saurais)\b|\bqu[’']?\s*à\s+cela\s+ne\s+tienne\b/u;

const apostrophes = /[’']/gu;

/** The French words of a sentence, lower case (accents kept: `né` is no `ne`), elisions as their own word (`n'`). */
const frenchWords = (text: string): string[] => [...text.toLowerCase().replace(apostrophes, "' ").matchAll(/[\p{L}]+'?|[.,;:!?«»()"“”—–]/gu)].map((match) => match[0]);

/** How many negations a French sentence makes (0 when none; litotes and set phrases aside). */
export function frenchNegations(sentence: string): number {
  const lower = sentence.toLowerCase();
  if (litotes.test(lower)) return 0;
  const words = frenchWords(lower);
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'ne' || word === "n'") {
      // A `que` before this ne after a comparative: the expletive ne of “plus … qu’il ne le pense”.
      const before = words.slice(Math.max(0, i - 4), i);
      if (before.some((w) => w === "qu'" || w === 'que') && comparatives.test(words.slice(0, i).join(' '))) continue;
      let negates = false;
      for (let j = i + 1; j < Math.min(words.length, i + 6); j++) {
        const next = words[j]!;
        if (/^[.,;:!?«»()"“”—–]$/u.test(next)) break;
        if (next === 'que' || next === "qu'") break;
        if (negators.has(next)) {
          // `ne … plus que` is “only … left”; `personne` after a determiner is a person.
          if ((next === 'plus' || next === 'jamais') && (words[j + 1] === 'que' || words[j + 1] === "qu'")) break;
          if (next === 'personne' && determiners.has(words[j - 1]!)) continue;
          negates = true;
          break;
        }
      }
      if (!negates) {
        const subject = words.slice(Math.max(0, i - 3), i).find((w, k, all) => subjects.has(w) && !(w === 'personne' && determiners.has(all[k - 1] ?? '')));
        negates = subject !== undefined && !determiners.has(words[i - 2] ?? '');
      }
      if (negates) count++;
    } else if (word === 'sans' && !/^(?:doute|cesse|précédent|compter|oublier|parler|conteste|arrêt|relâche|façon|faute)$/u.test(words[i + 1] ?? '') && words[i - 1] !== '-') count++;
    else if (word === 'non' && /^\p{L}{4,}$/u.test(words[i + 1] ?? '') && !/^(?:seulement|plus|loin|moins|sans|pas|négligeable|négligeables|nécessairement)$/u.test(words[i + 1]!)) count++;
  }
  return count;
}

/** Explicit English negation: what makes an English sentence negate where its French does not. */
const englishExplicit = /\b(?:not|never|nothing|nobody|none|neither|nor|nowhere|without|cannot|no(?![.’'])(?:[\s-]one)?)\b|n[’']ts?\b/giu;
/** Explicit English negations that translate no French negation: “not only” (non seulement), “no later than”, “not until” (ne … qu’à). */
const englishFree = /\b(?:not\s+(?:only|just|least|until|to\s+mention|merely|simply|far)|no\s+(?:later|earlier|more|less|fewer|sooner|doubt|matter|wonder|time|longer\s+than)|nothing\s+but|none\s+other|never\s+(?:before|been\s+(?:higher|lower|more|so))|without\s+(?:doubt|a\s+doubt|question))\b/giu;
/** English that negates by its words: un-, in-, -less, -free, lack, fail… (enough to carry a French negation). */
const englishLexical =
  /\b(?:un(?!til|der|it|ion|ique|ivers|animous|less|cle|iform|ited)\p{L}{3,}|(?:im|in|il|ir)(?:possib|poss|sufficien|complet|adequat|valid|capab|effect|acti|accessib|eligib|legal|regular|relevan|dependen|definit|correct|accura|appropria|consisten|secur|stab|visib|audib|convenien|compatib|toleran|frequen|expensiv)\p{L}*|(?:dis|mis)-?\p{L}{4,}|non[-\s]?\p{L}{4,}|\p{L}{3,}less(?:ness|ly)?|\p{L}+-free|free\s+of|lack\p{L}*|fail\p{L}*|refus\p{L}*|den(?:y|ies|ied)|absen\p{L}*|devoid|short\s+of|hardly|barely|scarcely|rarely|seldom|little|few|only|far\s+from|instead|rather\s+than|prevent\p{L}*|avoid\p{L}*|ban\p{L}*|prohibit\p{L}*|forb\p{L}*|stop\p{L}*|ceas\p{L}*|exclu\p{L}*|except\p{L}*|missing|zero|any|ever|yet|either|neither|nor|no[\s-]?one)\b/giu;

/** French that negates by its words, which English renders with lack, without, deprived… */
const frenchLexical = /(?:^|[\s'’])(?:faute\s+d[e’']|manque\s+d[e’']|absence\s+d[e’']|privée?s?\s+d[e’']|dépourvue?s?\s+d[e’']|renonc\p{L}*)/giu;

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;
const englishNegations = (sentence: string): number => count(sentence, englishExplicit) - count(sentence, englishFree);
const englishAny = (sentence: string): number => count(sentence, englishExplicit) + count(sentence, englishLexical);

/** Whether a French sentence says anything that English often renders with a negation: ne (even “ne … que”, expletive), sans, peu, à peine, refus… */
const frenchMayNegate = /(?:^|[\s'’(])(?:ne|n[’']|sans|non|aucune?|jamais|rien|personne|ni|nul(?:le)?|pas|peu|guère|à peine|faute|manqu\p{L}*|absen\p{L}*|refus\p{L}*|interdi\p{L}*|empêch\p{L}*|impossib\p{L}*|in\p{L}+ibles?|sauf|hormis|excepté|seulement|uniquement|moins|loin|plutôt|éviter|évit\p{L}*|exclu\p{L}*|ignor\p{L}*|rar\p{L}*|cess\p{L}*|arrêt\p{L}*|nié|nier|priv\p{L}*|renon\p{L}*|dépourvu\p{L}*|démuni\p{L}*|exempt\p{L}*|déconseill\p{L}*|désapprouv\p{L}*|défavorable\p{L}*|désaccord|incapable\p{L}*|dément\p{L}*|démenti|contre|inconnu\p{L}*|incertain\p{L}*|aucunement|libres?|laissée?s?\s+en\s+liberté)(?=$|[\s,.;:!?'’)])/iu;

export const negation: PairRunner = {
  run: (pair) => {
    // The same text again (an error message, a code) is the untranslated check's to judge.
    if (pair.source.trim() === pair.target.trim()) return [];
    const units = sentenceUnits(pair.source, pair.target);
    const issues: Issue[] = [];
    for (const [source, target] of units) {
      const negations = frenchNegations(source);
      // Each French negation wants its English one: “n’aura pas lieu, faute de financement” → “will take place … lack of funding” lost one.
      // “tant que … n’aura pas été” is “until … has been”: the until carries that negation.
      const untilCarries = /(?<![\p{L}])tant\s+qu/iu.test(source) && /\buntil\b/iu.test(target) ? 1 : 0;
      if (negations > 0 && englishAny(target) + untilCarries < negations + count(source.toLowerCase(), frenchLexical)) {
        issues.push({ key: 'negation.lost', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      } else if (negations === 0 && englishNegations(target) > 0 && !frenchMayNegate.test(source)) {
        issues.push({ key: 'negation.added', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      }
    }
    return issues;
  },
};
