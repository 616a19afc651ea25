// Line-level rules of core/analysis/strength.ts outside the reported-decision tables (test/strength.test.ts):
// where an imperative may open a sentence, the BPT acronym, months and names, quotations, conditions,
// inabilities and possibilities, predictions, and how resolution numbers and parentheses name the Council.
// Every row is a sentence of our own; near misses sit beside the forms that count.
import { describe, expect, it } from 'vitest';
import { leadingVerb, orderStrength, paragraphVerbs, proseStrength } from '../core/analysis/strength.ts';

type Mode = 'task' | 'advice' | 'context';
const mode = (s: string, lang: 'en' | 'fr' = 'en') => { const r = orderStrength(s, 0, s.length, lang); return [r.mode, r.cue]; };

describe('an imperative opens the sentence, after list markers and one adverb', () => {
  const rows: [string, Mode, string | undefined, ('en' | 'fr')?][] = [
    ['1. Escort the adviser to the camp.', 'task', 'Escort'],
    ['a) Escort the adviser.', 'task', 'Escort'],
    ['(iv) Escort the adviser.', 'task', 'Escort'],
    ['b. Escort the adviser.', 'task', 'Escort'],
    ['– Escort the adviser.', 'task', 'Escort'],
    ['• Escort the adviser.', 'task', 'Escort'],
    ['12) Escort the adviser.', 'task', 'Escort'],
    ['1. a) Escort the adviser.', 'task', 'Escort'],
    ['Immediately escort the adviser.', 'task', 'escort'],
    ['Always report incidents.', 'task', 'report'],
    ['Escorter la conseillère.', 'task', 'Escorter', 'fr'],
    ['1. Escorter la conseillère.', 'task', 'Escorter', 'fr'],
    ['Également escorter la conseillère.', 'task', 'escorter', 'fr'],
    // no list marker of three digits or five letters; a lower-case opening is no order
    ['123. Escort the adviser.', 'context', undefined],
    ['(abcde) Escort the adviser.', 'context', undefined],
    ['escort the adviser.', 'context', undefined],
    ['immediately escort the adviser.', 'context', undefined],
    ['Units escort the adviser.', 'context', undefined],
  ];
  it.each(rows)('%s → %s %s', (s, m, cue, lang) => expect(mode(s, lang ?? 'en')).toEqual([m, cue]));
});

describe('BPT only as a capitalised word of its own', () => {
  it.each([
    ['Units (BPT) escort the adviser.', 'advice', 'BPT'],
    ['BPT escort the adviser.', 'advice', 'BPT'],
    ['Units ABPT escort the adviser.', 'context', undefined],
    ['Units BPTX escort the adviser.', 'context', undefined],
    ['Units 2BPT escort.', 'context', undefined],
    ['Units bpt escort.', 'context', undefined],
  ] as [string, Mode, string | undefined][])('%s → %s', (s, m, cue) => expect(mode(s)).toEqual([m, cue]));
});

describe('a modal word that sets no mode', () => {
  it.each([
    // a month beside a number, a capitalised name inside a sentence
    ['On 3 May, units met women.', 'context', undefined],
    ['May 3: units met women.', 'context', undefined],
    ['Units met women on 3 May.', 'context', undefined],
    ['Units met women on 3  May.', 'context', undefined],
    ['In May 2024 units met women.', 'context', undefined],
    ['Units may escort women.', 'advice', 'may'],
    ['MAY units escort women?', 'advice', 'MAY'],
    // an inability, a possibility
    ['The mission could not verify the reports.', 'context', undefined],
    ['The mission would not attend.', 'context', undefined],
    ['The mission could verify the reports.', 'advice', 'could'],
    ['This may indicate that women are excluded.', 'context', undefined],
    ['This may possibly indicate that women are excluded.', 'context', undefined],
    ['This may clearly indicate exclusion.', 'context', undefined],
    // a condition, an inverted conditional, a question
    ['If the mission is to succeed, women must be consulted.', 'task', 'must'],
    ['Should the situation deteriorate, units withdraw.', 'context', undefined],
    ['a. Should the situation deteriorate, units withdraw.', 'context', undefined],
    ['Should units escort women?', 'context', undefined],
    ['Should units escort women? ', 'context', undefined],
    ['Units should escort women.', 'advice', 'should'],
    // someone's quoted words
    ['The adviser said: “Units will escort women.”', 'context', undefined],
    ['‘Units will escort women’, she said.', 'context', undefined],
    ['‘We agreed’, she said, and units will escort women.', 'task', 'will'],
    ['The commander’s units will escort women.', 'task', 'will'],
    ['"Units will escort women," she said.', 'context', undefined],
    ['"We agreed," she said, and units will escort women.', 'task', 'will'],
    ['« Les unités escorteront les femmes », a-t-elle dit.', 'context', undefined],
    // a judgement after "be", a speaker's promise, a supposition, a relative clause, a purpose, an effect
    ['The plan is considered adequate.', 'context', undefined],
    ['The plan is also considered adequate.', 'context', undefined],
    ['We will support women.', 'context', undefined],
    ['If they fail, it will hurt women.', 'context', undefined],
    ['Cases that will be handled by the unit.', 'context', undefined],
    ['The purpose of this study is to examine women’s roles.', 'context', undefined],
    ['The unit is to examine women’s roles.', 'task', 'is to'],
    ['This approach would help increase women’s participation.', 'context', undefined],
    ['This approach would also help increase participation.', 'context', undefined],
    ['Units would escort women.', 'advice', 'would'],
  ] as [string, Mode, string | undefined][])('%s → %s', (s, m, cue) => expect(mode(s, /«/.test(s) ? 'fr' : 'en')).toEqual([m, cue]));
});

describe('resolution numbers and parentheses before a reported verb', () => {
  const said = (t: string, term: string) => { const s = proseStrength(t, 0, t.length, 'en')(t.indexOf(term)); return [s.strength.mode, s.actor ?? null]; };
  it.each([
    ['Resolution 1325 urged States to include women.', 'advice', 'council'],
    ['Resolution 1325 (2000) urged States to include women.', 'advice', 'council'],
    ['Resolutions 1325 (2000) urged States to include women.', 'advice', 'council'],
    ['Paragraph 12 urged States to include women.', 'context', null],
    ['Resolution 13255 urged States to include women.', 'context', null],
    ['Resolution 1325 (20000) urged States to include women.', 'context', null],
    ['The Council, as agreed, urged States to include women.', 'advice', 'council'],
    // a parenthesis of up to 100 characters (reported.parenthesisMax) is skipped, a longer one is not
    ['The Council, in its resolution 2242 (2015) adopted unanimously after a long debate in the chamber, urged States to include women.', 'advice', 'council'],
    ['The Council, in its resolution 2242 (2015) adopted unanimously after a long debate in the chamber of the building in the city of New York where the members sat for a very long time indeed, urged States to include women.', 'context', null],
  ] as [string, Mode, string | null][])('%s → %s %s', (t, m, actor) => expect(said(t, 'women')).toEqual([m, actor]));
});

describe('leading and inner verbs keep their offsets inside a longer text', () => {
  it('a paragraph that starts past the text’s start', () => {
    const text = 'Intro line.\n3. Requests the Secretary-General to report, and also urges the parties to act;';
    const from = text.indexOf('3.');
    const v = leadingVerb(text, from, text.length);
    expect(v && [v.text, v.start, v.end, v.finite]).toEqual(['Requests', text.indexOf('Requests'), text.indexOf('Requests') + 8, true]);
    const vs = paragraphVerbs(text, from, text.length);
    expect(vs.map((x) => [x.text, x.start])).toEqual([['Requests', text.indexOf('Requests')], ['urges', text.indexOf('urges')]]);
  });
  it('an unknown opening word of a resolution paragraph, with its offset; "Having" takes its participle', () => {
    const text = 'Intro line.\nEnsuring the safety of women,';
    const from = text.indexOf('Ensuring');
    expect(leadingVerb(text, from, text.length, true)).toMatchObject({ text: 'Ensuring', start: from, end: from + 8, finite: false });
    const h = 'Intro line.\nHaving  heard the briefing,';
    const hf = h.indexOf('Having');
    expect(leadingVerb(h, hf, h.length, true)).toMatchObject({ text: 'Having  heard', start: hf, end: hf + 13, finite: false });
    const f = 'Intro line.\nWelcomes the plan,';
    expect(leadingVerb(f, f.indexOf('Welcomes'), f.length, true)?.finite).toBe(true);
  });
  it('an inner verb at the very start of the paragraph is the leading one, not counted twice', () => {
    const text = 'Urges the parties to act and calls upon States to help;';
    expect(paragraphVerbs(text, 0, text.length).map((x) => [x.text, x.start])).toEqual([['Urges', 0], ['calls', text.indexOf('calls')]]);
  });
});
