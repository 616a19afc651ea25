// The matcher reads a flattened copy of the text (one space between words, straight apostrophes) and
// maps offsets back: every lexicon form must still be found with exact offsets however its words are
// separated in the original.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, loadLexicon } from '../core/index.ts';
import { scanTerms } from '../core/match/match.ts';

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

  // The view's pattern has ASCII boundaries; beyond ASCII the exact pattern decides at the place,
  // so a shorter term still ends on a boundary where the longer one runs into a letter or mark.
  it('finds the same terms as the exact Unicode pattern on the text, on random text', () => {
    const piece = fc.constantFrom('gender', 'adviser', 'advisers', 'perspective', 'women', "women's", 'sexual', 'violence', 'girls',
      'participation', 'mixed', 'patrols', 'focal', 'point', 'femmes', 'violences', 'sexuelles',
      ' ', '  ', '-', '\n', '’', "'", 'x', 'é', 'ж', '\u0301', '1', ', ', '\u00A0', '\u2010', '\u{1D400}');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (text) => {
      const spans = (flat?: null) => scanTerms(text, lex, flat).map((m) => [m.start, m.end, m.concepts.join()]);
      expect(spans()).toEqual(spans(null));
    }), { numRuns: 1000 });
  });

  // "İ" lower-cases to two characters; the view keeps the text's length by reading it as "i", so a text
  // holding one is read like any other (it used to take the exact patterns, which read a soft hyphen
  // inside "protec\u00ADtion of civilians…" run into the next word differently and named another concept).
  it('a character whose lower case is longer ("İ") changes nothing elsewhere in the text', () => {
    const body = 'protec\u00ADtion of civiliansgender adviser, 12% of the personnel are women'; // words run together, as in a PDF's text
    const names = (t: string, shift: number) => analyze(t).findings.map((f) => `${f.start - shift}-${f.end - shift} ${f.concept}`);
    for (const lead of ['İ ', 'İzmir office. ', 'ẞ ']) expect(names(lead + body, lead.length), lead).toEqual(names(body, 0));
    const r = analyze('İstanbul: the gender adviser briefed.');
    expect(r.findings.map((f) => f.text)).toEqual(['gender adviser']);
  });

  it.each([
    ['gender adviser\u00E9', 'gender'],
    ['gender adviser\u0301 and women', 'gender'],
    ['gender perspectives\u0436', 'gender'],
  ])('%j: a shorter term is found where the longer one runs into a letter beyond ASCII', (text, first) => {
    const hits = scanTerms(text, lex);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe(first);
  });
});

