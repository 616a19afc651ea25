// `--exclude GLOB` for folder scans: a small glob matcher (no I/O). Node's path.matchesGlob is
// experimental on Node 20 (it warns on every run) and picomatch is not a dependency of ours, so the
// few rules people expect from .gitignore-style patterns are written out here:
//   *  any characters but "/"        **  any characters, "/" included ("a/**/b" also matches "a/b")
//   ?  one character but "/"         [abc] [a-z] [!abc]  one character of (or not of) the class
//   {a,b}  either alternative        \x  the character x itself
// A pattern without "/" is tried against every segment of the path (so "*.md" and "drafts" match
// at any depth); one with "/" against the whole path relative to the scanned folder. A leading "./"
// or "/" and a trailing "/" are ignored. Matching is case-sensitive, as on Linux.

/** The regular expression (anchored) of one glob, or a thrown Error for an unbalanced "[" or "{". */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '\\' && i + 1 < glob.length) {
      re += escapeChar(glob[++i]!);
    } else if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atStart && glob[i + 1] === '/') { re += '(?:[^/]*/)*'; i++; } // "**/": zero or more folders
        else re += '.*';
      } else re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) throw new Error(`unclosed '[' in '${glob}'`);
      let body = glob.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) {
      re += '|';
    } else {
      re += escapeChar(ch);
    }
  }
  if (braces > 0) throw new Error(`unclosed '{' in '${glob}'`);
  return new RegExp(`^${re}$`);
}

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

export interface PathMatcher {
  /** Does the pattern match this path (relative to the scanned folder, "/"-separated)? */
  (relPath: string): boolean;
}

/** A matcher for one --exclude pattern, with the segment rule for patterns without "/". */
export function globMatcher(pattern: string): PathMatcher {
  const p = pattern.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (p === '') throw new Error('empty pattern');
  const re = globToRegExp(p);
  if (!p.includes('/')) return (rel) => rel.split('/').some((seg) => re.test(seg));
  // With "/": the whole path, or one of its folders (so "drafts/old" leaves out all that is inside).
  return (rel) => {
    if (re.test(rel)) return true;
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) if (re.test(rel.slice(0, i))) return true;
    return false;
  };
}

/** One matcher for several patterns: true when any matches. */
export function anyGlob(patterns: readonly string[]): PathMatcher {
  const all = patterns.map(globMatcher);
  return (rel) => all.some((m) => m(rel));
}
