import { lazy, sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';

/**
 * A tense turned the other way, sentence by sentence (warnings).
 *
 * A future of the source told in the past: “Le président annoncera sa décision jeudi.” → “The
 * president announced his decision on Thursday.” Only when the French tells nothing in the past (a
 * passé composé, an imperfect, a future perfect — “aura duré” → “ended up taking” —: “a annoncé
 * qu’il partira” mixes them) and the English has no future of any form (will, ’ll, to be, set to,
 * due, planned, would, may…, an infinitive, present with a time ahead: “opens on March 1” has no
 * past) and a verb in the past. A time of the English (“from”, “until”, “by”) excuses a form that
 * may be a participle (“held from May 2”), not one that is only a past (“took place from July 4”,
 * “remained in force until”).
 *
 * A past of the source told as a future: “Les digues ont cédé dans la nuit.” → “The dikes will give
 * way overnight.” Only when the French has a past of its own (a passé composé, a plus-que-parfait,
 * a passé simple, an imperfect) and nothing ahead (no future, conditional, “va partir”, “demain”,
 * “dès lundi”), no clause that might hold a present told as a future (“qui”, “que”, “si”,
 * “lorsque”…: “a annoncé qu’il viendra” → “announced he will come”), and the English has a future
 * (will, ’ll, shall, is going to) and no past nor perfect.
 */

/** French simple future: the regular endings on a verb’s stem, and the irregular ones. */
const frenchFuture = lazy(
  () =>
    /(?<![\p{L}’'-])(?:\p{Ll}{2,}(?:era|eront|erons|erez|ira|iront|dra|dront|drons)|s(?:era|eront|erons|erez|erai)|aur(?:a|ont|ons|ez|ai)|f(?:era|eront|erons|erez|erai)|ir(?:a|ont|ons|ez|ai)|pourr(?:a|ont|ons|ez|ai)|devr(?:a|ont|ons|ez|ai)|faudra|vaudra|verr(?:a|ont|ons|ez|ai)|saur(?:a|ont|ons|ez|ai)|enverr(?:a|ont|ons|ez|ai)|recevr(?:a|ont|ons|ez|ai)|courr(?:a|ont|ons|ez|ai))(?![\p{L}’'-])/u,
);
/** French past: an auxiliary and its participle (an adverb between; not “aura lieu”, “a droit”), an imperfect, a conditional, a time gone (“hier”, “l’an dernier”). */
const frenchPast = lazy(
  () =>
    /(?<![\p{L}])(?:(?:a|ont|as|ai|avons|avez|avait|avaient|aura|auront|eu|est|sont|étai(?:t|ent)|été|fut|furent)\s+(?!(?:lieu|droit|peu|trait)(?![\p{L}]))(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|erts|ertes)|\p{L}{2,}(?:ait|aient))(?![\p{L}])|(?<![\p{L}])(?:hier|(?:an|année|semaine|mois|week-end|saison|été|hiver|printemps|automne|fois)\s+(?:derni(?:er|ère)|passée?))(?![\p{L}])/iu,
);
/** English that says the future, a plan, a possibility or an infinitive: enough for a French future. */
const englishAhead = lazy(
  () =>
    /\b(?:will|shall|won[’']t|going|is|are|am|be|set|due|expected|scheduled|planned|plans?|intends?|would|should|could|might|must|can|to\s+\p{L}+|next|upcoming|coming|forthcoming|tomorrow|soon|future)\b|[’']ll\b/iu,
);
/** “may” in lower case, or opening a sentence: the month (“from 2 to 9 May”) says nothing ahead. */
const englishMay = lazy(() => /\bmay\b|^\s*May\b(?!\s+\d)/u);
/** A time of the English that may run ahead (“from March 1”, “until June”, “by 2030”): enough for a past that may be a participle. */
const englishSpan = lazy(() => /\b(?:from|starting|until|by)\b/iu);
/**
 * English past: the irregular pasts, did/was/were/had, and a regular past before what it governs
 * (not a participle after be, have, a determiner or a preposition, nor an adjective before its
 * noun: “grilled meats”).
 */
const englishPast = lazy(
  () =>
    /\b(?:was|were|had|did|took|gave|made|went|came|said|told|got|held|left|met|saw|began|became|brought|built|bought|chose|drew|fell|felt|found|grew|heard|kept|knew|led|lost|paid|rose|sent|sold|spent|stood|thought|won|wrote|ran|sat|spoke|struck|broke|drove|flew|threw|wore|forgot|undertook|overtook|arose|remained|stayed|lasted|happened|occurred|existed|arrived|died)\b|(?<!\b(?:is|are|be|been|being|was|were|has|have|had|get|gets|got|the|a|an|its|their|his|her|our|newly|recently|already|now|and|or|with|of|for|in|by|,)\s+)\b\p{Ll}{3,}ed\b(?=\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|on|in|at|to|for|from|with|up|out|off|down|it|him|them|us|me)\b|\s*[.!?;]|$)/u,
);
/** Every English past of a sentence, in order. */
const englishPasts = lazy(() => new RegExp(englishPast().source, 'gu'));
/** Pasts that are no participle (“took”, “went”), or of a verb that has no passive (“remained”, “lasted”): a past whatever time follows. */
const onlyPast = lazy(
  () =>
    /^(?:was|were|did|took|gave|went|came|saw|began|became|chose|drew|fell|grew|knew|rose|wrote|ran|spoke|broke|drove|flew|threw|wore|forgot|undertook|overtook|arose|remained|stayed|lasted|happened|occurred|existed|arrived|died)$/u,
);

/** French past of its own: passé composé (avoir, or être with a verb of motion or state, or a passive “a été”), plus-que-parfait, passé simple, imperfect. */
const frenchOwnPast = lazy(() => {
  const participle = '\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|erts|ertes)';
  // Verbs that take être in the passé composé: “est arrivé” is a past, “est fermé” may be a present passive.
  const withEtre = '(?:arriv|part|ven|all|mort|né|tomb|rest|devenu|revenu|survenu|intervenu|parvenu|sort|entr|mont|descendu|rentr|retourn|décéd|pass)\\p{L}*';
  const adverb = '(?:(?:pas|plus|jamais|déjà|bien|aussi|encore|finalement|notamment|également|toujours|enfin|rapidement|largement|beaucoup|fortement|ensuite)\\s+)?';
  return new RegExp(
    [
      // “ont été évacués”, “a décidé”, “n’a pas pu” — not “a lieu”, “a droit”, “a priorité”, “il y a”.
      `(?<![\\p{L}])(?<!\\by\\s)(?:a|ont|ai|as|avons|avez|avait|avaient|avions|aviez|eut|eurent)\\s+${adverb}(?!(?:lieu|droit|peu|trait|\\p{L}*ité)(?![\\p{L}]))${participle}(?![\\p{L}])`,
      // “sont partis”, “était arrivée”, “s’est tenu(e)”.
      `(?<![\\p{L}])(?:est|sont|étai(?:t|ent)|fut|furent)\\s+${adverb}(?:${withEtre}|été)(?![\\p{L}])`,
      `(?<![\\p{L}])(?:s[’']|se\\s)(?:est|sont|étai(?:t|ent))\\s+${adverb}${participle}(?![\\p{L}])`,
      // Passé simple, the forms of news: “ils décidèrent”, “fut”, “prit”, “vint”.
      '(?<![\\p{L}])(?:\\p{L}{2,}(?:èrent|irent|urent)|fut|furent|fit|firent|prit|prirent|vint|vinrent|mit|mirent|dit|eut|eurent)(?![\\p{L}])',
      // Imperfect, not a conditional (“-rait”) nor a noun (“fait”, “portrait”, “forfait”).
      `(?<![\\p{L}])(?!(?:\\p{L}*(?:rait|raient)|fait|lait|trait|portrait|retrait|extrait|attrait|forfait|parfait|souhait|bienfait|méfait|abstrait|distrait|satisfait|imparfait|plus-que-parfait)(?![\\p{L}]))\\p{L}{2,}(?:ait|aient)(?![\\p{L}])`,
      '(?<![\\p{L}])(?:hier|avant-hier)(?![\\p{L}])',
    ].join('|'),
    'iu',
  );
});
/** French that says a time ahead or might carry a present told as a future: a future, a conditional, “va partir”, “demain”, a subordinate or relative clause. */
const frenchAhead = lazy(
  () =>
    /(?<![\p{L}])(?:\p{L}{2,}(?:rait|raient)|(?:va|vont|vais|vas|allons|allez)\s+(?:\p{L}+\s+)?\p{L}+(?:er|ir|re|oir)|demain|prochaine?s?|prochainement|bientôt|dès|désormais|dorénavant|avenir|d[’']ici|partir\s+d[eu’']|qui|que|qu[’']|dont|où|si|s[’']ils?|lorsqu[’']?|lorsque|quand|puisque|afin|jusqu[’']|doi[st]|doivent|peu[tx]|peuvent|prévue?s?|pour\s+\p{L}+er)(?![\p{L}])/iu,
);
/** English future: will, shall, ’ll (not “the will”, “political will”), is going to. */
const englishFuture = lazy(
  () =>
    /(?<!\b(?:the|a|an|his|her|its|their|our|my|your|political|free|good|ill|own|strong|of|at|against|with)\s+)\b(?:will|shall)\b(?=\s+(?:not\s+|also\s+|only\s+|still\s+|then\s+|now\s+|soon\s+|then\s+)?\p{Ll})|[’']ll\b|\b(?:is|are|am)\s+going\s+to\b/iu,
);
/** English that tells a past or a perfect besides: a past tense, has/have/had, used to. */
const englishPastOrPerfect = lazy(() => /\b(?:has|had|have|’ve|'ve|used\s+to|ago|yesterday|last|previously|earlier)\b/iu);

/**
 * Verbs whose English is certain enough to follow one verb across the pair: the French (its past
 * participle, its future and infinitive, its present) and the English (base, simple past,
 * participle). “a décidé” → “will decide”, “présentera” → “presented”, “compte en recruter” → “signed”.
 */
interface VerbLine {
  past: string;
  ahead: string;
  present: string;
  base: string;
  simplePast: string;
  participle: string;
}
/** A French verb in -er on its stem (“décid”): participle, future or infinitive, present. */
const er = (stem: string, base: string, simplePast: string, participle = simplePast): VerbLine => ({
  past: `${stem}(?:é|ée|és|ées)`,
  ahead: `${stem}(?:era|eront|erai|erons|erez|er)`,
  present: `${stem}(?:e|es|ent|ons|ez)`,
  base,
  simplePast,
  participle,
});
const verbLines: readonly VerbLine[] = [
  er('décid', 'decide', 'decided'),
  er('(?:début|commenc|démarr)', 'begin|start|get under way|kick off', 'began|started|got under way|kicked off', 'begun|started'),
  er('prêt', 'lend|loan', 'lent|loaned'),
  er('présent', 'present|unveil', 'presented|unveiled'),
  er('annonc', 'announce', 'announced'),
  er('ferm', 'close|shut', 'closed|shut'),
  er('sign', 'sign', 'signed'),
  er('recrut', 'recruit|sign|hire', 'recruited|signed|hired'),
  er('lanc', 'launch', 'launched'),
  er('adopt', 'adopt|pass', 'adopted|passed'),
  er('vot', 'vote', 'voted'),
  er('publi', 'publish|release', 'published|released'),
  er('(?:achet|achèt|rachet|rachèt)', 'buy|acquire|purchase', 'bought|acquired|purchased'),
  er('quitt', 'leave|quit', 'left|quit'),
  er('nomm', 'appoint|name', 'appointed|named'),
  er('inaugur', 'open|inaugurate', 'opened|inaugurated'),
  er('livr', 'deliver', 'delivered'),
  er('rencontr', 'meet', 'met'),
  er('visit', 'visit', 'visited'),
  er('lev', 'raise', 'raised'),
  er('supprim', 'cut|axe|ax|scrap|abolish', 'cut|axed|scrapped|abolished'),
  { past: 'ouverte?s?', ahead: 'ouvr(?:ira|iront|irai|irons|irez|ir)', present: 'ouvr(?:e|es|ent|ons|ez)', base: 'open', simplePast: 'opened', participle: 'opened' },
  { past: 'vendue?s?', ahead: 'vend(?:ra|ront|rai|rons|rez|re)', present: 'vend(?:s|ent|ons|ez)?', base: 'sell', simplePast: 'sold', participle: 'sold' },
  { past: 'acquise?s?', ahead: 'acquer(?:ra|ront|rai|rons|rez)|acquérir', present: 'acquiert|acquièrent|acquérons|acquérez', base: 'acquire|buy', simplePast: 'acquired|bought', participle: 'acquired|bought' },
];

interface Verb {
  /** A past of the French: an auxiliary of avoir (or “a été”) and the participle. */
  frenchPast: RegExp;
  /** Any participle of the French (“présenté”, “le plan présenté lundi”), counted. */
  frenchParticiple: RegExp;
  frenchAhead: RegExp;
  frenchPresent: RegExp;
  englishFuture: RegExp;
  englishPast: RegExp;
  englishFutureAny: RegExp;
}
const frWord = (pattern: string, flags = 'iu') => new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, flags);
const verbs = lazy((): Verb[] =>
  verbLines.map((line) => ({
    frenchPast: frWord(`(?:a|ont|ai|as|avons|avez|avait|avaient|avions|eut|eurent)\\s+(?:(?:pas|déjà|finalement|officiellement|également|aussi|enfin|bien|ensuite|été)\\s+)*(?:${line.past})`),
    frenchParticiple: frWord(line.past, 'giu'),
    frenchAhead: frWord(line.ahead),
    frenchPresent: frWord(line.present),
    englishFuture: new RegExp(`(?:\\b(?:will|shall)|[’']ll|\\b(?:is|are|am)\\s+going\\s+to)\\s+(?:(?:not|also|soon|now|only|then|finally|formally|officially)\\s+)*(?:${line.base}|be\\s+(?:${line.participle}))\\b`, 'iu'),
    // A simple past: not a passive, a perfect’s participle is still a past (“has signed”), not after “to”, “will”, “be”.
    englishPast: new RegExp(`(?<!\\b(?:is|are|am|be|been|being|to|will|would|shall|should|could|may|might|must|'ll|’ll|the|a|an)\\s+)\\b(?:${line.simplePast})\\b`, 'giu'),
    englishFutureAny: new RegExp(`(?:\\b(?:will|shall|would)|[’']ll|\\bgoing\\s+to|\\bto|\\bplans?\\s+to|\\bintends?\\s+to)\\s+(?:\\p{L}+\\s+)?(?:${line.base})\\b`, 'iu'),
  })),
);

/** Venir de and an infinitive: what has just been done, no time ahead. */
const recentPast = /(?<![\p{L}])(?:vien(?:s|t|nent)|venons|venez|venai(?:s|t|ent)|venions|veniez)\s+(?:tout\s+juste\s+)?d(?:e\s+|[’'])(?:\p{L}+\s+)?\p{L}+(?:er|ir|re|oir)(?![\p{L}])/giu;

/** A verb of the table told in the other time: a French past as an English future, a French future or plan as an English past. */
function verbTurned(source: string, target: string): Issue | undefined {
  for (const verb of verbs()) {
    const past = verb.frenchPast.test(source);
    // (`vient de lever 60 millions` → `has just raised`: venir de and an infinitive is a recent past.)
    const ahead = verb.frenchAhead.test(source.replace(recentPast, ' '));
    if (past && !ahead && !verb.frenchPresent.test(source)) {
      const future = verb.englishFuture.exec(target);
      if (future) return { key: 'tenseAhead', params: { word: future[0].trim() }, target: [{ start: future.index, end: future.index + future[0].length }] };
    }
    if (ahead && !verb.englishFutureAny.test(target)) {
      const pasts = [...target.matchAll(verb.englishPast)];
      const participles = source.match(verb.frenchParticiple)?.length ?? 0;
      const last = pasts.at(-1);
      if (last?.index !== undefined && pasts.length > participles) return { key: 'tense', params: { word: last[0] }, target: [{ start: last.index, end: last.index + last[0].length }] };
    }
  }
  return undefined;
}

/** “Si le texte était adopté, les loyers seraient gelés”: a supposition (si and an imperfect, a conditional after). */
const frenchSupposed = lazy(() => /(?<![\p{L}]|même\s)(?:si|s[’'](?=il))\s*[^.;:!?]{0,80}?(?<![\p{L}])(?:étai(?:t|ent)|avai(?:t|ent)|\p{L}{2,}ai(?:t|ent))(?![\p{L}])[^.;!?]*?(?<![\p{L}])\p{L}{2,}rai(?:t|ent)(?![\p{L}])/iu);
/** English that supposes: if, were, would, should, unless, in the event… */
const englishSupposed = lazy(() => /\b(?:if|were|would|should|could|might|unless|provided|providing|assuming|suppos\w*|in the event|in case|whether|once|should|hypothetical\w*|otherwise|'d|’d)\b/iu);

export const tense: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    for (const [source, target] of sentenceUnits(pair.source, pair.target)) {
      const at = pair.target.indexOf(target);
      const supposed = frenchSupposed().exec(source);
      if (supposed && !englishSupposed().test(target)) {
        issues.push({ key: 'tenseHypothetical', params: { source: supposed[0].split(/[,\s]+/u).slice(0, 5).join(' ') }, target: [{ start: at, end: at + target.trimEnd().length }] });
        continue;
      }
      const turned = verbTurned(source, target);
      if (turned) {
        issues.push({ ...turned, target: turned.target?.map((span) => ({ start: at + span.start, end: at + span.end })) });
        continue;
      }
      if (frenchFuture().test(source)) {
        if (frenchPast().test(source) || englishAhead().test(target) || englishMay().test(target)) continue;
        const span = englishSpan().test(target);
        const past = [...target.matchAll(englishPasts())].find((found) => !span || onlyPast().test(found[0]));
        if (past?.index === undefined) continue;
        issues.push({ key: 'tense', params: { word: past[0] }, target: [{ start: at + past.index, end: at + past.index + past[0].length }] });
        continue;
      }
      if (!frenchOwnPast().test(source) || frenchAhead().test(source)) continue;
      const future = englishFuture().exec(target);
      if (!future || englishPast().test(target) || englishPastOrPerfect().test(target)) continue;
      issues.push({ key: 'tenseAhead', params: { word: future[0].trim() }, target: [{ start: at + future.index, end: at + future.index + future[0].length }] });
    }
    return issues;
  },
};
