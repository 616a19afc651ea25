// PhraseSet reads the flat view with a plain pattern, and the text itself with a Unicode pattern when
// there is no view (a text whose length changes when lower-cased). Both must find the same phrases at
// the same offsets, with whole-word boundaries, whatever separates the words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten } from '../core/text/flat.ts';
import { PhraseSet, type Source } from '../core/match/phrases.ts';

const set = new PhraseSet(['gender adviser', 'women', "women's network", 'no', 'not yet', "pas d'", "pas d'allégation", 'zero-tolerance', 'égalité']);
const viaView = (text: string): Source => ({ text, flat: flatten(text) });
const viaText = (text: string): Source => ({ text, flat: null });
const spans = (src: Source, from?: number, to?: number) => set.find(src, from, to).map((h) => [src.text.slice(h.start, h.end), h.key]);

// The same phrases plus one that opens with no letter: such a set reads the view with its plain
// pattern instead of trying it word by word, so the two ways can be compared.
const plainSet = new PhraseSet([...set.keys, '\u0002zz']);

describe('PhraseSet', () => {
  it.each([
    ['The Gender  Adviser met women.', [['Gender  Adviser', 'gender adviser'], ['women', 'women']]],
    ['gender-\nadviser', [['gender-\nadviser', 'gender adviser']]],
    ['Women’s network, not  yet', [['Women’s network', "women's network"], ['not  yet', 'not yet']]],
    ['womenfolk, nowhere, no.', [['no', 'no']]],
    ['women17 and éwomen or women', [['women', 'women']]],
    ["pas d'allégation ; pas d'adviser", [["pas d'allégation", "pas d'allégation"], ["pas d'", "pas d'"]]],
    ['zero tolerance, Égalité', [['zero tolerance', 'zero tolerance'], ['Égalité', 'égalité']]],
    // A longer phrase running into a letter beyond ASCII leaves the shorter one that ends on a boundary.
    ["pas d'allégationé", [["pas d'", "pas d'"]]],
    ['not yetж; no\u0301 no', [['no', 'no']]],
  ])('%j', (text, want) => {
    expect(spans(viaView(text))).toEqual(want);
    expect(spans(viaText(text))).toEqual(want);
  });

  it('an elided phrase longer than the whole word it opens with wins, both ways of reading', () => {
    const elided = new PhraseSet(['manque', "manque d'", 'pas', "pas d'allégation"]);
    const read = (src: Source) => elided.find(src).map((h) => [src.text.slice(h.start, h.end), h.key]);
    for (const src of [viaView, viaText]) {
      expect(read(src("un manque d'expertise"))).toEqual([["manque d'", "manque d'"]]);
      expect(read(src('un manque d’expertise, le manque total'))).toEqual([['manque d’', "manque d'"], ['manque', 'manque']]);
      expect(read(src('MANQUE D’EXPERTISE'))).toEqual([['MANQUE D’', "manque d'"]]);
      expect(read(src("pas d'allégation, pas d'analyse"))).toEqual([["pas d'allégation", "pas d'allégation"], ['pas', 'pas']]);
    }
  });

  it('reads only within the span asked for, with the span edges as word edges', () => {
    const text = 'xx women gender adviser yy';
    const from = text.indexOf('men');
    expect(spans(viaView(text), from, text.length)).toEqual([['gender adviser', 'gender adviser']]);
    expect(spans(viaView(text), 0, text.indexOf('adviser') + 3)).toEqual([['women', 'women']]);
    expect(set.test(viaView(text), 0, 3)).toBe(false);
    expect(set.test(viaText(text), 3, 8)).toBe(true);
    // The span's end cuts the second word of a pair: in the slice it reads as the phrase's word.
    const cut = 'ab zero\ntolerancex';
    expect(spans(viaView(cut), 0, cut.length - 1)).toEqual([['zero\ntolerance', 'zero tolerance']]);
    expect(spans(viaView(cut))).toEqual([]);
  });

  it('maps offsets back through shortened separator runs', () => {
    const text = 'a  \n\n   b women \t\t  gender \n adviser';
    const hits = set.find(viaView(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['women', 'gender \n adviser']);
  });

  it('finds the same phrases through the view and through the text, on random text', () => {
    const piece = fc.constantFrom('women', 'Women', 'gender', 'adviser', 'no', 'not', 'yet', "pas d'", 'allégation', 'zero', 'tolerance',
      ' ', '  ', '-', '\n', '’', "'", 'x', 'é', '1', ', ', '\u00A0', '\u00AD', '\u2010');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(spans(viaView(text))).toEqual(spans(viaText(text)));
    }), { numRuns: 500 });
  });

  it('finds the same phrases word by word as with the plain pattern, on random text and random spans', () => {
    const piece = fc.constantFrom('women', 'Women', 'gender', 'adviser', 'no', 'not', 'yet', "pas d'", 'allégation', 'zero', 'tolerance',
      ' ', '  ', '-', '\n', '’', "'", 'x', 'é', '1', '7', ', ', '\u00A0', '\u2010', 'ж', '\u{1D400}', 'nowomen');
    const input = fc.array(piece, { maxLength: 30 }).map((p) => p.join('')).chain((text) =>
      fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)));
    fc.assert(fc.property(input, ([text, a, b]) => {
      const src = viaView(text);
      const [from, to] = a <= b ? [a, b] : [b, a];
      const hits = set.find(src, from, to);
      expect(hits).toEqual(plainSet.find(src, from, to));
      expect(set.find(src, from, to, 1)).toEqual(hits.slice(0, 1));
    }), { numRuns: 2000 });
  });
});
