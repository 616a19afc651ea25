// The matcher reads a flattened copy of the text (one space between words, straight apostrophes) and
// maps offsets back: every lexicon form must still be found with exact offsets however its words are
// separated in the original.
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../core/index.ts';

const SEPARATORS = [' ', '  ', ' \n   ', '\t', '\u00A0', '-', ' - ', '\u2011'.replace('\u2011', '\u2010'), '\r\n', '\u2002\u2002'];
const APOSTROPHES = ["'", '\u2019', '\u02BC'];

describe('flattened view', () => {
  const lex = loadLexicon();
  // Multi-word English forms of concepts with no context rule, spread over the lexicon (every 5th).
  const free = (k: string) => lex.lookup.get(k)!.some((id) => !lex.concepts.get(id)?.requires && !lex.concepts.get(id)?.excludes);
  const forms = [...lex.lookup.keys()].filter((k) => k.includes(' ') && /^[a-z' ]+$/.test(k) && free(k)).filter((_, i) => i % 5 === 0);
  it('has enough multi-word forms to test', () => expect(forms.length).toBeGreaterThan(100));
  it('finds every form with any separator run and apostrophe, offsets exact', () => {
    let n = 0;
    for (const form of forms) {
      const sep = SEPARATORS[n % SEPARATORS.length]!;
      const apos = APOSTROPHES[n % APOSTROPHES.length]!;
      n++;
      const written = form.split(' ').join(sep).replace(/'/g, apos);
      const text = `Paragraph  ${n}.   Earlier  words,   then ${written} and  more   words.`;
      const start = text.indexOf(written);
      const r = analyze(text, { lexicon: lex });
      const hit = r.findings.find((f) => f.start === start && f.end === start + written.length);
      expect(hit, `${JSON.stringify(written)} in ${JSON.stringify(text)}`).toBeDefined();
      for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
