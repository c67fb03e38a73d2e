import { englishStem, englishStopwords, frenchRenderings, lexicalWords } from '../../align/lexicon';
import { fold, lazy } from '../lib';
import type { PairRunner } from '../types';

/**
 * French left in an English translation: “pairs perfectly with grilled meats and les fromages à pâte
 * molle”, “suitable for families, mais not recommended”. Words of the source copied into the
 * target, lower case, in a run with a French word English does not have (a function word, an
 * accent); names (next to a capital: “Pays de la Loire”, “Sécurité sociale”), quotations and
 * italics, and French that English has borrowed (“à la carte”, “déjà vu”) aside.
 */

/** French words English never writes in lower case: one of them copied from the source is French left in. */
const frenchOnly = new Set(
  'mais avec les des est sont pour dans très qui hors cette aux leurs nous vous être sans chez lors selon puis donc alors aussi toujours encore déjà depuis pendant avant après entre leur notre votre elle elles ils une du au sur ses ces mes tes son mon'.split(' '),
);
/** French words English also writes (“a”, “on”, “me”, “plus”…): French only in a run with another. */
const frenchCommon = new Set('de la le et ou en par à un il ce que qu d l n s c j m t y ne pas plus bien tout tous toute toutes'.split(' '));
/** French that English has borrowed, kept as it is. */
const borrowed =
  /(?<![\p{L}])(?:à la (?:carte|mode|française|russe)|vis-à-vis|déjà vu|coup d[’']état|raison d[’']être|tête-à-tête|fait accompli|pied-à-terre|crème (?:brûlée|fraîche|de la crème)|joie de vivre|savoir-faire|laissez-faire|je ne sais quoi|c[’']est la vie|art déco|art nouveau|belle époque|bon appétit|cordon bleu|femme fatale|haute couture|nouvelle vague|objet d[’']art|pièce de résistance|prêt-à-porter|film noir|noblesse oblige|en route|en masse|en passant|en suite|tour de force|trompe-l[’']œil|nom de (?:guerre|plume)|enfant terrible|esprit de corps|de rigueur|de trop|bête noire|cause célèbre|par excellence|amuse-bouche|hors d[’']œuvres?|maître d[’']hôtel|au pair|au revoir|bon voyage|double entendre|idée fixe|mise en (?:scène|place)|sous[- ]vide|terroir|appellation d[’']origine contrôlée|galettes? des rois|fête de la musique)(?![\p{L}])/giu;

/**
 * Single French words English has borrowed and writes in lower case, and French institutions a
 * translator keeps on purpose (folded): “a café”, “the élite”, “the département”.
 */
const borrowedWords = lazy(
  () =>
    new Set(
      `cafe regime elite bureau detente cliche genre rendez-vous chef cuisine boutique facade fiance fiancee naive naivete entrepreneur avant-garde laissez-faire
      baccalaureat bac prefet prefecture departement arrondissement commune lycee college grande ecole canton bourgmestre
      resume role debut decor debris cortege protege protegee expose communique souvenir melee elan entree puree saute pate souffle creme brulee gateau
      ballet beret buffet petanque boules chalet croissant baguette brasserie bistro bistrot cabaret chateau gite auberge terroir cru vin ordinaire rose champagne cognac
      menu sommelier chauffeur concierge courier dossier ensemble esprit motif nuance panache rapport repertoire reservoir salon silhouette soiree suite
      tableau atelier cadre coupe barrage marque premier reprise rendu sortie vis-a-vis tete naif etude etudes
      creperie crepe patisserie boulangerie fromagerie charcuterie brioche macaron eclair quiche ragout foie gras praline meringue`
        .split(/\s+/u)
        .filter(Boolean),
    ),
);

/** A folded word's singular (“façades”, “notes”). */
const singular = (folded: string) => folded.replace(/(?:s|x)$/u, '');
/** A word English has borrowed, in the singular or the plural. */
const isBorrowed = (word: string) => {
  const folded = fold(word).replace(/’/gu, "'");
  return borrowedWords().has(folded) || borrowedWords().has(singular(folded));
};

/**
 * French words of the seed lexicon that English writes too, with its own meaning or as a cognate:
 * found in both texts, they are English (“a note”, “a bout of flu”, “pain relief”, “the usage”).
 */
const englishToo = lazy(
  () =>
    new Set(
      `but chat cher coup don fond fort grand grave dire pain rue vent vie mars robe sable sole tire mine mal ample bon lent lire mer mort sort pays
      lecture location formation engagement bail bout chute essence instant terrain usage patron roman sentiment lien tiers passer note objet ombre
      lever signer tester planter porter poser ranger fixer lancer manger copier dresser charger rater trier vide grille mille pied champ parti
      affaire fonds gaz coin place front chair four son fin type mode date route prise comment stage large sale dent tape vague plate pour ours
      mine pie bride rate lame cent sue rider pare gage mare ail foire foi voile flotte recette fusion menace notamment ensemble atout
      jet jets variant variants`
        .split(/\s+/u)
        .filter(Boolean),
    ),
);

const accentedWord = /[àâäéèêëîïôöùûüÿçœæ]/iu;

/**
 * A word that is French and no English: one the seed lexicon knows whose English is another word
 * (“chantier”, “bilan”, “guichet”), or one with a French accent (“grêle”, “sécheresse”); English
 * words, cognates and borrowings (“café”, “bureau”, “note”) aside.
 */
function frenchWord(word: string, written: ReadonlySet<string>): boolean {
  // Written otherwise than in the source (“feminine” for “féminine”), it is the English word.
  if (!written.has(word.toLowerCase())) return false;
  const folded = fold(word).replace(/’/gu, "'");
  if (folded.length < 4 || isBorrowed(word) || englishToo().has(folded) || englishToo().has(singular(folded)) || englishStopwords.has(folded) || englishStopwords.has(englishStem(word))) return false;
  if (accentedWord.test(word)) return true;
  if (lexicalWords(word, 'en').known > 0) return false;
  const renderings = frenchRenderings(word);
  return renderings !== undefined && !renderings.includes(englishStem(word));
}

/** Quotations and italics the English keeps French in on purpose. */
const quoted = /“[^”]*”|‘[^’]*’|"[^"]*"|«[^»]*»|(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])|\*[^*]+\*|_[^_]+_|\([^)]*\)/gu;

const accented = /[àâäéèêëîïôöùûüÿçœæ]/u;

/**
 * A clause or sentence of the source copied as it is: four words or more in a row, in the same
 * order as in the source and with no punctuation between them, of which two at least are lower-case
 * words that are no French function word (“Les habitants pourront déposer leurs propositions en
 * ligne.”, “la billetterie reste accessible”), one French by its accent, its function word or its
 * elision. A name keeps its words in capitals (“Institut de la statistique du Québec”, “Théâtre du
 * Nouveau Monde”): it has no two lower-case words of content. Linear: the source’s word pairs in a set.
 */
function copiedClause(source: string, target: string): { start: number; end: number } | undefined {
  const words = (text: string) => [...text.matchAll(/(?<![#@\p{L}])\p{L}+(?:[’'-]\p{L}+)*/gu)].map((match) => ({ text: match[0], folded: fold(match[0]).replace(/’/gu, "'"), start: match.index, end: match.index + match[0].length }));
  const french = words(source);
  const pairs = new Set<string>();
  // (A word after its elided article is its word too: `l’Autorité de régulation` gives `autorite de`.)
  const bare = (folded: string) => folded.replace(/^(?:d|l|qu|n|s|c|j)'/u, '');
  for (let i = 0; i + 1 < french.length; i++) {
    if (/[^\s\u00a0\u202f]/u.test(source.slice(french[i]!.end, french[i + 1]!.start))) continue;
    pairs.add(`${french[i]!.folded} ${french[i + 1]!.folded}`);
    pairs.add(`${bare(french[i]!.folded)} ${french[i + 1]!.folded}`);
  }
  // The source's words with a capital inside a sentence (`l’Union des producteurs`): a run opening on one is a name kept.
  const named = new Set(french.filter((word, i) => i > 0 && /^(?:\p{Ll}+['’])?\p{Lu}/u.test(word.text) && !/[.!?:;…]\s*$/u.test(source.slice(0, word.start))).map((word) => bare(word.folded)));
  const english = words(target);
  const judge = (run: typeof english, after: number) => {
    if (run.length < 4) return undefined;
    const lower = run.filter((word) => /^\p{Ll}/u.test(word.text)).map((word) => word.text.toLowerCase());
    const content = lower.filter((word) => !frenchOnly.has(word) && !frenchCommon.has(word) && !/^(?:d|l|qu|n|s|c|j)['’]/u.test(word));
    const marked = lower.some((word) => frenchOnly.has(word) || frenchCommon.has(word) || accented.test(word) || /['’]/u.test(word));
    // A run that starts with a capital inside a sentence, or from a capital to a capital, is a name: “the Caisse de dépôt et placement du Québec”.
    const capital = (word: (typeof run)[number] | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
    const next = english[after];
    const nextTouches = next !== undefined && !/[^\s\u00a0\u202f]/u.test(target.slice(run.at(-1)!.end, next.start));
    let at = run[0]!.start - 1;
    while (at >= 0 && /[\s\u00a0\u202f"”’»)]/u.test(target[at]!)) at--;
    const startsSentence = at < 0 || /[.!?:;…]/u.test(target[at]!);
    // (A sentence of the source copied whole may open with its capital and end with a place: `Des bus de substitution seront mis en place entre Dijon et Mâcon.`)
    const sentence = startsSentence && content.length >= 3 && run.length >= 6;
    const name = capital(run[0]) && (!startsSentence || capital(run.at(-1)) || (nextTouches && capital(next)) || named.has(run[0]!.folded)) && !sentence;
    return !name && content.length >= 2 && lower.length >= 3 && marked ? { start: run[0]!.start, end: run.at(-1)!.end } : undefined;
  };
  let run: typeof english = [];
  for (let i = 0; i < english.length; i++) {
    const word = english[i]!;
    const previous = run.at(-1);
    if (previous && !/[^\s\u00a0\u202f]/u.test(target.slice(previous.end, word.start)) && pairs.has(`${previous.folded} ${word.folded}`)) run.push(word);
    else {
      const found = judge(run, i);
      if (found) return found;
      run = [word];
    }
  }
  return judge(run, english.length);
}

export const frenchLeft: PairRunner = {
  run: (pair) => {
    // The same text again is the untranslated check's to judge.
    if (pair.source.trim() === pair.target.trim()) return [];
    const sourceWords = new Set([...fold(pair.source).matchAll(/\p{L}+/gu)].map((match) => match[0]));
    const written = new Set([...pair.source.normalize('NFC').toLowerCase().matchAll(/\p{L}+(?:[’'-]\p{L}+)*/gu)].map((match) => match[0]));
    // Quotations, italics and borrowed phrases blanked (offsets kept).
    // Addresses (“www.example.fr/velo”, “contact@mairie.fr”, “42 cours de l’Intendance”: a postal one is kept as it is) are no words of the text either.
    const target = pair.target.replace(/\S+@\S+|(?:https?:\/\/)?(?:[\p{L}\d-]+\.)+\p{L}{2,}(?:\/\S*)?|(?<![\p{L}\d])\d{1,4}(?:[\s\u00a0]?(?:bis|ter))?,?[\s\u00a0]+(?:rue|avenue|boulevard|bd|cours|place|quai|allée|impasse|chemin|route|passage|square|esplanade|parvis)[\s\u00a0]+[^,;\n]{1,60}/gu, (text) => ' '.repeat(text.length)).replace(quoted, (text) => ' '.repeat(text.length)).replace(borrowed, (text) => ' '.repeat(text.length));
    const copied = copiedClause(pair.source, target);
    if (copied) return [{ key: 'frenchLeft', params: { text: pair.target.slice(copied.start, copied.end) }, target: [copied] }];
    const tokens = [...target.matchAll(/(?<![#@\p{L}])\p{L}+(?:[’'-]\p{L}+)*[’']?/gu)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
    const fromSource = (text: string) => fold(text).split(/[’'-]/u).filter(Boolean).every((part) => sourceWords.has(part));
    const french = (text: string) => !/^\p{Lu}/u.test(text) && fromSource(text);
    for (let i = 0; i < tokens.length; i++) {
      if (!french(tokens[i]!.text)) continue;
      let j = i;
      while (j + 1 < tokens.length && french(tokens[j + 1]!.text) && !/[.,;:!?]/u.test(target.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
      const run = tokens.slice(i, j + 1);
      const lower = run.map((token) => token.text.toLowerCase());
      // A run next to a capitalised word is part of a name: “Pays de la Loire”, “Sécurité sociale”.
      // An English function word opening the sentence (“The bilan of…”) names nothing.
      const touchesName = [tokens[i - 1], tokens[j + 1]].some((token, k) => token && /^\p{Lu}/u.test(token.text) && !englishStopwords.has(token.text.toLowerCase()) && !/[.,;:!?]/u.test(k === 0 ? target.slice(token.end, run[0]!.start) : target.slice(run.at(-1)!.end, token.start)));
      const only = lower.filter((word) => frenchOnly.has(word)).length;
      // An accent of a word English has borrowed (“café”, “façades”) marks no French.
      const accentedFrench = (word: string) => accented.test(word) && !isBorrowed(word);
      const marked = lower.filter((word) => frenchOnly.has(word) || accentedFrench(word) || /[’']/u.test(word) || frenchCommon.has(word)).length;
      const frenchRun = only >= 1 || lower.some((word) => frenchWord(word.normalize('NFC'), written)) || (run.length === 1 && /(?:^|-)(?:d|l|qu|n|s|c|j)[’']\p{L}/iu.test(run[0]!.text)) || (run.length >= 2 && marked >= 1 && lower.some((word) => accentedFrench(word) || frenchOnly.has(word) || /[’']/u.test(word)));
      // A word glossed right after (“femme (‘woman’)”, “elle [she]”) is cited on purpose.
      const glossed = /^[\s\u00a0]*[([“"‘]/u.test(pair.target.slice(run.at(-1)!.end));
      if (!touchesName && !glossed && frenchRun) {
        const span = { start: run[0]!.start, end: run.at(-1)!.end };
        return [{ key: 'frenchLeft', params: { text: pair.target.slice(span.start, span.end) }, target: [span] }];
      }
      i = j;
    }
    return [];
  },
};
