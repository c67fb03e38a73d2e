import { lazy, sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';

/**
 * The grammatical person of the speaker changed (warnings), sentence by sentence.
 *
 * A quotation of the French whose speaker says “je” or “nous”, and an English with no first person
 * at all: “« Nous avons décidé de
 * fermer », explique le gérant.” → “‘They have decided to close,’ the manager explains.”
 * The French says “je” and nothing plural, the English “we” and nothing singular (“J’ai décidé seule”
 * → “We decided on our own”), or the other way round.
 * The French says what is done to the speaker (“on nous promet”, “on m’a dit”) and the English has
 * the speaker doing it (“we have been promising”): no “us”, “me”, no passive.
 */

/** French first person singular and plural, whole words (“j’”, “m’” before a vowel). */
const frenchSingular = lazy(() => /(?<![\p{L}])(?:je|moi|mon|ma|mes|me|moi-même)(?![\p{L}’'-])|(?<![\p{L}])(?:j|m)[’'](?=\p{L})/iu);
const frenchPlural = lazy(() => /(?<![\p{L}])(?:nous|notre|nos|nôtres?|nous-mêmes)(?![\p{L}’'-])/iu);
/** A quotation of the French that opens on the speaker as subject: “« Nous avons décidé… »”, “« J’ai pris… »”. */
const frenchQuotedSpeaker = lazy(() => /[«“"]\s*(?:(?:\p{L}+\s+){0,6}?)(?:je|j[’']|nous)(?=\s*\p{L}|(?<=[’'])\p{L})[^«»“”"]*[»”"]/iu);
/** The English quotes someone. */
/** An English quotation: a quotation mark before a word (an apostrophe inside or after one is none: `Wednesday's`, `players' lack`). */
const englishQuote = /(?:[“”"]|(?<![\p{L}\p{N}])[‘’'])\s*\p{L}/u;
/** “on”: often “we” in French speech. */
const frenchOn = lazy(() => /(?<![\p{L}])on(?![\p{L}’'-])/iu);
/** English first person singular (“I” before a word or a contraction, not a numeral: “World War I”). */
const englishSingular = lazy(() => /\bI(?=\s+\p{Ll}|\s*[’']\p{Ll})|\b(?:me|my|mine|myself)\b/u);
const englishPlural = lazy(() => /\b(?:we|us|our|ours|ourselves)\b/iu);
/** What is done to the speaker: “on nous promet”, “on m’a dit”. */
const frenchDoneTo = lazy(() => /(?<![\p{L}])on\s+(?:ne\s+|n[’']\s*)?(?:nous|me|m[’'])\s*\p{L}/iu);
/** The English speaker doing it, in a progressive: “we have been promising”, “we are telling”. */
const englishDoing = lazy(() => /\b(?:[Ww]e|I)\s+(?:(?:have|had|’ve|'ve)\s+been|are|were|am|’re|'re|’m|'m)\s+(?!going\b)\p{L}+ing\b/u);

export const person: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    for (const [source, target] of sentenceUnits(pair.source, pair.target)) {
      const at = pair.target.indexOf(target);
      const whole = [{ start: at, end: at + target.trimEnd().length }];
      const singular = frenchSingular().exec(source);
      const plural = frenchPlural().exec(source);
      const first = singular ?? plural;
      if (!first) continue;
      const mySingular = englishSingular().exec(target);
      const myPlural = englishPlural().exec(target);
      if (!mySingular && !myPlural) {
        // Only a quotation: prose often drops its “nous” (“Nous savons que…” → “It is known that…”).
        const quoted = frenchQuotedSpeaker().exec(source);
        if (!quoted || !englishQuote.test(target)) continue;
        issues.push({ key: 'person.lost', params: { source: (/(?:je|j[’']|nous)$/iu.exec(quoted[0].replace(/(?<=(?:je|j[’']|nous))[\s\S]*$/iu, '')) ?? [first[0]])[0] }, target: whole });
        continue;
      }
      // “je” alone told as “we”, “nous” alone told as “I” (“on” may be either).
      if (singular && !plural && !frenchOn().test(source) && myPlural && !mySingular) {
        issues.push({ key: 'person.changed', params: { source: singular[0], word: myPlural[0] }, target: [{ start: at + myPlural.index, end: at + myPlural.index + myPlural[0].length }] });
        continue;
      }
      if (plural && !singular && mySingular && !myPlural) {
        issues.push({ key: 'person.changed', params: { source: plural[0], word: mySingular[0] }, target: [{ start: at + mySingular.index, end: at + mySingular.index + mySingular[0].length }] });
        continue;
      }
      const doneTo = frenchDoneTo().exec(source);
      const doing = doneTo && !/\b(?:us|me)\b/iu.test(target) ? englishDoing().exec(target) : null;
      if (doneTo && doing) issues.push({ key: 'person.doneTo', params: { source: doneTo[0].slice(0, -1).trim(), word: doing[0] }, target: [{ start: at + doing.index, end: at + doing.index + doing[0].length }] });
    }
    return issues;
  },
};
