import { blank, fold, spans } from './lib';
import { unitAfter } from './measures';
import type { Span } from './types';

/**
 * Numbers written in words, as a reviser reads them (issue 28): French cardinals up to the
 * milliards (`vingt et un`, `quatre-vingt-dix-neuf`, `deux mille deux cents`, `un demi-million`),
 * parts (`un sur quatre`, `deux tiers`, `la moitié`) and factors (`triplé`, `multiplié par trois`,
 * `divisé par deux`); and the English they may become (`twenty-one`, `a billion`, `one in four`,
 * `two-thirds`, `tripled`, `twice`, `halved`).
 */

/** A number written in words: its value, and what it says — a count, a part of a whole, or a factor. */
export interface WordNumber extends Span {
  value: number;
  text: string;
  kind: 'count' | 'part' | 'factor';
  /** A round count said roughly (`une trentaine de`): about 30. */
  approx?: boolean;
  /** A part taken away (`cut by a third`, `reduced by half`): what is left is the rest. */
  reduction?: boolean;
}

const frenchSmall: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, octante: 80, huitante: 80, nonante: 90,
};
const frenchLarge: Record<string, number> = { cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 };
/** `deux centaines`, `trois milliers`: a count of them only after a number (`des centaines` says no number). */
const frenchGroups: Record<string, number> = { dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, centaine: 100, centaines: 100, millier: 1e3, milliers: 1e3 };

const englishSmall: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const englishLarge: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };

interface Token extends Span {
  word: string;
  /** What stands between the previous token and this one. */
  before: string;
}

const tokens = (text: string): Token[] => {
  const out: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    out.push({ start: match.index, end: match.index + match[0].length, word: fold(match[0]), before: text.slice(last, match.index) });
    last = match.index + match[0].length;
  }
  return out;
};

const space = /^[\s\u00a0\u202f]+$/u;

/**
 * A cardinal read word by word: each word added to the number so far, or refused (the number
 * then ends there). Rules of French: units after tens (`vingt-deux`), `dix` to `dix-neuf` after
 * `soixante` and `quatre-vingt`, `et un`/`et onze` after the tens, `cent` after a unit, `mille`
 * once, the millions and milliards in decreasing order.
 */
class Cardinal {
  /** The finished millions and milliards, the thousands, and the group under a thousand being read. */
  private big = 0;
  private lastBig = Infinity;
  private thousands = 0;
  private group = 0;
  private hundredsSeen = false;
  words = 0;

  constructor(private readonly small: Record<string, number>, private readonly large: Record<string, number>) {}

  /** The same number so far, to try a word on without changing this one. */
  clone(): Cardinal {
    return Object.assign(new Cardinal(this.small, this.large), this);
  }

  get value(): number {
    return this.big + this.thousands + this.group;
  }

  /** Adds a word; false when it cannot continue this number. */
  add(word: string, previous: string | undefined): boolean {
    const small = this.small[word];
    if (small !== undefined) return this.addSmall(small, word, previous);
    const large = this.large[word];
    if (large === undefined) return false;
    if (large === 100) {
      if (this.hundredsSeen || this.group >= 100) return false;
      this.group = (this.group || 1) * 100;
      this.hundredsSeen = true;
    } else if (large === 12) {
      // `two dozen`: a count of twelves (English only).
      if (this.group === 0 && this.words === 0) return false;
      this.group = (this.group || 1) * 12;
    } else if (large === 1e3) {
      if (this.thousands || this.lastBig <= 1e3) return false;
      this.thousands = (this.group || 1) * 1e3;
      this.group = 0;
      this.hundredsSeen = false;
    } else {
      // A million needs a number before it (`un million`, `deux millions`): `des millions` says none.
      if (large >= this.lastBig || (this.words === 0 && this.group === 0)) return false;
      this.big += (this.thousands + this.group || 1) * large;
      this.lastBig = large;
      this.thousands = 0;
      this.group = 0;
      this.hundredsSeen = false;
    }
    this.words++;
    return true;
  }

  private addSmall(value: number, word: string, previous: string | undefined): boolean {
    const tens = this.group % 100;
    const hundreds = this.group - tens;
    let next: number | undefined;
    if (this.words === 0 || (tens === 0 && (this.group > 0 || this.thousands > 0 || this.big > 0))) next = this.group + value;
    else if ((word === 'vingt' || word === 'vingts') && tens === 4 && previous === 'quatre') next = hundreds + 80;
    else if (tens >= 20 && tens % 10 === 0 && value < 10 && value > 0) next = this.group + value;
    else if ((tens === 60 || tens === 80) && value >= 10 && value < 20) next = this.group + value;
    else if (tens === 10 && value >= 7 && value <= 9 && previous === 'dix') next = this.group + value;
    if (next === undefined || value === 0) {
      if (this.words === 0 && value === 0) {
        this.words++;
        return true;
      }
      return false;
    }
    this.group = next;
    this.words++;
    return true;
  }
}

interface ReadNumber extends Span {
  value: number;
  words: Token[];
}

/** The cardinals of a run of tokens, each as long as the rules let it go. */
function readRun(run: Token[], small: Record<string, number>, large: Record<string, number>, connector: RegExp): ReadNumber[] {
  const out: ReadNumber[] = [];
  let i = 0;
  while (i < run.length) {
    const cardinal = new Cardinal(small, large);
    const words: Token[] = [];
    let j = i;
    for (; j < run.length; j++) {
      const token = run[j]!;
      // `vingt et un`, `soixante et onze`, `one hundred and five`: the connector only inside a number.
      if (connector.test(token.word)) {
        const next = run[j + 1];
        if (!next || words.length === 0 || !cardinal.clone().add(next.word, words.at(-1)!.word)) break;
        continue;
      }
      if (!cardinal.add(token.word, words.at(-1)?.word)) break;
      words.push(token);
    }
    if (words.length === 0) {
      i = j + 1;
      continue;
    }
    out.push({ start: words[0]!.start, end: words.at(-1)!.end, value: cardinal.value, words });
    i = j;
  }
  return out;
}

/**
 * The value of a French cardinal written in words, the whole text one number; undefined otherwise.
 *
 * @example
 * readFrenchCardinal('quatre-vingt-dix-neuf'); // → 99
 * readFrenchCardinal('deux mille deux cents'); // → 2200
 * readFrenchCardinal('un demi-million'); // → 500000
 */
export function readFrenchCardinal(text: string): number | undefined {
  const demi = /^(?:un\s+)?demi[-\s]+(million|milliard)$/iu.exec(text.trim());
  if (demi) return (fold(demi[1]!) === 'million' ? 1e6 : 1e9) / 2;
  const all = tokens(text.trim());
  if (all.length === 0 || all.some((token) => !/^[\s\u00a0\u202f-]*$/u.test(token.before) && token !== all[0])) return undefined;
  const read = readRun(all, frenchSmall, frenchLarge, /^et$/u);
  return read.length === 1 && read[0]!.words.length === all.filter((token) => token.word !== 'et').length ? read[0]!.value : undefined;
}

/** French idioms with number words that count nothing, one a line (verbs left out: the words that carry the number). */
const idiomTable = [
  'la poire en deux', // couper la poire en deux: split the difference
  '(?:aux|les) cent coups', // être aux cent coups: worried sick
  'par quatre chemins', // ne pas y aller par quatre chemins: not beat about the bush
  'à quatre épingles', // tiré à quatre épingles: dressed to the nines
  'sur (?:ses|mes|tes|nos|vos|leurs|les) deux oreilles', // dormir sur ses deux oreilles: rest easy
  'une? de ces quatre(?: matins)?', // un de ces quatre (matins): one of these days
  'jamais deux sans trois', // bad things come in threes
  'à deux doigts', // à deux doigts de: within an inch of
  'à (?:eux|elles|nous|vous) (?:deux|trois|quatre|cinq)', // à elles trois: together (the things just listed)
  'midi à quatorze heures', // chercher midi à quatorze heures: overcomplicate things
  'semaine des quatre jeudis', // when pigs fly
  'd[’\']une pierre deux coups', // kill two birds with one stone
  'les quatre fers en l[’\']air', // flat on one's back
  'rugby à (?:sept|treize|quinze)', // rugby sevens, rugby league, rugby union
  'jours sur sept', // six jours sur sept: six days a week (the first number still counts)
  'trois-huit', // les trois-huit: three eight-hour shifts
  'ni une?,? ni deux', // ne faire ni une ni deux: without a second thought
  'deux gouttes d[’\']eau', // comme deux gouttes d'eau: like two peas in a pod
  'tous les trente-six du mois', // once in a blue moon
  'aux quatre (?:veines|vents|coins)', // se saigner aux quatre veines, aux quatre vents, aux quatre coins
  'de quatre sous', // un travail de quatre sous: cheap
  '(?:pour|de|pas) deux sous', // pas deux sous de bon sens
  'les quatre volontés', // faire les quatre volontés de: wait on hand and foot
  'les cheveux en quatre', // couper les cheveux en quatre: split hairs
  'comme quatre', // manger comme quatre: eat like a horse
  'sur (?:son|leur|mon|ton|notre|votre) trente[- ]et[- ]un', // dressed up to the nines
  'à deux vitesses', // a two-tier system
  'en deux coups de cuill[eè]re à pot', // in two shakes
  'trois pattes à un canard', // ne pas casser trois pattes à un canard: nothing to write home about
  'comme trois pommes', // haut comme trois pommes: knee-high to a grasshopper
  'à quatre pattes', // on all fours
  'à quatre mains', // piano four hands, a duet
  '(?:se|me|te|nous|vous) (?:mettre|mettent|mettait|mettaient|met|mets|mettra|mettront|sont mis|est mise?|coupe|coupent|couper|plie|plient|plier) en quatre', // bend over backwards
  'entre deux (?:chaises|eaux|feux|âges|portes|vins)', // caught between two stools, between two ages
  'une? de perdue?s?,? dix de retrouvée?s', // plenty more fish in the sea
  'deux et deux font quatre', // as plain as day
  'en moins de deux(?![\\s\\u00a0]+\\p{L})', // in no time (not `en moins de deux heures`)
  'le donne en mille', // you'll never guess
  'des mille et des cents', // a fortune
  '(?:à|de) (?:cent|mille) lieues', // miles from
  'en mille morceaux', // in smithereens
  'les deux font la paire', // two of a kind
  'à la six[- ]quatre[- ]deux', // slapdash
  'treize à la douzaine', // a baker's dozen, two a penny
  'deux mains gauches', // all fingers and thumbs
  'deux pieds dans le même sabot', // useless
  'sur les deux tableaux', // have it both ways
  'en deux mots', // in a nutshell
  'numéro deux', // the second-in-command, the deputy (a rank, no count)
  'deux mots à', // have a word with
  'comme de l[’\']an quarante', // couldn't care less
  'que deux tu l[’\']auras', // a bird in the hand
  'bottes de sept lieues', // seven-league boots
  'les trois[- ]huit', // faire les trois-huit: work shifts
  '(?:au )?quart de tour', // démarrer au quart de tour: start first time, fly off the handle
  'moitié[- ]moitié', // fifty-fifty
  '(?:la |une )?(?:première|seconde|deuxième|dernière) moitié', // the first half, the second half: a period, no part
  'quarts? de finale', // a quarter-final
  'quatre nages', // the individual medley
];

/** Word sequences French writes with numbers that say no number to translate. */
const frenchIdioms = new RegExp(
  [
    'à deux pas', 'les quatre coins', 'en deux temps,? trois mouvements', 'trois fois rien', 'deux poids,? deux mesures', 'entre quatre yeux', '(?:mettre|met|mets|mettent|mis|mise|coupé|coupée|plié|pliée) en quatre', 'quatre vérités', 'quatre à quatre',
    'un à un', 'une à une', 'deux à deux', 'deux par deux', 'un par un', 'une par une', 'de deux choses l[’\']une', '(?:mille|cent) fois(?! plus| moins)', 'mille et une?', 'mille excuses', 'mille mercis', 'cent pas',
    '(?:dans|sous|en|d[’\']ici|tous les|toutes les) (?:huit|quinze) jours', 'les trois quarts du temps', '(?:huit|quinze) jours', 'cinq sur cinq', 'sept (?:jours )?sur sept', 'vingt-quatre heures sur vingt-quatre', 'trente-six (?:chandelles|façons|fois|solutions|mille)',
    'années (?:vingt|trente|quarante|cinquante|soixante(?:-dix)?|quatre-vingt(?:-dix)?)', 'à la une',
    // `faire les quatre cents coups` (run wild); `aucune des deux parties` (neither side), `l’un des deux` (one of them).
    'les quatre cents coups', '(?:aucune?|chacune?|l[’\']une?|ni l[’\']une?|l[’\']autre) des deux',
    // Idioms whose numbers count nothing (a professional's list): the English says them otherwise
    // (`couper la poire en deux` → `split the difference`); an English that keeps the number is never a finding.
    ...idiomTable,
  ].join('|'),
  'giu',
);
const wordBoundary = (pattern: RegExp) => new RegExp(`(?<![\\p{L}])(?:${pattern.source})(?![\\p{L}])`, pattern.flags);
const idioms = wordBoundary(frenchIdioms);

/** Words ending in -s that follow `neuf` the adjective (`un vélo neuf dans…`), not `neuf` the number. */
const notNouns = new Set('sans dans sous plus mais moins apres des depuis vers chez tres jamais pas puis alors lors tous nous vous leurs ses les mes tes ces aux deux trois'.split(' '));

const sentenceStart = (text: string, at: number): boolean => /(?:^|[.!?:;«"“(—–\n]|\.\s*-)[\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, at - 6), at)) || at === 0;

/** A count in digits or words, as the first term of a part (`sept` in `sept personnes sur dix`). */
const countPattern = (words: Record<string, number>) => `(?:\\d+|(?:${Object.keys(words).join('|')})(?:-(?:${Object.keys(words).join('|')}|et))*)`;
/** `un sur quatre`, `un salarié sur quatre`, `7 personnes sur 10`. */
const frenchPartOf = new RegExp(`(?<![\\p{L}\\p{N}])(${countPattern(frenchSmall)})((?:[\\s\\u00a0]+[\\p{L}’'-]+){0,3}?)[\\s\\u00a0]+sur[\\s\\u00a0]+([\\p{L}-]+|\\d+)(?![\\p{L}\\p{N}])`, 'giu');
/** `one in four`, `three out of five`, `one employee in four`. */
const englishPartOf = new RegExp(`(?<![\\p{L}\\p{N}])(${countPattern({ ...englishSmall, a: 1, an: 1 })})(?:\\s+\\p{L}+){0,2}?\\s+(?:in|out\\s+of|of\\s+every)\\s+(\\d+|\\p{L}+)(?![\\p{L}\\p{N}])`, 'giu');

const frenchPart: Record<string, number> = { tiers: 3, quart: 4, quarts: 4, cinquieme: 5, cinquiemes: 5, dixieme: 10, dixiemes: 10, centieme: 100, centiemes: 100 };
const frenchFactorStems: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, quintupl: 5, sextupl: 6, decupl: 10, centupl: 100 };

/**
 * The numbers a French text writes in words. `un`/`une` count only where they cannot be an
 * article (`un sur quatre`, `un milliard`, `vingt et un`); `neuf` only where it is not `new`;
 * number words inside a compound (`deux-roues`, `Deux-Sèvres`, `vingt-deuxième`), capitalised
 * inside a sentence (`Les Quatre Cents Coups`) or in an idiom (`à deux pas`) say no number; `zéro`
 * alone neither (`zéro mort` → `no deaths`). Vague counts (`des centaines`, `une dizaine`) are left.
 */
export function frenchNumberWords(text: string): WordNumber[] {
  const out: WordNumber[] = [];
  // `pour cent` is the percent sign, said by the number before it.
  const taken: Span[] = [...spans(text, idioms), ...spans(text, /(?<![\p{L}])pour[\s\u00a0]+cent(?![\p{L}])/giu)].map(({ start, end }) => ({ start, end }));
  const free = (span: Span) => !taken.some((other) => span.start < other.end && other.start < span.end);
  const push = (number: WordNumber) => {
    out.push(number);
    taken.push(number);
  };
  // Factors: `triplé`, `a doublé`, `multiplié par trois`, `divisé par 2`.
  for (const found of spans(text, /(?<![\p{L}])(doubl|tripl|quadrupl|quintupl|sextupl|d[ée]cupl|centupl)(?:é|ée|és|ées|er|era|eront|erait|eraient|ait|aient|ent|ant)(?![\p{L}])/giu)) {
    // `doublé en anglais`, `la version doublée`: dubbed, no number.
    if (/^doubl/iu.test(found.text) && (/^[\s\u00a0]+(?:en|dans)[\s\u00a0]+(?:anglais|français|allemand|espagnol|italien|arabe|portugais|japonais|chinois|russe|néerlandais|québécois)(?![\p{L}])/iu.test(text.slice(found.end, found.end + 20)) || /(?:version|voix|film|série|dessin animé)[\s\u00a0]*$/iu.test(text.slice(Math.max(0, found.start - 16), found.start))))
      continue;
    // `un triplé` is a hat-trick, `son doublé` a brace, `le doublé coupe-championnat` two titles: a count, no factor.
    if (/(?:^|[\s'’])(?:un|le|son|ce|du|au|l)[\s\u00a0'’]*$/iu.test(text.slice(Math.max(0, found.start - 5), found.start))) {
      if (/é$/iu.test(found.text)) push({ start: found.start, end: found.end, text: found.text, value: frenchFactorStems[fold(found.groups[0]!)]!, kind: 'count' });
      continue;
    }
    push({ start: found.start, end: found.end, text: found.text, value: frenchFactorStems[fold(found.groups[0]!)]!, kind: 'factor' });
  }
  // `un euro cinquante`, `deux euros vingt`: euros and cents said in words (1.50, 2.20).
  for (const found of spans(text, /(?<![\p{L}\p{N}])(\d+|\p{L}+(?:-\p{L}+)*)[\s\u00a0]+euros?[\s\u00a0]+(\p{L}+(?:-\p{L}+)*)(?![\p{L}\p{N}])/giu)) {
    const [euros, cents] = [countOf(found.groups[0]!), countOf(found.groups[1]!)];
    if (euros === undefined || cents === undefined || cents < 1 || cents > 99 || !free(found)) continue;
    push({ start: found.start, end: found.end, text: found.text, value: euros + cents / 100, kind: 'count' });
  }
  // `le triple de son niveau`, `au double`: a factor said as a noun.
  for (const found of spans(text, /(?<![\p{L}])(?:le|au|du)[\s\u00a0]+(doubl|tripl|quadrupl|quintupl|d[ée]cupl|centupl)e(?![\p{L}])/giu)) {
    if (!free(found)) continue;
    push({ start: found.start, end: found.end, text: found.text, value: frenchFactorStems[fold(found.groups[0]!)]!, kind: 'factor' });
  }
  for (const found of spans(text, /(?<![\p{L}])(multipli|divis)(?:é|ée|és|ées|er|era|ait|ant)[\s\u00a0]+par[\s\u00a0]+/giu)) {
    const by = leadingCount(text, found.end);
    if (by === undefined) continue;
    push({ start: found.start, end: by.end, text: text.slice(found.start, by.end), value: fold(found.groups[0]!) === 'divis' ? 1 / by.value : by.value, kind: 'factor' });
  }
  // `deux fois moins` (half as much, halved), `trois fois moins` (a third of it): a factor under one.
  for (const found of spans(text, /(?<![\p{L}\p{N}])(\d+|\p{L}+(?:-\p{L}+)*)[\s\u00a0]+fois[\s\u00a0]+moins(?![\p{L}])/giu)) {
    const by = countOf(found.groups[0]!);
    if (by === undefined || by < 2 || !free(found)) continue;
    push({ start: found.start, end: found.end, text: found.text, value: 1 / by, kind: 'factor' });
  }
  // Round counts: `une trentaine de randonneurs` (about 30), `un millier de` (about 1,000); `une quinzaine de jours` is a fortnight, left to the idioms.
  for (const found of spans(text, /(?<![\p{L}])une?[\s\u00a0]+(demi-douzaine|dizaine|douzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|quinzaine)(?![\p{L}])/giu)) {
    const approx: Record<string, number> = { 'demi-douzaine': 6, dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1e3 };
    const of = /^[\s\u00a0]+(?:de|d[’'])[\s\u00a0]*(\p{L}+)/u.exec(text.slice(found.end, found.end + 40));
    const next = of?.[1] ?? '';
    // Without `de`, a count said of what came before (`620 lits, dont une soixantaine en réanimation`); not `une quarantaine` (a quarantine) nor `une quinzaine` (a fortnight).
    if (!of && /^(?:quarantaine|quinzaine)$/iu.test(found.groups[0]!)) continue;
    if (/^(?:jours?|nuits?|ann[ée]es?|ans|minutes?|secondes?|heures?|semaines?|mois)$/iu.test(next) || !free(found)) continue;
    // `une vingtaine de millions d’euros`: about twenty million.
    const scale = ({ milliers: 1e3, millions: 1e6, milliards: 1e9 } as Record<string, number>)[fold(next)] ?? 1;
    const end = scale === 1 ? found.end : found.end + of![0].length;
    push({ start: found.start, end, text: text.slice(found.start, end), value: approx[fold(found.groups[0]!)]! * scale, kind: 'count', approx: true });
  }
  // Parts: `un sur quatre`, `deux tiers`, `la moitié`, `un quart` (not `un quart d’heure`, `un tiers` the third party).
  for (const found of spans(text, frenchPartOf)) {
    const [of, whole] = [countOf(found.groups[0]!), countOf(found.groups[2]!)];
    if (of === undefined || whole === undefined || whole === 0 || of >= whole || !free(found)) continue;
    // `un salarié sur quatre`, but not `un débat sur trois thèmes` (the count then says the thèmes).
    const between = found.groups[1]!.trim().split(/[\s\u00a0]+/u).filter(Boolean);
    if (between.some((word) => countOf(word) !== undefined)) continue;
    // `3 mètres sur 4` is a size (`3 by 4 meters`), not a part.
    if (between.some((word) => unitAfter(word, 'fr')) || unitAfter(text.slice(found.end, found.end + 40), 'fr')) continue;
    const next = /^[\s\u00a0]+(\p{Ll}+)/u.exec(text.slice(found.end, found.end + 40))?.[1];
    if (between.length > 0 && next && /[sx]$/u.test(next) && !notNouns.has(fold(next))) continue;
    push({ start: found.start, end: found.end, text: found.text, value: of / whole, kind: 'part' });
  }
  for (const found of spans(text, /(?<![\p{L}])(\p{L}+)[\s\u00a0-]+(tiers|quarts?|cinquièmes?|dixièmes?|centièmes?)(?![\p{L}])(?![\s\u00a0]+d[’']heure)/giu)) {
    const of = fold(found.groups[0]!) === 'le' || fold(found.groups[0]!) === 'au' ? 1 : countOf(found.groups[0]!);
    if (of === undefined || !free(found)) continue;
    // `huit-centième anniversaire`, `vingt-cinquième`: a singular after a count above one is an ordinal (the part is `huit centièmes`).
    if (of > 1 && /^(?:quart|cinquième|dixième|centième)$/iu.test(found.groups[1]!)) continue;
    // `un tiers` alone is a third party; `un tiers de la population` is a part.
    // (`a baissé d’un tiers`, `réduit d’un tiers`: by a third, after a verb of change.)
    const byPart = /(?:baiss|augment|recul|chut|rédui|diminu|progress|grimp|accr|cr[uû]|hauss|gonfl|fond|plong|allég|coup|amput)\p{L}*[\s\u00a0]+(?:de[\s\u00a0]+(?:plus|moins|près)[\s\u00a0]+)?d[’']\s*$/iu.test(text.slice(Math.max(0, found.start - 40), found.start));
    if (fold(found.groups[1]!) === 'tiers' && of === 1 && !byPart && !/^[\s\u00a0]+(?:des?|du|d[’'])/u.test(text.slice(found.end, found.end + 8))) continue;
    const start = ['le', 'au'].includes(fold(found.groups[0]!)) ? found.start + found.groups[0]!.length + 1 : found.start;
    push({ start, end: found.end, text: text.slice(start, found.end), value: of / frenchPart[fold(found.groups[1]!)]!, kind: 'part' });
  }
  for (const found of spans(text, /(?<![\p{L}])moitié(?![\p{L}])/giu)) {
    if (free(found)) push({ start: found.start, end: found.end, text: found.text, value: 0.5, kind: 'part' });
  }
  // `un demi-million`, `un million et demi`, `deux milliards et demi`.
  for (const found of spans(text, /(?<![\p{L}])(?:un[\s\u00a0]+)?demi-(million|milliard)(?![\p{L}])/giu)) {
    if (free(found)) push({ start: found.start, end: found.end, text: found.text, value: (fold(found.groups[0]!) === 'million' ? 1e6 : 1e9) / 2, kind: 'count' });
  }
  const rest = blank(text, taken);
  const all = tokens(rest);
  // Compounds (`deux-roues`): number words joined by hyphens to other words say no number.
  const blocked = new Set<Token>();
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j]!.before === '-') j++;
    const compound = all.slice(i, j);
    const words = compound.length > 1 && compound.every((token) => frenchSmall[token.word] !== undefined || frenchLarge[token.word] !== undefined || token.word === 'et');
    // `quatre-quatre` (a 4×4) is number words that make no number.
    if (compound.length > 1 && (!words || readFrenchCardinal(rest.slice(compound[0]!.start, compound.at(-1)!.end)) === undefined)) compound.forEach((token) => blocked.add(token));
    i = j;
  }
  let run: Token[] = [];
  const flush = () => {
    for (const read of readRun(run, frenchSmall, frenchLarge, /^et$/u)) {
      const number = countInText(rest, read);
      if (number) out.push(number);
    }
    run = [];
  };
  for (const token of all) {
    if (run.length > 0 && !space.test(token.before) && token.before !== '-') flush();
    const isNumber = !blocked.has(token) && (frenchSmall[token.word] !== undefined || frenchLarge[token.word] !== undefined || (token.word === 'et' && run.length > 0));
    if (isNumber) run.push(token);
    else flush();
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}

/** A French number read as a number of the text, or undefined when it says none (see frenchNumberWords). */
function countInText(text: string, read: ReadNumber): WordNumber | undefined {
  const words = read.words.map((token) => token.word);
  // What follows, as far as the rules look (a slice of the rest would make long texts quadratic).
  const after = text.slice(read.end, read.end + 40);
  const original = text.slice(read.start, read.end);
  // `un`/`une` alone is the article, unless a span of time follows (`d’un an`, `un mois`, `une semaine`: one; not `d’un mois sur l’autre`).
  // (`sur un an` is `year on year`; `un mois de juin` is `June`; `un an d’engagement`, a set phrase.)
  if (words.length === 1 && (words[0] === 'un' || words[0] === 'une') && (!/^[\s\u00a0]+(?:an|mois|semaine)(?![\p{L}])(?![\s\u00a0]+(?:(?:sur|à)[\s\u00a0]+l['’]autre|de|d['’]))/u.test(after) || /(?<![\p{L}])sur[\s\u00a0]+$/iu.test(text.slice(Math.max(0, read.start - 5), read.start)))) return undefined;
  // `4 mille`, `2 millions`: the digits' magnitude, read with them.
  if (frenchLarge[words[0]!] !== undefined && /\d[\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, read.start - 8), read.start))) return undefined;
  // `vingt et unième`, `trois centième`: an ordinal, the ordinals check's.
  if (/^[\s\u00a0\u202f-]+(?:et[\s\u00a0\u202f-]+)?\p{L}*(?:-\p{L}+)*i[èe]mes?(?![\p{L}])/u.test(after)) return undefined;
  if (read.value === 0) return undefined;
  // Capitalised inside a sentence: a name (`Les Quatre Cents Coups`, `le Club des Cinq`).
  if (/^\p{Lu}/u.test(original) && !sentenceStart(text, read.start)) return undefined;
  if (read.words.some((token, i) => i > 0 && /^\p{Lu}/u.test(text.slice(token.start, token.end)) && !/^\p{Lu}+$/u.test(original.replace(/[^\p{L}]/gu, '')))) return undefined;
  if (words.length === 1 && words[0] === 'neuf') {
    const next = /^[\s\u00a0\u202f]+(\p{L}+)/u.exec(after);
    if (!next || !/[sx]$/u.test(next[1]!) || notNouns.has(fold(next[1]!))) return undefined;
  }
  // `deux millions et demi`, `un milliard et demi`.
  const half = /^[\s\u00a0\u202f]+et[\s\u00a0\u202f]+demi(?![\p{L}])/u.exec(after);
  const last = frenchLarge[words.at(-1)!];
  if (half && last !== undefined && last >= 1e3) {
    const end = read.end + half[0].length;
    return { start: read.start, end, text: text.slice(read.start, end), value: read.value + last / 2, kind: 'count' };
  }
  // `deux centaines`: a count of hundreds.
  const group = /^[\s\u00a0\u202f]+(dizaines?|douzaines?|centaines?|milliers?)(?![\p{L}])/u.exec(after);
  if (group && read.value >= 2) {
    const end = read.end + group[0].length;
    return { start: read.start, end, text: text.slice(read.start, end), value: read.value * frenchGroups[group[1]!]!, kind: 'count' };
  }
  return { start: read.start, end: read.end, text: original, value: read.value, kind: 'count' };
}

/** A count in digits or words (`4`, `quatre`, `une`), for parts and factors. */
function countOf(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  const folded = fold(text);
  if (folded === 'un' || folded === 'une') return 1;
  return readFrenchCardinal(text);
}

/** The count that starts at an offset (after `multiplié par`): digits, or the longest words that read as one number. */
function leadingCount(text: string, at: number): { value: number; end: number } | undefined {
  const digits = /^\d+(?:,\d+)?(?![\p{N}])/u.exec(text.slice(at, at + 40));
  if (digits) return { value: Number(digits[0].replace(',', '.')), end: at + digits[0].length };
  const words = /^[\p{L}]+(?:[\s\u00a0-]+[\p{L}]+){0,4}/u.exec(text.slice(at, at + 80))?.[0] ?? '';
  const ends = [...words.matchAll(/\p{L}+/gu)].map((match) => match.index + match[0].length);
  for (let n = ends.length; n > 0; n--) {
    const value = countOf(words.slice(0, ends[n - 1]));
    if (value !== undefined) return { value, end: at + ends[n - 1]! };
  }
  return undefined;
}

const englishFactors: Record<string, number> = { double: 2, doubled: 2, doubles: 2, doubling: 2, twice: 2, both: 2, pair: 2, triple: 3, tripled: 3, triples: 3, tripling: 3, thrice: 3, quadruple: 4, quadrupled: 4, quadrupling: 4, quintupled: 5, halved: 0.5, halving: 0.5, halves: 0.5, half: 0.5, halve: 0.5, treble: 3, trebled: 3 };
const englishParts: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100 };

/**
 * The numbers an English text writes in words, as the French may have been translated: cardinals
 * (`twenty-one`, `a thousand`, `two and a half million`), parts (`one in four`, `two-thirds`,
 * `a quarter`, `half`), factors (`tripled`, `threefold`, `twice`, `divided by three`) and `both`.
 * Read generously: an English word only ever answers a French number, it never makes a finding.
 */
export function englishNumberWords(text: string): WordNumber[] {
  const out: WordNumber[] = [];
  const all = tokens(text);
  let run: Token[] = [];
  const flush = () => {
    // `a hundred`, `a million`: the article is the one; before anything else it is no number.
    const [first, second] = run;
    // (`another million households`: one more million.)
    const words = first && (first.word === 'a' || first.word === 'an' || first.word === 'another') ? (second && englishLarge[second.word] !== undefined ? [{ ...first, word: 'one' }, ...run.slice(1)] : run.slice(1)) : run;
    for (const read of readRun(words, englishSmall, englishLarge, /^and$/u)) {
      out.push({ start: read.start, end: read.end, text: text.slice(read.start, read.end), value: read.value, kind: 'count' });
    }
    run = [];
  };
  for (const token of all) {
    if (run.length > 0 && !space.test(token.before) && token.before !== '-') flush();
    const isNumber = englishSmall[token.word] !== undefined || englishLarge[token.word] !== undefined || (token.word === 'and' && run.length > 0) || ((token.word === 'a' || token.word === 'an' || token.word === 'another') && run.length === 0);
    if (isNumber) run.push(token);
    else flush();
  }
  flush();
  for (const found of spans(text, /(?<![\p{L}])([\p{L}]+)[-\s]fold(?![\p{L}])|(?<![\p{L}])(\p{L}+)fold(?![\p{L}])|(?<![\p{L}\p{N}])(\d+)-?fold(?![\p{L}])/giu)) {
    const word = fold(found.groups[0] || found.groups[1] || '');
    const value = found.groups[2] ? Number(found.groups[2]) : englishSmall[word];
    if (value !== undefined) out.push({ start: found.start, end: found.end, text: found.text, value, kind: 'factor' });
  }
  // `a decade` (ten years), `a fortnight` (fourteen days), `a brace` (two goals).
  for (const token of all) {
    const count = ({ decade: 10, fortnight: 14, brace: 2 } as Record<string, number>)[token.word];
    if (count !== undefined) out.push({ start: token.start, end: token.end, text: text.slice(token.start, token.end), value: count, kind: 'count' });
  }
  for (const token of all) {
    const factor = englishFactors[token.word];
    if (factor !== undefined && (token.word === 'half' || token.word === 'halves') && periodOfTime(text, token)) continue;
    if (factor !== undefined) out.push({ start: token.start, end: token.end, text: text.slice(token.start, token.end), value: factor, kind: 'factor' });
  }
  // `over the year`, `over the past year` (`en un an`): one year.
  for (const found of spans(text, /(?<![\p{L}])(?:over|during|in)[\s\u00a0]+the[\s\u00a0]+(?:past[\s\u00a0]+|last[\s\u00a0]+)?year(?![\p{L}])(?![\s\u00a0]+\d)/giu)) out.push({ start: found.start, end: found.end, text: found.text, value: 1, kind: 'count' });
  // `in a single week`: one.
  for (const found of spans(text, /(?<![\p{L}])an?[\s\u00a0]+single(?![\p{L}])/giu)) out.push({ start: found.start, end: found.end, text: found.text, value: 1, kind: 'count' });
  // `a hat-trick`: three goals.
  for (const found of spans(text, /(?<![\p{L}])hat[-\s]?tricks?(?![\p{L}])/giu)) out.push({ start: found.start, end: found.end, text: found.text, value: 3, kind: 'count' });
  // `two times fewer`, `three times less`: a factor under one.
  for (const found of spans(text, /(?<![\p{L}\p{N}])(\d+|\p{L}+)\s+times\s+(?:less|fewer|smaller|lower|cheaper)(?![\p{L}])/giu)) {
    const by = /^\d+$/u.test(found.groups[0]!) ? Number(found.groups[0]) : englishSmall[fold(found.groups[0]!)];
    if (by && by >= 2) out.push({ start: found.start, end: found.end, text: found.text, value: 1 / by, kind: 'factor' });
  }
  // `divided by three`, `cut by a third`.
  for (const found of spans(text, /(?<![\p{L}])divided\s+by\s+(\d+|\p{L}+)(?![\p{L}\p{N}])/giu)) {
    const by = /^\d+$/u.test(found.groups[0]!) ? Number(found.groups[0]) : englishSmall[fold(found.groups[0]!)];
    if (by) out.push({ start: found.start, end: found.end, text: found.text, value: 1 / by, kind: 'factor' });
  }
  // `one in four`, `1 out of 5`, `two-thirds`, `a quarter`, `half a million`.
  const count = (word: string): number | undefined => (/^\d+$/u.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : englishSmall[fold(word)]);
  for (const found of spans(text, /(?<![\p{N}/.,])(\d+)\/(\d+)(?![\p{N}/])/gu)) {
    if (Number(found.groups[1])) out.push({ start: found.start, end: found.end, text: found.text, value: Number(found.groups[0]) / Number(found.groups[1]), kind: 'part' });
  }
  // `41 of 50 votes`, `7 of the 12 members`, `Eleven of the 13 regions`, `two of the three suspects`: a part (a whole in words after `the`).
  for (const found of spans(text, /(?<![\p{L}\p{N}.,])(\d+|\p{L}+)\s+of\s+(?:the\s+)?(\d+|(?<=the\s+)\p{L}+)(?![\p{N}.,]\d|[\p{N}\p{L}])/gu)) {
    const [of, whole] = [count(found.groups[0]!) ?? Number.NaN, count(found.groups[1]!) ?? Number.NaN];
    if (Number.isNaN(of) || found.groups[0] === 'a' || found.groups[0] === 'an') continue;
    if (whole > 0 && of < whole) out.push({ start: found.start, end: found.end, text: found.text, value: of / whole, kind: 'part' });
  }
  for (const found of spans(text, englishPartOf)) {
    const [of, whole] = [count(found.groups[0]!), count(found.groups[1]!)];
    // `a quarter in three years`: a part said in a span of time, no ratio (`one in three`).
    if (/^(?:a|an)\s+(?:half|third|quarter|fifth|tenth)/iu.test(found.text) || /^\s+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|seconds?)(?![\p{L}])/iu.test(text.slice(found.end, found.end + 12))) continue;
    // `12 pence in a month` is no part: a part is less than its whole.
    if (of !== undefined && whole && of < whole) out.push({ start: found.start, end: found.end, text: found.text, value: of / whole, kind: 'part' });
  }
  for (const found of spans(text, /(?<![\p{L}\p{N}])(?:(\d+|\p{L}+)[-\s])?(halves|half|thirds?|quarters?|fourths?|fifths?|tenths?|hundredths?)(?![\p{L}])/giu)) {
    if (periodOfTime(text, { start: found.start + found.text.length - found.groups[1]!.length, end: found.end })) continue;
    const of = found.groups[0] ? (count(found.groups[0]) ?? 1) : 1;
    const reduction = /(?<![\p{L}])(?:cut|cuts|cutting|reduced|reduces|reducing|slashed|fell|fallen|dropped|decreased|shrunk|shrank|lowered|down)\s+by\s+$/iu.test(text.slice(Math.max(0, found.start - 20), found.start)) || /^\s+(?:lower|less|smaller|cheaper|fewer|down)(?![\p{L}])/iu.test(text.slice(found.end, found.end + 10));
    out.push({ start: found.start, end: found.end, text: found.text, value: of / englishParts[fold(found.groups[1]!)]!, kind: 'part', ...(reduction ? { reduction } : {}) });
  }
  // `half a million`, `half a dozen`.
  for (const found of spans(text, /(?<![\p{L}])half[\s-]+an?[\s-]+(million|billion|dozen)(?![\p{L}])/giu)) {
    out.push({ start: found.start, end: found.end, text: found.text, value: englishLarge[fold(found.groups[0]!)]! / 2, kind: 'count' });
  }
  for (const found of spans(text, /(?<![\p{L}\p{N}])(\d+|\p{L}+)\s+and\s+a\s+half\s+(million|billion|thousand)(?![\p{L}])/giu)) {
    const of = count(found.groups[0]!);
    if (of !== undefined) out.push({ start: found.start, end: found.end, text: found.text, value: (of + 0.5) * englishLarge[fold(found.groups[1]!)]!, kind: 'count' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `the first half`, `the third quarter`, `half-time`, `the quarter-finals`: a period of a year or
 * of a match, no part of anything (`au premier semestre` → `in the first half`).
 */
function periodOfTime(text: string, word: Span): boolean {
  return (
    /(?<![\p{L}])(?:first|second|third|fourth|final|last|opening|closing|latter|former)[\s-]+$/iu.test(text.slice(Math.max(0, word.start - 10), word.start)) ||
    /^[\s-]*(?:time|year|yearly|final|finals|finalist|finalists)(?![\p{L}])/iu.test(text.slice(word.end, word.end + 14))
  );
}

/** A count said only by its order of magnitude: `des centaines` (hundreds), `des dizaines de milliers` (tens of thousands). */
export interface VagueCount extends Span {
  text: string;
  /** Its order: 10 for `des dizaines` (and `dozens`), 100, 1,000, 100,000 for `des centaines de milliers`… */
  magnitude: number;
}

const frenchVague: Record<string, number> = { dizaines: 10, douzaines: 10, centaines: 100, milliers: 1e3, millions: 1e6, milliards: 1e9 };
const englishVague: Record<string, number> = { tens: 10, dozens: 10, dozen: 10, scores: 10, hundreds: 100, hundred: 100, thousands: 1e3, thousand: 1e3, millions: 1e6, million: 1e6, billions: 1e9, billion: 1e9 };

/**
 * The vague counts of a French text: `des dizaines`, `plusieurs centaines`, `quelques milliers`,
 * `des centaines de milliers`, `par milliers` — a magnitude, no figure (`deux centaines` is a count).
 */
export function frenchVagueCounts(text: string): VagueCount[] {
  return spans(text, /(?<![\p{L}])(?:des|plusieurs|quelques|par)[\s\u00a0]+(dizaines|douzaines|centaines|milliers|millions|milliards)(?:[\s\u00a0]+(?:de|d[’'])[\s\u00a0]*(milliers|millions|milliards)(?![\p{L}]))?(?![\p{L}])/giu).map((found) => ({
    start: found.start,
    end: found.end,
    text: found.text,
    magnitude: frenchVague[fold(found.groups[0]!)]! * (found.groups[1] ? frenchVague[fold(found.groups[1])]! : 1),
  }));
}

/**
 * The vague counts of an English text: `dozens of`, `scores of`, `hundreds`, `tens of thousands`,
 * `several hundred`, `a few thousand`, `hundreds of thousands`.
 */
export function englishVagueCounts(text: string): VagueCount[] {
  const out: VagueCount[] = [];
  for (const found of spans(text, /(?<![\p{L}])(?:(tens|dozens|scores|hundreds|thousands|millions|billions)|(?:several|a[\s-]+few|a[\s-]+couple[\s-]+of|some|many)[\s-]+(dozen|hundred|thousand|million|billion))(?:(?:[\s-]+of)?[\s-]+(thousands?|millions?|billions?)(?![\p{L}]))?(?![\p{L}])/giu)) {
    const first = found.groups[0] || found.groups[1]!;
    // `tens` and `scores` say a count only before `of` (`test scores` say none).
    if (/^(?:tens|scores)$/iu.test(first) && !found.groups[2] && !/^[\s-]+of(?![\p{L}])/iu.test(text.slice(found.end, found.end + 4))) continue;
    out.push({ start: found.start, end: found.end, text: found.text, magnitude: englishVague[fold(first)]! * (found.groups[2] ? englishVague[fold(found.groups[2])]! : 1) });
  }
  return out;
}
