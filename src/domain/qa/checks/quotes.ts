import type { Issue, PairRunner } from '../types';

/** French quotation marks left in the English (fixed to “ ” with their inner spaces), and unbalanced quotation marks. */
export const quotes: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    const french = [...pair.target.matchAll(/[«»‹›]/gu)];
    if (french.length > 0) {
      const fixed = pair.target
        .replace(/«[\s\u00a0\u202f]*/gu, '“')
        .replace(/[\s\u00a0\u202f]*»/gu, '”')
        .replace(/‹[\s\u00a0\u202f]*/gu, '‘')
        .replace(/[\s\u00a0\u202f]*›/gu, '’');
      issues.push({ key: 'quotes.french', target: french.map((match) => ({ start: match.index, end: match.index + 1 })), fix: fixed });
    }
    const opening = (pair.target.match(/“/gu) ?? []).length;
    const closing = (pair.target.match(/”/gu) ?? []).length;
    const straight = (pair.target.match(/"/gu) ?? []).length;
    const sourceBalanced = (pair.source.match(/«/gu) ?? []).length === (pair.source.match(/»/gu) ?? []).length && (pair.source.match(/"/gu) ?? []).length % 2 === 0;
    // Single quotation marks: one closing after a comma or a full stop (“tenants,' said”) is no apostrophe; with no single one opening, the quotation lost its start.
    const singleClosing = (pair.target.match(/[,.!?]['’](?=[\s\u00a0\u202f]|$)/gu) ?? []).length;
    const singleOpening = (pair.target.match(/(?<=^|[\s\u00a0\u202f([—–“"])['‘](?=\p{L}|\p{N})/gu) ?? []).length;
    const sourceQuotes = /[«"“]/u.test(pair.source);
    // And one opening before a word with none closing after one (`as 'cowardly and barbaric and…`): the
    // quotation never ends. (A possessive, `farmers'`, counts as closing: nothing is found wrongly; `the '90s` opens nothing.)
    const wordOpening = (pair.target.match(/(?<=^|[\s\u00a0\u202f([—–“"])['‘](?=\p{L})/gu) ?? []).length;
    const anyClosing = (pair.target.match(/(?<=[\p{L}\p{N},.!?;:…)])['’](?=[\s\u00a0\u202f,.;:!?)\]—–]|$)/gu) ?? []).length;
    if (sourceBalanced && (opening !== closing || straight % 2 === 1 || (sourceQuotes && (singleClosing > singleOpening || wordOpening > anyClosing)))) issues.push({ key: 'quotes.unbalanced' });
    return issues;
  },
};
