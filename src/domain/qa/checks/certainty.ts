import { lazy, sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';

/**
 * How sure the source is, changed in the translation (warnings), sentence by sentence.
 *
 * Hearsay or a guess told as established: the French reports or hedges (“aurait reconnu”, “serait”,
 * “selon des sources proches”, “il semblerait que”, “il est probable”, “privilégient la piste”,
 * “des témoins affirment”) and the English says it is confirmed, official, certain or concluded
 * (“confirmed”, “officially”, “certainly”, “established”, “concluded”), with no such word in the
 * French (“a confirmé”, “officiellement”, “certain”, “établi”, “conclu”).
 *
 * A hedge dropped: a strong hedge of the French (“il semblerait que”, “il est probable que”,
 * “vraisemblablement”) and nothing in the English that hedges (seems, likely, reportedly, may…).
 *
 * A condition dropped: “Si les conditions le permettent, le feu sera tiré” → “The fireworks will be
 * set off”, “à condition qu’ils renoncent” gone: nothing in the English that sets a condition.
 *
 * An official word told as hearsay: the French says it is confirmed or announced officially
 * (“a confirmé”, “a officiellement annoncé”) and reports nothing, and the English says
 * “reportedly”, “is said to”, “allegedly”, “rumoured”.
 */

/** French whole words. */
const fr = (words: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
/** English whole words. */
const en = (words: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');

/** French that reports or guesses: a conditional of hearsay, “selon”, a source, “il semble”, a lead favoured, a claim. */
const frenchHedge = lazy(() =>
  fr(
    [
      'selon|d[’\']après|de source|sources?|rumeurs?|bruits? de couloir',
      'il sembl\\p{L}*|semble-t-il|semblerait|apparemment|vraisemblabl\\p{L}*|probabl\\p{L}*|sans doute|peut-être|présum\\p{L}*|suppos\\p{L}*|soupçonn\\p{L}*|prétend\\p{L}*',
      'privilégi\\p{L}*\\s+(?:la|une|l[’\'])\\s*(?:piste|hypothèse)|pistes?|hypothèses?|envisag\\p{L}*',
      'affirm(?:e|ent|ait|aient)|assur(?:e|ent|ait|aient)|dis(?:ent|ait|aient)|évoqu\\p{L}*|préliminaire\\p{L}*|premiers éléments|premières constatations|à ce stade',
    ].join('|'),
  ),
);
/**
 * A conditional of hearsay: “aurait reconnu”, “serait d’origine criminelle”, “envisagerait” — read
 * only before any “que” or “si” of the sentence, where a conditional is a future in the past or a
 * supposition (“a annoncé que le site serait fermé”).
 */
const frenchHearsayConditional = lazy(() => fr('aurai(?:t|ent)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ue|ues)|serai(?:t|ent)|\\p{L}{3,}erai(?:t|ent)'));
/** The sentence up to its first “que”, “qu’”, “si” or “qui” (`les destinataires qui cliqueraient … se verraient`: a supposition). */
// (`qu’il`, `s’il`: the elided forms run into the next word.)
const head = (sentence: string): string => sentence.slice(0, /(?<![\p{L}])(?:(?:que|si|qui)(?![\p{L}])|qu[’']|s[’']il)/iu.exec(sentence)?.index ?? sentence.length);

/** English that says it is established: confirmed, official, certain, concluded. */
const englishSure = lazy(() => en('confirm(?:s|ed|ing)?|confirmation|officially|certainly|definitely|undoubtedly|without (?:a )?doubt|(?:has|have|had) established|established that|concluded|conclusively|(?:has|have|had) proved|proved that|proven that|it is certain|is certain'));
/** French words for what the English says sure: with one, the English renders it. */
const frenchSure = lazy(() => fr('confirm\\p{L}*|assur\\p{L}*|garanti\\p{L}*|officiel\\p{L}*|certain\\p{L}*|certitude|sûr\\p{L}*|assurément|établi\\p{L}*|conclu\\p{L}*|conclusion\\p{L}*|prouv\\p{L}*|preuves?|démontr\\p{L}*|avér\\p{L}*|formel\\p{L}*|incontestabl\\p{L}*|indéniabl\\p{L}*|sans aucun doute|nul doute|déterminé\\p{L}*|constat\\p{L}*'));

/** A strong hedge: it is only a likelihood or an appearance. */
const frenchStrongHedge = lazy(() => fr('il sembl(?:e|ait|erait) que|il sembl(?:e|ait|erait) qu[’\']|semble-t-il|il est (?:probable|vraisemblable|possible) qu[e’\']|vraisemblablement|apparemment'));
/** English that hedges, reports or guesses in any way. */
const englishHedge = lazy(() =>
  en(
    'couldn[’\']t|wouldn[’\']t|mightn[’\']t|could[’\']ve|would[’\']ve|seem\\w*|appear\\w*|apparent\\w*|likel\\w*|unlikely|probabl\\w*|possib\\w*|perhaps|maybe|may|might|could|would|reported\\w*|report\\w*|alleged\\w*|supposed\\w*|presum\\w*|suspect\\w*|believ\\w*|thought|think\\w*|suggest\\w*|indicat\\w*|assum\\w*|expect\\w*|chances?|odds|according|said|say|says|saying|claim\\w*|feared|fears?|understood|signs?|evidence|point\\w* to|it looks|looks like|as if|in all likelihood|potentially|not ruled out|unconfirmed',
  ),
);

/** French that says it is official or confirmed, and no French that reports. */
const frenchOfficial = lazy(() => fr('(?:a|ont|avait|avaient)\\s+(?:(?:officiellement|formellement)\\s+)?confirmé|confirme|confirment|(?:a|ont)\\s+officiellement\\s+\\p{L}+|officiellement'));
/** English hearsay. */
const englishHearsay = lazy(() => en('reportedly|allegedly|rumou?red|(?:is|are|was|were) said to|(?:is|are|was|were) reported to|reports suggest|unconfirmed|according to (?:reports|rumou?rs|sources)|purportedly|supposedly'));

/** A condition the French sets: “Si les conditions le permettent, …”, “à condition qu’ils renoncent”, “sous réserve de”. */
const frenchCondition = lazy(() => /^\s*(?:[«“"]\s*)?(?:si|s[’']ils?)(?![\p{L}])(?!\s*(?:vous|te)\s+pla\p{L}*|\s+bien\s+que)|(?<![\p{L}])(?:à condition qu[e’']|à condition d[e’']|sous réserve d[eu’']|pourvu qu[e’']|à moins qu[e’']|sauf si|au cas où|dans le cas où|pour peu qu[e’'])/iu);
/** English that keeps a condition. */
// (`Si l’inflation a reculé, les prix restent…` is a concession: `although`, `while`; `Had we known` is an if-clause inverted.)
const englishCondition = lazy(() =>
  en('if|unless|provided|providing|subject to|condition\\w*|permitting|as long as|so long as|assuming|depending|depends|in the event|in case|should|whether|when|once|otherwise|except|only|but|barring|as soon as|where|on the basis|although|though|while|whereas|had (?:we|i|you|he|she|they|it)|were (?:we|i|you|he|she|they|it)'),
);

export const certainty: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    for (const [source, target] of sentenceUnits(pair.source, pair.target)) {
      const at = pair.target.indexOf(target);
      const conditional = frenchHearsayConditional().exec(head(source));
      const hedge = conditional ?? frenchHedge().exec(source);
      if (hedge) {
        const sure = englishSure().exec(target);
        if (sure && !frenchSure().test(source)) {
          issues.push({ key: 'certainty.asFact', params: { word: sure[0], source: hedge[0] }, target: [{ start: at + sure.index, end: at + sure.index + sure[0].length }] });
          continue;
        }
        // The conditional of hearsay told as a plain fact, with no word of reporting, doubt or attribution
        // in the English (`Le joueur aurait signé` → `The player has signed`; `reportedly signed`,
        // `would have signed`, `according to…` keep it).
        if (conditional && !englishHedge().test(target) && !frenchSure().test(source)) {
          issues.push({ key: 'certainty.hedgeLost', params: { source: conditional[0] }, target: [{ start: at, end: at + target.trimEnd().length }] });
          continue;
        }
        const strong = frenchStrongHedge().exec(source);
        if (strong && !englishHedge().test(target) && !frenchSure().test(source)) {
          issues.push({ key: 'certainty.hedgeLost', params: { source: strong[0] }, target: [{ start: at, end: at + target.trimEnd().length }] });
          continue;
        }
      }
      const condition = frenchCondition().exec(source);
      if (condition && !englishCondition().test(target)) {
        issues.push({ key: 'certainty.conditionLost', params: { source: condition[0].replace(/^[\s«“"]+/u, '') }, target: [{ start: at, end: at + target.trimEnd().length }] });
        continue;
      }
      if (hedge) continue;
      const official = frenchOfficial().exec(source);
      const hearsay = official && englishHearsay().exec(target);
      if (official && hearsay) {
        issues.push({ key: 'certainty.asHearsay', params: { word: hearsay[0], source: official[0] }, target: [{ start: at + hearsay.index, end: at + hearsay.index + hearsay[0].length }] });
      }
    }
    return issues;
  },
};
