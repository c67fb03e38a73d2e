import { lazy, sentenceUnits } from '../lib';
import type { Issue, PairRunner } from '../types';

/**
 * The modality changed: what the source says is possible, required, advised or expected, told in
 * the translation as another of these, or a possibility told as a fact.
 * “Les automobilistes peuvent emprunter la déviation” → “Motorists must use the diversion”,
 * “Les restaurants doivent afficher…” → “Restaurants may display…”, “est recommandé” → “is mandatory”,
 * “est tenu de” → “is advised to”, “devrait annoncer” → “must announce”, “pourrait être examiné” →
 * “will be debated”. A finding only when the English has nothing of the source’s class, and (but
 * for a conditional possibility) a word of a class the source does not have; a French modal under
 * a negation is left alone (“ne peut pas” is rightly “must not”).
 */

interface Class {
  name: 'possibility' | 'conditional' | 'counterfactual' | 'obligation' | 'advice' | 'expectation';
  /** The French that says it (one word or phrase, matched whole). */
  french: RegExp;
  /** English that renders it well enough to be silent. */
  renders: RegExp;
  /** English of another class that contradicts it; none: the English saying nothing of it is the finding. */
  conflicts?: RegExp;
}

/** French, whole words (no letter before or after). */
const fr = (words: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu');
/** English, whole words. */
const en = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b`, 'iu');

/** English that says something must be done (“must”, “have to”, “required”). */
const mustWords = 'must|have to|has to|had to|having to|required to|is required|are required|be required|mandatory|compulsory|obligatory|obliged|under an obligation';
/** English that says something may be done (“may”, “can”, “optional”). */
const mayWords = 'may|might|can|could|optional|optionally|free to|allowed to|permitted to|at liberty';
/** English that advises (“are advised to”, “recommended”). */
const adviseWords = 'advised|advises|recommended|recommends|recommend|encouraged|urged|invited|suggested|suggests';

const classes = lazy((): readonly Class[] => [
  {
    // A conditional possibility: “pourrait”, “il est possible que”, “éventuellement”; told as a fact, it is lost.
    name: 'conditional',
    french: fr('pourrai(?:t|ent)|se pourrait|il est possible qu[e’\']|éventuellement|susceptibles? d[e’\']'),
    renders: en(
      'may|might|could|can|would|possib\\w*|potential\\w*|likel\\w*|unlikely|perhaps|maybe|probabl\\w*|chances?|risks?\\s+\\p{L}+ing|at risk|run\\w* the risk|risk(?:s|ed)? (?:that|to|being)|threat\\w*|consider\\w*|options?|expect\\w*|set to|poised|envisag\\w*|mooted|eligible|able|in line|stands? to|whether|question|prospect\\w*|hypothe\\w*|conceivabl\\w*|eventual|some day|someday|contemplat\\w*|explor\\w*|plan\\w*|propos\\w*|idea',
    ),
  },
  {
    // “aurait pu annuler”: what could have been, and was not; told as done (“canceled”), it is lost.
    name: 'counterfactual',
    french: fr('(?:aurai[st]|auraient|aurions|auriez)\\s+(?:pu|dû|voulu)'),
    renders: en('could|might|would|should|ought|able|option\\w*|possib\\w*|chance|opportunit\\w*|almost|nearly|close to|came close|consider\\w*|tempt\\w*|instead|rather|if|free to'),
  },
  {
    // “peut, peuvent, pourra, pourront”: what may be done, not what must.
    name: 'possibility',
    french: fr('peut|peuvent|pourra|pourront|pourrez|pourrons|possible|possibilité|facultatif\\p{L}*|libres? de|(?:est|sont|sera|seront|reste|restent)\\s+(?:toléré|tolérée|tolérés|tolérées|autorisé|autorisée|autorisés|autorisées)'),
    renders: en(`${mayWords}|tolerat\\w*|accept\\w*|authori[sz]\\w*|legal|lawful|fine|okay|ok|possib\\w*|option\\w*|chance|opportunit\\w*|eligible|entitled|welcome|feel free|choose|choice|allow\\w*|permit\\w*|enabl\\w*|let|lets`),
    conflicts: en(mustWords),
  },
  {
    // “doit, doivent, devra, est tenu de, il faut, obligatoire”: what must be done (or is due: “doit se rendre” → “is due to visit”;
    // or meant: “le bassin doit protéger le quartier” → “is designed to protect”).
    name: 'obligation',
    french: fr('doit|doivent|devra|devront|devrez|devrons|doive|doives|doivent|tenue?s? d[e’\']|obligatoires?|obligée?s? d[e’\']|il faut|il faudra|faut-il|impérati\\p{L}*|exigée?s?|requise?s?'),
    renders: en(
      `${mustWords}|require\\w*|requirement\\w*|need\\w*|necessar\\w*|shall|duty|bound|ordered|essential|imperative\\w*|oblig\\w*|should|will|is to|are to|was to|were to|due|scheduled|expected|set to|supposed|it takes|it took|make sure|ensure|be sure|demand\\w*|compel\\w*|forc\\w*|enforc\\w*|cannot|can't|can not|may not|only|insist\\w*|ought|important|vital|critical|key|crucial|designed to|intended to|meant to|aim\\w* to|there to`,
    ),
    conflicts: en(`${mayWords}|${adviseWords}`),
  },
  {
    // “recommandé, conseillé, invités à, il est préférable”: advice, not an obligation.
    name: 'advice',
    french: fr('recommandée?s?|recommande|recommandent|conseillée?s?|conseille|conseillent|invitée?s? à|préférable|mieux vaut|il vaut mieux|préconis\\p{L}*|encouragée?s? à'),
    renders: en(`${adviseWords}|recommend\\w*|advis\\w*|advice|encourag\\w*|urg\\w*|invit\\w*|should|best|better|prefer\\w*|suggest\\w*|ask\\w*|told|tell|call\\w*|request\\w*|please|ought|wise|tips?|welcome|appeal\\w*`),
    conflicts: en(mustWords),
  },
  {
    // “devrait, devraient”: expected (“should”, “is expected to”, “is likely to”), not required.
    name: 'expectation',
    french: fr('devrai(?:t|ent|s)'),
    renders: en(
      'should|expect\\w*|likel\\w*|set to|due|probabl\\w*|would|could|may|might|will|is to|are to|forecast\\w*|predict\\w*|anticipat\\w*|projected|poised|supposed|ought|bound to|on course|on track|scheduled|plans to|planned|planning|estimat\\w*|need\\w*|better|best|recommend\\w*|advis\\w*|shall',
    ),
    conflicts: en(mustWords),
  },
]);

const possibility = () => classes().find((kind) => kind.name === 'possibility')!;

/** A French modal under a negation (“ne peut pas”, “n’est pas tenu de”, “ne devrait plus”). */
const negatedBefore = /(?:^|[\s'’])(?:ne|n[’'])\s*(?:(?:se|s[’']|le|la|les|l[’']|lui|leur|y|en|me|te|nous|vous|est|sont|sera|seront|serait|seraient|était|étaient)\s*)*$/iu;

export const modality: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    for (const [source, target] of sentenceUnits(pair.source, pair.target)) {
      const said = new Set<Class['name']>();
      const found: Array<{ kind: Class; word: string }> = [];
      for (const kind of classes()) {
        for (const match of source.matchAll(kind.french)) {
          if (negatedBefore.test(source.slice(Math.max(0, match.index - 40), match.index))) continue;
          said.add(kind.name);
          found.push({ kind, word: match[0] });
          break;
        }
      }
      if (found.length === 0) continue;
      const at = pair.target.indexOf(target);
      // The month (“by 31 May”, “May 15”) says nothing of what may be done.
      const text = target.replace(/(?<=\d\s*)May\b|\bMay(?=\s+\d)/gu, 'Mai');
      for (const { kind, word } of found) {
        if (kind.renders.test(text)) continue;
        // A word of the source's other class is no conflict: “doit … peut” → “must … can”.
        if (kind.name === 'conditional' || kind.name === 'counterfactual') {
          // “pourra éventuellement” said with “may” is the possibility's; both classes read the same English.
          if (kind.name === 'conditional' && said.has('possibility') && possibility().renders.test(text)) continue;
          issues.push({ key: 'modality.fact', params: { source: word }, target: [{ start: at, end: at + target.trimEnd().length }] });
          continue;
        }
        const conflict = kind.conflicts?.exec(text);
        if (!conflict) continue;
        const explained = classes().some((other) => other !== kind && said.has(other.name) && other.renders.test(conflict[0]));
        if (explained) continue;
        issues.push({ key: 'modality.changed', params: { word: conflict[0], source: word }, target: [{ start: at + conflict.index, end: at + conflict.index + conflict[0].length }] });
      }
    }
    return issues;
  },
};
