import type { PairRunner } from '../types';

const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Brackets left open or closed without opening, in the target (when the source's are balanced). */
export const brackets: PairRunner = {
  run: (pair) => {
    const unbalanced = (text: string): number | undefined => {
      const stack: Array<{ char: string; at: number }> = [];
      for (let i = 0; i < text.length; i++) {
        const char = text[i]!;
        if (char === '(' || char === '[' || char === '{') stack.push({ char, at: i });
        else if (pairs[char]) {
          if (stack.at(-1)?.char !== pairs[char]) return i;
          stack.pop();
        }
      }
      return stack[0]?.at;
    };
    if (unbalanced(pair.source) !== undefined) return [];
    const at = unbalanced(pair.target);
    return at === undefined ? [] : [{ key: 'brackets', target: [{ start: at, end: at + 1 }] }];
  },
};
