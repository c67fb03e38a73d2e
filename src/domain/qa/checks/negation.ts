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
  /\best\s+pas\s+exclu\b|\b(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?(?:rares?|négligeables?|anodine?s?|étonnant|surprenant|sans|inconnue?s?|in\p{L}+|im\p{L}+|il\p{L}+|ir\p{L}+|impossibles?|inutiles?|un hasard|le fruit du hasard|pour rien|de hasard|mal|moins|étranger|à exclure|le seul|la seule|les seuls|les seules|que)\b|\bmanqu\p{L}*\s+(?:pas|jamais)\b|\b(?:pas|jamais)\s+manqu\p{L}*\s+d(?:e\b|[’'])|\bn[’']\s*(?:hésite|hésitez|hésitent|hésitons|empêche|importe|en reste|en demeure)\b|\baucun(?:e)?\s+doute\b|\bnul(?:le)?\s+doute\b|\bne\s+(?:cess\p{L}*|saurait|sauraient|saurais)\b|\bqu[’']?\s*à\s+cela\s+ne\s+tienne\b|\bjamais\s+deux\s+sans\s+trois\b/u;

const apostrophes = /[’']/gu;

/** The French words of a sentence, lower case (accents kept: `né` is no `ne`), elisions as their own word (`n'`). */
const frenchWords = (text: string): string[] => [...text.toLowerCase().replace(apostrophes, "' ").matchAll(/[\p{L}]+'?|[.,;:!?«»()"“”—–]/gu)].map((match) => match[0]);

/** How many negations a French sentence makes (0 when none; litotes and set phrases aside). */
export function frenchNegations(sentence: string): number {
  // (`un certificat de non-contre-indication` says one is fit: two negations that cancel, a set term.)
  const lower = sentence.toLowerCase().replace(/(?<![\p{L}])non-contre-indications?(?![\p{L}])/gu, 'aptitude');
  if (litotes.test(lower)) return 0;
  const words = frenchWords(lower);
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'ne' || word === "n'") {
      // A `que` before this ne after a comparative: the expletive ne of “plus … qu’il ne le pense”.
      const before = words.slice(Math.max(0, i - 4), i);
      // (The `plus` of a `ne … plus` before it is no comparative: “ne versera plus … tant que sa dette n’aura pas”.)
      const comparative = words.slice(0, i).some((w, k, all) => comparatives.test(w) && !(w === 'plus' && all.slice(Math.max(0, k - 5), k).some((x) => x === 'ne' || x === "n'")));
      if (before.some((w) => w === "qu'" || w === 'que') && comparative) continue;
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
      // “Aucun des trois candidats n’a obtenu”, “aucune de ces mesures n’a”: the subject further back, within its clause.
      if (!negates) {
        for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
          const w = words[k]!;
          if (/^[.,;:!?«»()"“”—–]$/u.test(w)) break;
          if (/^(?:aucun|aucune|nul|nulle)$/u.test(w) && /^(?:des|de|d'|du)$/u.test(words[k + 1] ?? '')) {
            negates = true;
            break;
          }
        }
      }
      if (negates) count++;
    } else if (word === 'sans' && !/^(?:doute|cesse|précédent|compter|oublier|parler|conteste|arrêt|relâche|façon|faute|suite)$/u.test(words[i + 1] ?? '') && words[i - 1] !== '-') count++;
    else if (word === 'non' && /^\p{L}{4,}$/u.test(words[i + 1] ?? '') && !/^(?:seulement|plus|loin|moins|sans|pas|négligeable|négligeables|nécessairement)$/u.test(words[i + 1]!)) count++;
  }
  return count;
}

/** Explicit English negation: what makes an English sentence negate where its French does not. */
// (`no-confidence`, `no-fly`, `no-deal`: a compound, no negation of the sentence.)
// (Letters around, not `\b`: `\b` knows only ASCII, and `Noël` would read as `No`.)
const englishExplicit = /(?<![\p{L}\p{M}])(?:not|never|nothing|nobody|none|neither|nor|nowhere|without|cannot|no(?![.’'])(?:[\s-]one|(?!-)))(?![\p{L}\p{M}])|n[’']ts?(?![\p{L}\p{M}])/giu;
/** Explicit English negations that translate no French negation: “not only” (non seulement), “no later than”, “not until” (ne … qu’à). */
const englishFree = /\b(?:not\s+(?:only|just|least|until|to\s+mention|merely|simply|far)|not\s+(?:[\p{L}’'-]+\s+){1,12}?until|no\s+(?:later|earlier|more|less|fewer|sooner|doubt|matter|wonder|time|longer\s+than|confidence)|nothing\s+but|none\s+other|never\s+(?:before|been\s+(?:higher|lower|more|so))|without\s+(?:doubt|a\s+doubt|question))\b/giu;
/** English that negates by its words: un-, in-, -less, -free, lack, fail… (enough to carry a French negation). */
const englishLexical =
  /\b(?:un(?!til|der|it|ion|ique|ivers|animous|less|cles?\b|iform|ited)\p{L}{3,}|(?:im|in|il|ir)(?:possib|poss|sufficien|complet|adequat|valid|capab|effect|acti|accessib|eligib|legal|regular|relevan|dependen|definit|correct|accura|appropria|consisten|secur|stab|visib|audib|convenien|compatib|toleran|frequen|expensiv)\p{L}*|(?:dis|mis)-?\p{L}{4,}|non[-\s]?\p{L}{4,}|no-\p{L}{3,}|\p{L}{3,}less(?:ness|ly)?|\p{L}+-free|free\s+of|lack\p{L}*|fail\p{L}*|refus\p{L}*|den(?:y|ies|ied)|absen\p{L}*|devoid|short\s+of|hardly|barely|scarcely|rarely|seldom|little|few|only|far\s+from|anything\s+but|too\s+(?:early|soon)|instead|rather\s+than|prevent\p{L}*|avoid\p{L}*|ban\p{L}*|prohibit\p{L}*|forb\p{L}*|(?<!\b(?:the|a|an|bus|tram|train|next|last|first|one|each|every|this|that|its|their|request)\s+(?:\p{L}+\s+)?)stops?\b|stopp\p{L}*|ceas\p{L}*|exclu\p{L}*|except\p{L}*|missing|zero|any|ever|yet|either|neither|nor|no[\s-]?one|fall\p{L}*\s+short|fell\s+short|refrain\p{L}*|declin(?:e|es|ed|ing)\s+to|remains?\s+to\s+be\s+seen|mystery|in\s+the\s+dark|out\s+of\s+(?:danger|action|reach|stock|work|a\s+job|order|print|sight|bounds|season|date|touch|the\s+question|the\s+running|contention|play|office|power|luck|time|commission|service))\b/giu;

/** French that negates by its words, which English renders with lack, without, deprived… */
const frenchLexical = /(?:^|[\s'’])(?:faute\s+d[e’'](?!\s*quoi)|manque\s+d[e’']|absence\s+d[e’']|privée?s?\s+d[e’']|dépourvue?s?\s+d[e’']|renonc\p{L}*)/giu;

/**
 * French negated expressions that English renders with an affirmative antonym, carrying the negation:
 * “ne pas sortir” → “stay in”, “ne pas s’approcher” → “stay away”, “ne décolèrent pas” → “remain furious”,
 * “n’ont pas boudé” → “enjoyed”, “ne cesse de” → “keeps”. Each: the French verb (stems), the English that says it.
 */
const antonyms: ReadonlyArray<readonly [string, RegExp]> = [
  ['sort', /\b(?:stay|stays|stayed|staying|remain\w*|keep|kept)\s+(?:\p{L}+\s+)?(?:in|indoors|inside|at\s+home|home|put)\b|\bindoors\b/iu],
  ['approch|rapproch|aventur', /\b(?:stay|keep|kept|steer)\w*\s+(?:\p{L}+\s+)?(?:away|clear|back|out|well\s+away)\b|\bavoid\w*|\bdistance\b/iu],
  ['cess|arrêt|arrête', /\b(?:keep|keeps|kept|continu\w*|still|go\s+on|goes\s+on|carr\w*\s+on|persist\w*|constant\w*|continual\w*|relentless\w*|endless\w*|non-?stop|ever)\b/iu],
  ['oubli', /\b(?:remember\w*|bear\w*\s+in\s+mind|keep\w*\s+in\s+mind|mind|recall\w*|reminder|always|make\s+sure|be\s+sure)\b/iu],
  ['hésit', /\b(?:feel\s+free|welcome|encouraged|free\s+to|readily|promptly|quick\w*)\b/iu],
  ['décolèr', /\b(?:remain\w*|still|stay\w*)?\s*(?:angry|furious|fuming|livid|seething|incensed|outraged|irate|enraged|up\s+in\s+arms)\b|\banger\b|\bfury\b/iu],
  ['boud', /\b(?:enjoy\w*|relish\w*|embrac\w*|flock\w*|lap\w*\s+up|delight\w*|savou?r\w*|thorough\w*|turn\w*\s+out|came\s+out|throng\w*|pack\w*|eager\w*)\b/iu],
  ['tard', /\b(?:soon|quick\w*|swift\w*|before\s+long|prompt\w*|rapid\w*|immediate\w*|fast|shortly)\b/iu],
  ['quitt', /\b(?:stay\w*|remain\w*|keep\w*|kept)\b/iu],
  ['bouge|bougent|bouger|déplac', /\b(?:stay\w*\s+(?:put|still|home|at\s+home|in|where)|remain\w*\s+(?:still|in|at|where)|keep\w*\s+still)\b/iu],
  ['ignor', /\b(?:know|knows|knew|known|aware|well\s+aware|realis\w*|realiz\w*)\b/iu],
  ['dépass|excéd', /\b(?:up\s+to|maximum|max|at\s+most|limit\w*|cap\w*|below|under|within|less\s+than|keep\w*|stay\w*)\b/iu],
  ['respect', /\b(?:breach\w*|violat\w*|flout\w*|break\w*|broke|broken|disregard\w*|ignor\w*|infring\w*|contraven\w*)\b/iu],
  ['tien|tenir|tenu', /\b(?:ignor\w*|disregard\w*|overlook\w*)\b/iu],
  ['contest|ni(?:e|ent|er)(?![\\p{L}])', /\b(?:admit\w*|accept\w*|acknowledg\w*|conced\w*|recogni[sz]\w*)\b/iu],
  ['nécessit|requi[eè]r|exig', /\b(?:remov\w*\s+the\s+need|eliminat\w*\s+the\s+need|do\w*\s+away\s+with|dispens\w*\s+with)\b/iu],
  ['rat|loup', /\b(?:catch|be\s+sure|make\s+sure|must-see|see)\b/iu],
  // “n’a pas fini de faire parler” → “will keep people talking”, “will continue to”.
  ['fini', /\b(?:continu\w*|keep\w*|kept|still|ongoing|more\s+to\s+come|far\s+from\s+over)\b/iu],
  // “n’a pas exclu une hausse” → “left open the possibility of a rise”, “is open to”.
  ['exclu|écart', /\b(?:(?:left|leave|leaves|leaving|keep\w*|kept|held|hold\w*)\s+(?:\p{L}+\s+)?open|open\s+to|possib\w*|may|might|could|conceivabl\w*)\b/iu],
  // “n’a jamais caché son ambition” → “has always been open about”, “made no secret of”.
  ['cach|dissimul', /\b(?:open(?:ly)?|candid\w*|frank\w*|public\w*|always|no\s+secret|freely|readily|overt\w*)\b/iu],
  // “n’est plus en danger” → “is out of danger”, “is safe”.
  ['danger|péril', /\b(?:out\s+of\s+(?:danger|the\s+woods)|safe\w*|recover\w*|stable)\b/iu],
  // “n’a pas été retenu dans le groupe” → “was left out of the squad”.
  ['retenu|sélectionn|convoqu|appel', /\b(?:left\s+out|left\s+off|omitted|dropped|excluded|overlooked|snubbed|passed\s+over|missed\s+out)\b/iu],
  // “n’est pas parvenue à se qualifier” → “failed to qualify”, “missed out on”; “n’atteindrons pas nos objectifs” → “will miss our targets”.
  ['parv|réussi|réussir|réussit|attein', /\b(?:fail\w*|miss\w*|unable|unsuccessful\w*|in\s+vain|fell\s+short|falls?\s+short|could\s+not|couldn[’']t)\b/iu],
  // “le prix ne changera pas” → “will stay the same”, “remains unchanged”, “is frozen”.
  ['chang|évolu|modifi', /\b(?:(?:stay\w*|remain\w*|kept|keep\w*|held|hold\w*)\s+(?:the\s+same|unchanged|as\s+(?:it\s+is|they\s+are)|stable|steady|flat|frozen|put)|unchanged|frozen|freez\w*|same\s+as)\b/iu],
  // “que l’équilibre ne soit pas remis en cause” → “that the balance is preserved”.
  ['remise?s?\\s+en\\s+(?:cause|question)', /\b(?:preserv\w*|maintain\w*|intact|upheld|uphold\w*|respect\w*|unchanged|safeguard\w*|kept|keep\w*|untouched)\b/iu],
  // “n’est pas passé inaperçu” → “was noticed”, “attracted attention”.
  ['inaperçu', /\b(?:notic\w*|attention|caught\s+the\s+eye|st(?:oo|a)nd\w*\s+out|remark\w*|spotted|made\s+waves)\b/iu],
];

/**
 * French negations said with a negative subject (rien, personne, aucun) or in a set phrase, which English
 * renders affirmatively: “rien n’a été laissé au hasard” → “every detail was meticulously prepared”,
 * “le compte n’y est pas” → “it falls short”, “personne n’est dupe” → “everyone knows”.
 */
const affirmatives: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?<![\p{L}])(?:rien|pas|aucun\p{L}*|nul\p{L}*)[^.;:!?]{0,40}?(?:laiss|livr)\p{L}*\s+au\s+hasard/iu, /\b(?:meticulous\w*|careful\w*|painstaking\w*|thorough\w*|every\s+(?:detail|aspect|eventuality)|to\s+the\s+last\s+detail|down\s+to\s+the\s+last|planned|prepared)\b/iu],
  // “n’a pas la tâche facile” → “has his work cut out”, “faces an uphill task”.
  [/(?<![\p{L}])n(?:e\s|[’'])\s*(?:\p{L}+\s+)?(?:pas|guère)\s+(?:la|une)\s+(?:tâche|vie|partie|mission)\s+facile/iu, /\b(?:cut\s+out|uphill|tough|hard|difficult|daunting|challeng\w*|no\s+easy)\b/iu],
  [/(?<![\p{L}])compte\s+n[’']\s*y\s+est\s+pas/iu, /\b(?:short|insufficient|inadequate|enough|falls?|fell)\b/iu],
  [/(?<![\p{L}])personne\s+n(?:e\s|[’'])\s*(?:est|sont|était)\s+dupe/iu, /\b(?:everyone|everybody|all)\b/iu],
  [/(?<![\p{L}])(?:personne|nul)\s+n(?:e\s|[’'])\s*(?:conteste|contestait|ignore|ignorait)/iu, /\b(?:everyone|everybody|all|undisputed|undeniabl\w*|widely|well[\s-]known|universally)\b/iu],
  [/(?<![\p{L}])n(?:e\s|[’'])\s*(?:\p{L}+\s+){0,2}(?:pas|plus|jamais)\s+(?:\p{L}+\s+)?(?:d[e’']\s*)?(?:doute|douté)/iu, /\b(?:sure|certain\w*|confident\w*|convinced|clear\w*|undoubted\w*)\b/iu],
  // “ce n’est pas la première fois que le club…” → “the club has … before”, “again”.
  [/(?<![\p{L}])n(?:e\s|[’'])\s*(?:est|était|sera|serait)\s+pas\s+la\s+première\s+fois/iu, /\b(?:before|again|previously|once\s+more|latest|not\s+the\s+first|not\s+for\s+the\s+first)\b/iu],
  // “un service sans rendez-vous” → “a walk-in clinic”.
  [/(?<![\p{L}])sans\s+rendez-vous/iu, /\b(?:walk-in|drop-in|walk\s+in|drop\s+in|no\s+appointment|without\s+(?:an\s+)?appointment)\b/iu],
];
const carriedByAffirmatives = (source: string, target: string): number => affirmatives.filter(([french, english]) => french.test(source) && english.test(target)).length;
/** Each antonym's French as negated: `ne … pas VERB`, `ne VERB … pas`, `n’ont pas VERB…`, `ne … plus/jamais`, within a clause. */
const negatedVerbs = antonyms.map(([stems, english]) => ({
  french: new RegExp(
    `(?<![\\p{L}])n(?:e\\s+|[’']\\s*)(?:(?:se|s[’']|le|la|les|l[’']|y|en|nous|vous|leur|lui|me|m[’']|te|t[’'])\\s*)*(?:(?:pas|plus|jamais|guère|point)\\s+(?:(?:se|s[’']|le|la|les|l[’']|y|en|à|d[e’'])\\s*)*(?:${stems})|(?:\\p{L}+\\s+){0,1}(?:${stems})\\p{L}*\\s+(?:\\p{L}+ment\\s+)?(?:pas|plus|jamais|guère|point)(?![\\p{L}])|\\p{L}+\\s+(?:pas|plus|jamais|guère|point)\\s+(?:(?:été|eu)\\s+)?(?:(?:se|s[’']|le|la|les|l[’']|y|en|à|d[e’'])\\s*)*(?:${stems}))`,
    'iu',
  ),
  english,
}));
/** How many negations of the French an English antonym carries: “ne pas sortir” → “stay indoors”. */
const carriedByAntonyms = (source: string, target: string): number => negatedVerbs.filter(({ french, english }) => french.test(source) && english.test(target)).length;

/** A litotes whose negation English must keep or turn into the antonym: “n’est pas rare” → “is not rare”, “is common”, never “is rare”. */
const litotesAdjectives: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?rares?(?![\p{L}])/iu, /\b(?:rare|rarely|seldom|uncommon|unusual)\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?négligeables?(?![\p{L}])/iu, /\b(?:negligible|insignificant)\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?anodine?s?(?![\p{L}])/iu, /\b(?:harmless|innocuous|trivial|insignificant)\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?(?:étonnante?s?|surprenante?s?)(?![\p{L}])/iu, /\b(?:surprising|astonishing)\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?inconnue?s?(?![\p{L}])/iu, /\bunknown\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?impossibles?(?![\p{L}])/iu, /\bimpossible\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?inutiles?(?![\p{L}])/iu, /\b(?:useless|pointless|unnecessary|needless)\b/iu],
  [/(?:pas|guère|jamais)\s+(?:(?:si|très|trop|tout|aussi)\s+)?exclue?s?(?![\p{L}])/iu, /\bruled\s+out\b/iu],
];
const litotesLost = (source: string, target: string): boolean =>
  /(?<![\p{L}])n(?:e\s|[’'])/iu.test(source) && englishNegations(target) === 0 && litotesAdjectives.some(([french, english]) => french.test(source) && english.test(target));

/**
 * English lexical negations that translate a French word of their own, not a negation: “nie” → “denies”,
 * “refuse” → “refuses”, “seuls” → “only”; they carry none of the French’s ne … pas.
 */
const lexicalPairs: ReadonlyArray<readonly [RegExp, RegExp, RegExp?]> = [
  [/(?<![\p{L}])(?:ni(?:e|ent|é|ée|és|ées|er|ait|aient|ant)|dément\p{L}*|démenti\p{L}*|contest\p{L}*)(?![\p{L}])/giu, /\b(?:den(?:y|ies|ied|ying|ial)|refut\w*|disput\w*|contest\w*|challeng\w*)\b/giu],
  [/(?<![\p{L}])refus\p{L}*/giu, /\brefus\w*\b/giu],
  [/(?<![\p{L}])(?:interdi|prohib|proscri)\p{L}*/giu, /\b(?:ban\w*|prohibit\w*|forb\w*)\b/giu],
  [/(?<![\p{L}])empêch\p{L}*/giu, /\bprevent\w*\b/giu],
  [/(?<![\p{L}])évit\p{L}*/giu, /\bavoid\w*\b/giu],
  [/(?<![\p{L}])(?:sauf|hormis|excepté|exception)(?![\p{L}])/giu, /\bexcept\w*\b/giu],
  [/(?<![\p{L}])(?:seule?s?|seulement|uniquement|exclusivement)(?![\p{L}])/giu, /\bonly\b/giu],
  [/(?<![\p{L}])(?:peu|rare\p{L}*|à peine)(?![\p{L}])/giu, /\b(?:few|little|rarely|seldom|hardly|barely|scarcely)\b/giu],
  [/(?<![\p{L}])(?:échou|échec)\p{L}*/giu, /\bfail\w*\b/giu],
  // (`absence de`, `manque de` are negations English must carry already, frenchLexical: not explained away twice.)
  [/(?<![\p{L}])(?:absen)\p{L}*/giu, /\babsen\w*\b/giu, /(?:^|[\s'’])absence\s+d[e’']/giu],
  [/(?<![\p{L}])(?:manqu)\p{L}*/giu, /\b(?:lack\w*|missing)\b/giu, /(?:^|[\s'’])manque\s+d[e’']/giu],
];
/** “any” after a negative verb is that verb’s (“denies any intention”), no negation of its own. */
const anyAfterNegative = /\b(?:den(?:y|ies|ied|ying)|refus\p{L}*|reject\p{L}*|ban\p{L}*|prohibit\p{L}*|forb\p{L}*|prevent\p{L}*|avoid\p{L}*|without|lack\p{L}*|fail\p{L}*|rul\p{L}*\s+out|exclud\p{L}*)\s+(?:\p{L}+\s+)?(?:any|anything|anyone|anybody|ever)\b/giu;
const explainedLexical = (source: string, target: string): number =>
  lexicalPairs.reduce((sum, [french, english, required]) => sum + Math.max(0, Math.min(count(source, french) - (required ? count(source, required) : 0), count(target, english))), 0) + count(target, anyAfterNegative);

/** “ne … jamais / rien / aucun / personne” said with “rarely, hardly, few” weakens it: those carry only guère, peu, presque jamais. */
const absoluteNegation = /(?<![\p{L}])n(?:e\s|[’'])[^.;:!?]{0,40}?(?<![\p{L}])(?:jamais|rien|aucune?|personne)(?![\p{L}])|(?<![\p{L}])(?:jamais|rien|aucune?|personne)\s+n(?:e\s|[’'])/iu;
const weakenedSource = /(?<![\p{L}])(?:presque|quasi\p{L}*|guère|peu|rare\p{L}*|à peine|pratiquement|pas\s+(?:très|beaucoup|souvent|vraiment|tellement|assez|tout à fait))(?![\p{L}])/iu;
const englishHedges = /\b(?:rarely|seldom|hardly|barely|scarcely|little|few)\b/giu;

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;
const englishNegations = (sentence: string): number => count(sentence, englishExplicit) - count(sentence, englishFree);
const englishAny = (sentence: string): number => count(sentence, englishExplicit) + count(sentence, englishLexical);

/** Whether a French sentence says anything that English often renders with a negation: ne (even “ne … que”, expletive), sans, peu, à peine, refus… (`contre` after a vote or a stance: “a voté contre” → “voted no”; `le vaccin contre la grippe` is none) */
const frenchMayNegate = /(?:^|[\s'’(])(?:ne|n[’']|sans|non|aucune?|jamais|rien|personne|ni|nul(?:le)?|pas|peu|guère|à peine|faute|manqu\p{L}*|absen\p{L}*|refus\p{L}*|interdi\p{L}*|empêch\p{L}*|impossib\p{L}*|in\p{L}+ibles?|inédit\p{L}*|interromp\p{L}*|suspend\p{L}*|fermé\p{L}*|sauf|hormis|excepté|seulement|uniquement|moins|loin|plutôt|éviter|évit\p{L}*|exclu\p{L}*|ignor\p{L}*|rar\p{L}*|cess\p{L}*|arrêt\p{L}*|nié|nier|priv\p{L}*|renon\p{L}*|abst\p{L}*|dépourvu\p{L}*|démuni\p{L}*|exempt\p{L}*|déconseill\p{L}*|désapprouv\p{L}*|défavorable\p{L}*|désaccord|défaut|déclin\p{L}*|incapable\p{L}*|inutile\p{L}*|dément\p{L}*|démenti|(?:vot\p{L}*|prononc\p{L}*|sont|est|suis|être|était|étaient|plutôt)\s+contre|inconnu\p{L}*|incertain\p{L}*|aucunement|libres?|laissée?s?\s+en\s+liberté|rigueur|impérativement|strictement|exclusivement|au\s+plus\s+tard|dernier\s+délai|seule?s?)(?=$|[\s,.;:!?'’)])/iu;

/** “ne veulent ni A ni B” rejects both: English that affirms one and denies the other (“want A but not B”) lost half of it. */
const neitherNor = /(?<![\p{L}])ni\s[^.;:!?]{1,120}?(?<![\p{L}])ni\s/iu;
const oneButNotOther = /\bbut\s+not\b|\bnot\s+[^.;:!?]{1,60}?\bbut\b|\bonly\b/iu;
const bothDenied = /\b(?:neither|nor|or|either|both|any)\b/iu;

/**
 * French verbs that deny what follows, with no ne: “a refusé de commenter”, “s’est abstenu de voter”,
 * “a renoncé à se présenter”; English that says the act itself (“spoke about”, “voted”) lost the refusal.
 */
const refusalVerbs = /(?<![\p{L}])(?:refus(?:e|es|ent|é|ée|és|ées|er|ait|aient|ant|era|eront|erait|eraient)\s+(?:\p{L}+\s+)?d(?:e\s|[’'])|(?:s[’']\s*)?abst(?:ien|en|int)\p{L}*\s+(?:\p{L}+\s+)?d(?:e\s|[’'])|renonc\p{L}*\s+(?:\p{L}+\s+)?à\s+\p{L}+er(?![\p{L}])|(?:se\s+)?gard\p{L}*\s+bien\s+d(?:e\s|[’']))/iu;
const refusalKept = /\b(?:refus\w*|declin\w*|rebuff\w*|reject\w*|turn\w*\s+down|silen\w*|no\s+comment|tight-lipped|kept\s+quiet|stayed\s+quiet|remained\s+quiet|unwilling\w*|reluctan\w*|abstain\w*|abstention\w*|forgo\w*|forwent|forewent|waiv\w*|gave\s+up|give\s+up|giv\w*\s+up|renounc\w*|withdr\w*|pull\w*\s+out|drop\w*\s+out|steer\w*\s+clear|avoid\w*|resist\w*|balk\w*|baulk\w*|rul\w*\s+out|abandon\w*|st(?:and|ands|ood|anding)\s+firm|h(?:old|olds|eld|olding)\s+(?:out|firm|fast|its\s+ground|their\s+ground)|insist\w*|d(?:ig|igs|ug|igging)\s+in|opt\w*\s+out|scrap\w*|shelv\w*|dropp\w*\s+(?:\w+\s+)?(?:plans?|ideas?|bids?|projects?|proposals?)|drop\w*\s+(?:plans?|the\s+idea)|back\w*\s+(?:out|away)|step\w*\s+(?:back|aside)|would\s+not|will\s+not|won[’']t|wouldn[’']t)\b/iu;

/**
 * A restriction of the source (`ne … que`, `seuls les`, `uniquement`, `exclusivement`): `ne … que`
 * with no negation between (`ne … pas que` is “not only”) and not the `que` of a comparison or of
 * a clause (`ne pense pas que`).
 */
const frenchOnly = /(?<![\p{L}])(?:(?<!(?:rien|personne|aucune?|nul(?:le)?)\s+)n(?:e\s+|['’]\s*)(?:(?!(?:pas|plus|jamais|rien|guère|point|aucun\p{L}*|personne|ni|moins|autant|tant|si|aussi)(?![\p{L}]))[\p{L}'’-]+\s+){1,4}?(?<!(?:sans|avant|parce|alors|pour|afin|dès|tant|ainsi|pendant|tandis|après|depuis|bien|lors|même|sauf|outre|selon|quoi|moins)\s+)qu(?:e\s|['’])|(?<=(?:^|[,;:«“(]\s*|(?:et|mais|où|que|qu['’]|dont)\s+))seule?s\s+(?:les|des|\d)|(?<!non\s)(?:uniquement|exclusivement))/iu;
const restricts = (source: string): boolean => frenchOnly.test(source) && !litotes.test(source.toLowerCase());
/** What keeps a restriction in English: only and its kin, `not until`, `until`, `but`, `except`, a limit said. */
const restrictionKept =
  /\b(?:only|just|solely|exclusively|exclusive|sole|alone|merely|mere|simply|purely|until|till|before|no earlier|no sooner|nothing but|no more than|no other|none but|at most|limited|reserved|restricted|confined|except\w*|but|unless|single|lone|partially|partly|in part|barely|hardly|scarcely|a mere|no fewer|as little as|as few as|left|remain\w*|another|rarely|seldom|little|few)\b/iu;

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
      const hedgesCarry = absoluteNegation.test(source) && !weakenedSource.test(source) ? count(target, englishHedges) : 0;
      const carried = englishAny(target) - explainedLexical(source, target) - hedgesCarry + carriedByAntonyms(source, target) + carriedByAffirmatives(source, target) + untilCarries;
      if ((negations > 0 && carried < negations + count(source.toLowerCase(), frenchLexical)) || (negations === 0 && litotesLost(source, target))) {
        issues.push({ key: 'negation.lost', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      } else if (negations > 0 && neitherNor.test(source) && oneButNotOther.test(target) && !bothDenied.test(target)) {
        issues.push({ key: 'negation.lost', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      } else if (negations === 0 && refusalVerbs.test(source) && englishAny(target) === 0 && !refusalKept.test(target)) {
        issues.push({ key: 'negation.lost', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      } else if (restricts(source) && !restrictionKept.test(target)) {
        // `La clinique n’ouvrira que le samedi` → `The clinic will open on Saturdays`: the only lost.
        issues.push({ key: 'negation.onlyLost', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      } else if (negations === 0 && englishNegations(target) > 0 && !frenchMayNegate.test(source)) {
        issues.push({ key: 'negation.added', target: [{ start: pair.target.indexOf(target), end: pair.target.indexOf(target) + target.trimEnd().length }] });
      }
    }
    return issues;
  },
};
