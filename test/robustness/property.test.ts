// Property tests: analyze() never throws on any string and keeps its offsets exact.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { analyze, loadLexicon, type TextBlock } from '../../core/index.ts';
import { expectExactOffsets } from './invariants.ts';

const lexicon = loadLexicon();

/** WPS phrases the lexicon knows, in several spellings, injected at random places. */
const TERMS = [
  'gender adviser', 'GENDER ADVISERS', 'protection of civilians', "women's participation", 'women’s participation',
  'conflict-related sexual violence', 'conﬂict-related sexual violence', 'sexual exploitation and abuse', 'SEA',
  'resolution 1325 (2000)', 'gen-\nder adviser', 'protec\u00ADtion of civilians', 'women and girls', 'sex-disaggregated data',
  'gender\u00A0perspective', 'female engagement team', 'CRSV', 'not women', 'no gender adviser', 'égalité des sexes',
  'e\u0301galite\u0301 des sexes', '30 per cent women', '12% of the personnel are women', 'will appoint', 'should consider',
];

/** Characters real extraction produces and the matcher must survive. */
const ODD = [
  '\u0000', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u2009', '\u202F', '\u0301', '\u0327',
  '\u202E', '\u202B', '\u05D0', '\u0627', '\uFB01', '\uFB02', '\uD83D\uDE00', '\uD800', '\uDC00', '¹⁷', '-\n', '\r\n',
  '\n\n', '. ', '; ', ':', '\t', '|', '(a) ', '3.2.1 ', '%', 'İ', 'ß', 'ﬃ',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)); // lone surrogates included
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TERMS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', 'The mission will ', 'shall ensure ', ' women ', 'not ') },
);
const noisyText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('analyze on any string', () => {
  it('never throws; findings and figures slice the input exactly; sentences contain their findings', () => {
    fc.assert(fc.property(noisyText, (text) => {
      expectExactOffsets(text, analyze(text, { lexicon }));
    }), { numRuns: 400 });
  });

  it('holds for arbitrary UTF-16 (lone surrogates, NUL, controls) with no injected terms', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), (text) => {
      expectExactOffsets(text, analyze(text, { lexicon }));
    }), { numRuns: 300 });
  });

  it('holds for every profile forced on noisy text', () => {
    const profiles = [...lexicon.profiles.keys()];
    fc.assert(fc.property(noisyText, fc.constantFrom(...profiles), (text, profile) => {
      expectExactOffsets(text, analyze(text, { lexicon, profile }));
    }), { numRuns: 100 });
  });
});

describe('analyze on blocks', () => {
  const blocks = fc.array(noisyText, { maxLength: 8 }).map((texts): TextBlock[] => texts.map((text, i) => ({ id: `b${i}`, text })));

  it('never throws; offsets are block-local and exact; no finding crosses a block', () => {
    fc.assert(fc.property(blocks, (input) => {
      const report = analyze(input, { lexicon });
      expectExactOffsets(input, report);
    }), { numRuns: 200 });
  });

  it('a block analysed alone finds the same terms as inside a list of blocks', () => {
    fc.assert(fc.property(blocks, (input) => {
      const together = analyze(input, { lexicon, profile: 'generic' });
      for (const b of input) {
        const alone = analyze(b.text, { lexicon, profile: 'generic' });
        const spans = (fs: { start: number; end: number; concept: string }[]) => fs.map((f) => `${f.start}-${f.end}-${f.concept}`).sort();
        const inside = spans(together.findings.filter((f) => f.block === b.id));
        // Terms never cross a block, so whatever the lone block holds is found inside the list.
        for (const s of spans(alone.findings)) {
          if (!inside.includes(s)) throw new Error(`block ${b.id}: ${s} found alone but not in the list`);
        }
      }
    }), { numRuns: 100 });
  });
});
