// User-supplied regular expressions run over whole documents, so they must not backtrack
// catastrophically. A static check rejects the constructs that can (a repeated group holding a
// quantifier or alternatives, back-references), patterns that match the empty string, and anything
// that does not compile. What is left can still be quadratic on a long run (\s*x over megabytes of
// spaces), so match.ts runs patterns over bounded, overlapping segments of the text.

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

  // Walk the pattern: for each group, remember whether it holds a quantifier or alternatives.
  // Repeating such a group (max > 1) lets the engine split the same text many ways, which takes
  // exponential time on a near-miss: (a+)+b, (a|a)*b, (a|ab)*c, (a?){30}a{30}, (.*a){12}.
  const stack: { quantified: boolean; alternatives: boolean }[] = [{ quantified: false, alternatives: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') { inClass = true; continue; }
    if (ch === '(') {
      stack.push({ quantified: false, alternatives: false });
      // Skip the group's own syntax: (?: (?= (?! (?<= (?<! (?<name>
      const m = /^\(\?(?:<[=!]|[:=!]|<[^>]*>)/.exec(source.slice(i, i + 40));
      if (m) i += m[0].length - 1;
      continue;
    }
    if (ch === '|') { stack[stack.length - 1]!.alternatives = true; continue; }
    if (ch === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const q = quantifierAt(source, i + 1);
      if (q && q.repeats && (group.quantified || group.alternatives)) {
        return 'nested quantifiers or alternatives inside a repeated group (e.g. (a+)+ or (a|ab)*) can take exponential time';
      }
      const parent = stack[stack.length - 1]!;
      parent.quantified ||= group.quantified || q !== null;
      parent.alternatives ||= group.alternatives;
      if (q) i += q.length;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q) {
      stack[stack.length - 1]!.quantified = true;
      i += q.length - 1;
    }
  }
  if (stack.length !== 1) return 'unbalanced parentheses';
  return null;
}

function quantifierAt(s: string, i: number): { length: number; repeats: boolean } | null {
  const ch = s[i];
  let len = 0;
  let repeats = false;
  if (ch === '*' || ch === '+') { len = 1; repeats = true; }
  else if (ch === '?') len = 1;
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
    if (!m) return null;
    len = m[0].length;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    repeats = max > 1;
  } else return null;
  if (s[i + len] === '?') len++; // lazy
  return { length: len, repeats };
}
