import { diffWordsWithSpace } from 'diff';

/** One piece of a word-level diff: text both sides share, or text only the new / old side has. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A word-level diff of two texts (jsdiff's word diff in which whitespace runs are tokens too, so
 * both texts are rebuilt exactly, spaces and line breaks included). Joining the `equal` and
 * `delete` pieces gives `before`; joining `equal` and `insert` gives `after`.
 *
 * @example
 * wordDiff('Le chat dort.', 'Le chien dort.');
 * // → [{op:'equal',text:'Le '},{op:'delete',text:'chat'},{op:'insert',text:'chien'},{op:'equal',text:' dort.'}]
 */
export function wordDiff(before: string, after: string): DiffOp[] {
  const raw: DiffOp[] = diffWordsWithSpace(before, after)
    .filter((change) => change.value !== '')
    .map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
  return cleanUp(raw);
}

/**
 * Semantic clean-up for readers: a change interrupted only by spaces is one change
 * ("called for" → "urged", not "called" → "urged", " ", "for" deleted), deletions before
 * insertions, neighbours of the same kind merged.
 */
function cleanUp(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  ops.forEach((op, i) => {
    if (op.op === 'delete') deleted += op.text;
    else if (op.op === 'insert') inserted += op.text;
    else if ((deleted || inserted) && /^\s+$/u.test(op.text) && ops[i + 1] && ops[i + 1]!.op !== 'equal') {
      // Spaces between two changes belong to both sides of one change.
      deleted += op.text;
      inserted += op.text;
    } else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += op.text;
      else out.push({ op: 'equal', text: op.text });
    }
  });
  flush();
  return out;
}

/** The text on one side of a diff. */
export function sideOf(ops: readonly DiffOp[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return ops.filter((op) => op.op !== skip).map((op) => op.text).join('');
}
