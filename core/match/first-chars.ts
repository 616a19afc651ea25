// The characters a match of a simple regular-expression source can begin with, so that a list of
// patterns can be indexed by first character instead of all being tried at every candidate.
// Knows literals, escaped punctuation, [classes] with ranges, (?:groups), | and the quantifiers
// ? * + {m,n}; anything else (\s, \p{…}, ., lookarounds, backreferences) answers null: "could be any".

/** Lower-cased first characters of every match of `src`, or null when it cannot tell (or a match may be empty). */
export function firstChars(src: string): Set<string> | null {
  const p = new Parser(src);
  const r = p.alternation();
  if (r === null || p.pos !== src.length || r.nullable) return null;
  return r.chars;
}

interface First { chars: Set<string>; nullable: boolean }

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  alternation(): First | null {
    const out: First = { chars: new Set(), nullable: false };
    for (;;) {
      const seq = this.sequence();
      if (seq === null) return null;
      for (const c of seq.chars) out.chars.add(c);
      out.nullable ||= seq.nullable;
      if (this.s[this.pos] !== '|') return out;
      this.pos++;
    }
  }

  /** Atoms up to "|" or ")": first characters of the atoms until one that cannot be empty. */
  private sequence(): First | null {
    const out: First = { chars: new Set(), nullable: true };
    while (this.pos < this.s.length && this.s[this.pos] !== '|' && this.s[this.pos] !== ')') {
      const a = this.atom();
      if (a === null) return null;
      const q = this.quantifier();
      if (q === null) return null;
      if (out.nullable) {
        for (const c of a.chars) out.chars.add(c);
        out.nullable = a.nullable || q;
      }
    }
    return out;
  }

  /** Skips a quantifier; true when it allows zero repetitions, null when malformed. */
  private quantifier(): boolean | null {
    const c = this.s[this.pos];
    if (c === '?' || c === '*') { this.pos++; this.lazy(); return true; }
    if (c === '+') { this.pos++; this.lazy(); return false; }
    if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.s.slice(this.pos));
      if (!m) return null;
      this.pos += m[0].length;
      this.lazy();
      return m[1] === '0';
    }
    return false;
  }

  private lazy(): void {
    if (this.s[this.pos] === '?') this.pos++;
  }

  private atom(): First | null {
    const c = this.s[this.pos]!;
    if (c === '(') {
      if (this.s.startsWith('(?:', this.pos)) this.pos += 3;
      else if (this.s[this.pos + 1] === '?') return null; // lookaround or named group
      else this.pos++;
      const inner = this.alternation();
      if (inner === null || this.s[this.pos] !== ')') return null;
      this.pos++;
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = this.s[this.pos + 1];
      if (e === undefined || /[A-Za-z0-9]/.test(e)) return null; // \s, \p{…}, \1 …
      this.pos += 2;
      return one(e);
    }
    if (c === '.' || c === '^' || c === '$') return null;
    this.pos += c.length;
    const cp = this.s.codePointAt(this.pos - 1)!;
    if (cp >= 0xdc00 && cp <= 0xdfff) return null; // half of a surrogate pair: keep it simple
    return one(c);
  }

  private charClass(): First | null {
    const end = this.s.indexOf(']', this.pos + 1);
    if (end === -1) return null;
    const body = this.s.slice(this.pos + 1, end);
    if (body.startsWith('^') || body.includes('\\')) return null;
    this.pos = end + 1;
    const out: First = { chars: new Set(), nullable: false };
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let x = body.charCodeAt(i); x <= body.charCodeAt(i + 2); x++) add(out.chars, String.fromCharCode(x));
        i += 2;
      } else add(out.chars, body[i]!);
    }
    return out;
  }
}

function add(set: Set<string>, c: string): void {
  set.add(c.toLowerCase());
}

function one(c: string): First {
  const chars = new Set<string>();
  add(chars, c);
  return { chars, nullable: false };
}
