import { lazy, sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';

/**
 * A future of the source told in the past: “Le président annoncera sa décision jeudi.” → “The
 * president announced his decision on Thursday.” Sentence by sentence, only when the French tells
 * nothing in the past (a passé composé, an imperfect, a future perfect — “aura duré” → “ended up taking” —: “a annoncé qu’il partira” mixes them) and the
 * English has no future of any form (will, ’ll, to be, set to, due, planned, would, may…, an
 * infinitive, present with a time ahead: “opens on March 1” has no past) and a verb in the past.
 */

/** French simple future: the regular endings on a verb’s stem, and the irregular ones. */
const frenchFuture = lazy(
  () =>
    /(?<![\p{L}’'-])(?:\p{Ll}{2,}(?:era|eront|ira|iront|dra|dront)|s(?:era|eront)|aur(?:a|ont)|f(?:era|eront)|ir(?:a|ont)|pourr(?:a|ont)|devr(?:a|ont)|faudra|vaudra|verr(?:a|ont)|saur(?:a|ont)|enverr(?:a|ont)|recevr(?:a|ont)|courr(?:a|ont))(?![\p{L}’'-])/u,
);
/** French past: an auxiliary and its participle (an adverb between), an imperfect, a conditional, a time gone (“hier”, “l’an dernier”). */
const frenchPast = lazy(
  () =>
    /(?<![\p{L}])(?:(?:a|ont|as|ai|avons|avez|avait|avaient|aura|auront|eu|est|sont|étai(?:t|ent)|été|fut|furent)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|erts|ertes)|\p{L}{2,}(?:ait|aient))(?![\p{L}])|(?<![\p{L}])(?:hier|(?:an|année|semaine|mois|week-end|saison|été|hiver|printemps|automne|fois)\s+(?:derni(?:er|ère)|passée?))(?![\p{L}])/iu,
);
/** English that says the future, a plan, a possibility or an infinitive: enough for a French future. */
const englishAhead = lazy(
  () =>
    /\b(?:will|shall|won[’']t|going|is|are|am|be|set|due|expected|scheduled|planned|plans?|intends?|would|should|could|may|might|must|can|to\s+\p{L}+|next|upcoming|coming|forthcoming|tomorrow|soon|future|from|starting|until|by)\b|[’']ll\b/iu,
);
/** English past: the irregular pasts, did/was/were/had, and a regular past before what it governs (not a participle after be, have, a determiner or a preposition, nor an adjective before its noun: “grilled meats”). */
const englishPast = lazy(
  () =>
    /\b(?:was|were|had|did|took|gave|made|went|came|said|told|got|held|left|met|saw|began|became|brought|built|bought|chose|drew|fell|felt|found|grew|heard|kept|knew|led|lost|paid|rose|sent|sold|spent|stood|thought|won|wrote|ran|won|sat|spoke|struck)\b|(?<!\b(?:is|are|be|been|being|was|were|has|have|had|get|gets|got|the|a|an|its|their|his|her|our|newly|recently|already|now|and|or|with|of|for|in|by|,)\s+)\b\p{Ll}{3,}ed\b(?=\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|on|in|at|to|for|from|with|up|out|off|down|it|him|them|us|me)\b|\s*[.!?;]|$)/u,
);

export const tense: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    for (const [source, target] of sentenceUnits(pair.source, pair.target)) {
      if (!frenchFuture().test(source) || frenchPast().test(source) || englishAhead().test(target)) continue;
      const past = englishPast().exec(target);
      if (!past) continue;
      const at = pair.target.indexOf(target) + past.index;
      issues.push({ key: 'tense', params: { word: past[0] }, target: [{ start: at, end: at + past[0].length }] });
    }
    return issues;
  },
};
