// User-supplied regular expressions run over whole documents, so they must not backtrack
// catastrophically. A static check rejects the constructs that can (nested unbounded
// quantifiers, back-references), patterns that match nothing at all, and anything that does not compile.

const MAX_LENGTH = 300;

/** A reason the pattern is unsafe or invalid, or null when it may be used. */
export function checkPattern(source: string): string | null {
  if (source.length > MAX_LENGTH) return `pattern is longer than ${MAX_LENGTH} characters`;
  try {
    new RegExp(source, 'gu');
  } catch (e) {
    return `not a valid regular expression (${(e as Error).message})`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (new RegExp(source, 'u').test('')) return 'pattern matches the empty string';

  // Walk the pattern: for each group, remember whether it contains an unbounded quantifier;
  // a quantified group that does is a nested quantifier, e.g. (a+)+ or (\w+\s?)*.
  const stack: { unbounded: boolean }[] = [{ unbounded: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') { inClass = true; continue; }
    if (ch === '(') { stack.push({ unbounded: false }); continue; }
    if (ch === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const q = quantifierAt(source, i + 1);
      if (q && group.unbounded && q.unbounded) return 'nested unbounded quantifiers (e.g. (a+)+) can take exponential time';
      if (group.unbounded || q?.unbounded) stack[stack.length - 1]!.unbounded = true;
      if (q) i += q.length;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q) {
      if (q.unbounded) stack[stack.length - 1]!.unbounded = true;
      i += q.length - 1;
    }
  }
  if (stack.length !== 1) return 'unbalanced parentheses';
  return null;
}

function quantifierAt(s: string, i: number): { length: number; unbounded: boolean } | null {
  const ch = s[i];
  let len = 0;
  let unbounded = false;
  if (ch === '*' || ch === '+') { len = 1; unbounded = true; }
  else if (ch === '?') len = 1;
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
    if (!m) return null;
    len = m[0].length;
    unbounded = m[2] !== undefined && m[3] === '';
  } else return null;
  if (s[i + len] === '?') len++; // lazy
  return { length: len, unbounded };
}
