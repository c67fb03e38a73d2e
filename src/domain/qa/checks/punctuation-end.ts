import { seedLexicon } from '../../align/lexicon-fr-en';
import { splitSentences } from '../../sentences';
import { lazy } from '../lib';
import type { Issue, PairRunner } from '../types';

const ending = (text: string): string => {
  const last = /([.!?…:;])[\s"'”’»)\]\u00a0\u202f]*$/u.exec(text);
  if (!last) return '';
  return last[1] === '…' ? '.' : last[1]!;
};

/** A question of the source made a statement inside the text, sentence by sentence when both have as many: “Faut-il rouvrir la ligne ? Le débat est relancé.” → “The line should be reopened. The debate…” */
function questionsInside(sourceText: string, targetText: string): Issue[] {
  const french = splitSentences(sourceText, 'fr').filter((sentence) => /\p{L}/u.test(sentence.text));
  const english = splitSentences(targetText, 'en').filter((sentence) => /\p{L}/u.test(sentence.text));
  if (french.length < 2 || french.length !== english.length) return [];
  const issues: Issue[] = [];
  french.forEach((sentence, i) => {
    const theirs = english[i]!;
    if (ending(sentence.text) !== '?' || ending(theirs.text) === '?') return;
    const end = theirs.start + theirs.text.trimEnd().length;
    issues.push({ key: 'punctuationEnd', params: { source: '?', target: ending(theirs.text) || '∅' }, target: [{ start: Math.max(theirs.start, end - 1), end }] });
  });
  return issues;
}

/** Whether a text's last two lines or more are list items (`•`, `-`, `–`, `*`, `1.`, `a)`), after a line that introduces them. */
function endsWithList(text: string): boolean {
  const lines = text.trim().split(/\r?\n/u).filter((line) => line.trim() !== '');
  if (lines.length < 3) return false;
  const item = (line: string) => /^\s*(?:[•\-–—*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+\S/u.test(line);
  return item(lines.at(-1)!) && item(lines.at(-2)!);
}

/** English words that make a clause of a line: a verb's auxiliary or copula, a modal, a pronoun subject, a past in -ed. */
const englishClause = /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|i|we|you|he|she|they|it|there|\p{L}{2,}ed)\b|n['’]t\b|['’](?:s|re|ll|ve|d)\b/iu;
/** French words that make a clause: an auxiliary, a copula, a common finite verb, a subject pronoun, an imperfect or a future. */
const frenchClause = /(?<![\p{L}])(?:est|sont|était|étaient|sera|seront|fut|a|ont|avait|avaient|aura|auront|va|vont|peut|peuvent|doit|doivent|fait|font|faut|il|elle|ils|elles|on|nous|vous|je|j|\p{L}{2,}(?:ait|aient|èrent|eront|erait|eraient|ons|ez))(?![\p{L}])/iu;

/**
 * A caption or a notice: one line of a few words with no verb on either side (`Le port de Honfleur
 * au lever du soleil.` → `Honfleur harbour at sunrise`, `Accès gratuit pour les moins de 18 ans.`).
 * English leaves such a line without a full stop where French often ends it with one.
 */
function verblessLine(source: string, target: string): boolean {
  const words = target.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > 14 || /\n/u.test(target) || /[.!?…]\s+\p{Lu}/u.test(target.replace(/\b\d{1,2}\.\s/gu, ''))) return false;
  return !englishClause.test(target) && !presentVerb(target) && !frenchClause.test(source) && !(source.match(/\p{L}{3,}ent(?![\p{L}])/gu) ?? []).some(pluralVerb);
}

/** English verbs: the seed lexicon's renderings of French infinitives (`offrir` → offer, `rester` → remain). */
const englishVerbs = lazy(() => new Set(seedLexicon.split('\n').flatMap((line) => {
  const [french, english] = line.split('\t');
  return french && english && /(?:er|ir|re|oir)$/u.test(french) ? english.split(' ') : [];
}).concat(['stand', 'date', 'lie', 'sit', 'seem', 'appear', 'cost', 'last', 'mean', 'need', 'want', 'say', 'go', 'come', 'take', 'make', 'give', 'get', 'hold', 'keep', 'run', 'see', 'show', 'look', 'feel', 'become', 'total', 'amount', 'weigh', 'measure'])));
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'some', 'any', 'all', 'of', 'for', 'and', 'or', 'new', 'free']);

/** A verb in the present after its subject (`The library offers…`, `The match starts…`): a known verb with -s, not after a determiner. */
function presentVerb(english: string): boolean {
  const words = english.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word, k) => {
    if (k === 0 || determiners.has(words[k - 1]!) || !/[^s]s$/u.test(word)) return false;
    const verbs = englishVerbs();
    return verbs.has(word.slice(0, -1)) || (/(?:sh|ch|x|ss|o)es$/u.test(word) && verbs.has(word.slice(0, -2)));
  });
}

/** Nouns and adverbs ending in -ent (a plural verb's ending): `les élèves rentrent` has a verb, `un accident` has none. */
const entWords = new Set(['président', 'accident', 'argent', 'agent', 'parent', 'client', 'patient', 'talent', 'torrent', 'continent', 'incident', 'adolescent', 'souvent', 'auparavant', 'pendant', 'serpent', 'régent', 'résident', 'récent', 'urgent', 'excellent', 'différent', 'absent', 'présent', 'permanent', 'compétent', 'évident', 'fréquent', 'prudent', 'violent', 'équivalent', 'indépendant', 'ciment', 'couvent', 'orient', 'occident', 'aliment', 'segment', 'dent', 'vent', 'cent', 'lent']);
const pluralVerb = (word: string): boolean => {
  const folded = word.toLowerCase();
  return !folded.endsWith('ment') && !entWords.has(folded);
};

/** End punctuation that differs: a question left as a statement, an exclamation lost, a full stop added or dropped. */
export const punctuationEnd: PairRunner = {
  run: (pair) => {
    const source = ending(pair.source);
    const target = ending(pair.target);
    if (source === target) return questionsInside(pair.source, pair.target);
    // `4:46 p.m.`, `etc.`: the full stop is the abbreviation's, and may end an unpunctuated line.
    if (target === '.' && source === '' && /(?:\b[ap]\.m|\betc|\bInc|\bLtd|\bCo|\bJr|\bSr)\.[\s"”’)]*$/u.test(pair.target)) return [];
    // A translation that ends with a list, one item a line (`people are advised to:` and a bulleted
    // line each), ends as a list item does, whatever the source's sentence did.
    if (endsWithList(pair.target) && !endsWithList(pair.source)) return [];
    // A bulleted item on both sides (`• Pièce d’identité obligatoire.` → `• Valid photo ID required`): its stop is the list's style.
    if (source === '.' && target === '' && /^\s*[•\-–—*·▪◦]\s/u.test(pair.source) && /^\s*[•\-–—*·▪◦]\s/u.test(pair.target)) return [];
    if (source === '.' && target === '' && verblessLine(pair.source, pair.target)) return [];
    // A list item: French ends it with a semicolon, English with a full stop or nothing (`Résumez vos points clés ;` → `Summarize your key points.`).
    if ((source === ';' || target === ';') && /^[.;,]?$/u.test(source) && /^[.;,]?$/u.test(target)) return [];
    return [{ key: 'punctuationEnd', params: { source: source || '∅', target: target || '∅' }, target: [{ start: Math.max(0, pair.target.trimEnd().length - 1), end: pair.target.trimEnd().length }] }];
  },
};
