import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../core/text/furniture.ts';
import { clauseAt, sentenceAt, terminalEnd } from '../core/text/sentence.ts';

const span = (t: string, needle: string) => {
  const s = sentenceAt(t, t.indexOf(needle));
  return t.slice(s.start, s.end);
};

describe('sentences', () => {
  it('splits at full stops but not after abbreviations or initials', () => {
    const t = 'Units will patrol, e.g. at the market. Women will be consulted, cf. para. 3 of Annex K. The end.';
    expect(span(t, 'Women')).toBe('Women will be consulted, cf. para. 3 of Annex K.');
  });
  it('ends at a blank line and at list items, not at a wrapped line', () => {
    const t = 'a. Patrols will visit villages where\nwomen report insecurity\n\nb. Escort survivors.';
    expect(span(t, 'women')).toBe('a. Patrols will visit villages where\nwomen report insecurity');
    const u = 'Tasks:\n(1) Engage women leaders.\n(2) Report incidents.';
    expect(span(u, 'women')).toBe('(1) Engage women leaders.');
  });
  it('respects block bounds', () => {
    const t = 'first block about women\nsecond block';
    const s = sentenceAt(t, t.indexOf('women'), 0, 23);
    expect(t.slice(s.start, s.end)).toBe('first block about women');
  });
  it('stays bounded on text without punctuation', () => {
    const t = 'x'.repeat(100_000);
    const s = sentenceAt(t, 50_000);
    expect(s.end - s.start).toBeLessThanOrEqual(3000);
  });
  it('clauses split at semicolons and "but"', () => {
    const t = 'Women are consulted in Sector North, but no women are consulted in Sector South.';
    const sent = sentenceAt(t, 0);
    const c = clauseAt(t, t.lastIndexOf('women'), sent);
    expect(t.slice(c.start, c.end)).toBe('no women are consulted in Sector South.');
  });
});

// Footnote markers glued to the full stop stay with their sentence and end it; the marker never splits
// a sentence before its stop, and numbers that are not markers never end one.
describe('footnote markers', () => {
  const cases: Array<[string, string, string, string]> = [
    // [text, needle, its sentence, note]
    ['Women were consulted across the region.12 The mission met them.', 'Women', 'Women were consulted across the region.12', 'numeric marker'],
    ['Women were consulted across the region.12 The mission met them.', 'mission', 'The mission met them.', 'the next sentence starts after the marker'],
    ['The survey lacks data.[1] Next, women spoke.', 'survey', 'The survey lacks data.[1]', 'bracketed marker'],
    ['The survey lacks data.[1] Next, women spoke.', 'women', 'Next, women spoke.', 'after a bracketed marker'],
    ['Les femmes1. Les hommes aussi.', 'femmes', 'Les femmes1.', 'marker before the stop (French)'],
    ['Les femmes1. Les hommes aussi.', 'hommes', 'Les hommes aussi.', 'after a marker before the stop'],
    ['It covers sexual assault.⁵ It therefore fails women.', 'sexual', 'It covers sexual assault.⁵', 'superscript marker'],
    ['It covers sexual assault.⁵ It therefore fails women.', 'fails', 'It therefore fails women.', 'after a superscript marker'],
    ['Women were consulted across the region12. The mission met them.', 'Women', 'Women were consulted across the region12.', 'a glued number before the stop keeps one sentence'],
    ['They said it was “final.”7 Then women left.', 'They', 'They said it was “final.”7', 'quote, then marker'],
    ['Women were consulted across the region.12', 'Women', 'Women were consulted across the region.12', 'marker at the end of the text'],
    ['Women were 3.12 The figure is low.', 'Women', 'Women were 3.12 The figure is low.', 'a digit before the stop: a number, not a marker'],
    ['Women were consulted across the region.12 the mission met them.', 'Women', 'Women were consulted across the region.12 the mission met them.', 'lower case after the marker'],
    ['Women were consulted across the region.2015 The mission met them.', 'Women', 'Women were consulted across the region.2015 The mission met them.', 'four digits are no marker'],
    ['Women were consulted across the region.[1234] The mission met them.', 'Women', 'Women were consulted across the region.[1234] The mission met them.', 'four digits in brackets are no marker'],
    ['Women were consulted across the region.123 The mission met them.', 'Women', 'Women were consulted across the region.123', 'three digits are a marker'],
  ];
  it.each(cases)('%s — "%s"', (text, needle, expected) => {
    expect(span(text, needle)).toBe(expected);
  });
  it('terminalEnd gives the offset after the stop and what clings to it, or -1', () => {
    const t = 'the region.12 The end. X';
    expect(terminalEnd(t, t.indexOf('.'))).toBe(t.indexOf('12') + 2);
    expect(terminalEnd(t, t.lastIndexOf('.'))).toBe(t.lastIndexOf('.') + 1);
    expect(terminalEnd('e.g. The', 3)).toBe(-1); // abbreviation
    expect(terminalEnd('Annex K. The', 7)).toBe(8); // a lone capital naming an annex ends the sentence
    expect(terminalEnd('J. Smith', 1)).toBe(-1); // an initial does not
    expect(terminalEnd('Why? The', 3)).toBe(4);
    expect(terminalEnd('Why? the', 3)).toBe(-1);
  });
});

// A page break inside a sentence (blank lines, a page number, a job number, a photo credit) does not end
// it when the text goes on in lower case; furniture never joins two paragraphs.
describe('page breaks and furniture inside a sentence', () => {
  const cases: Array<[string, string, string]> = [
    ['Police and\n\ngendarmerie staff were trained.', 'Police', 'Police and\n\ngendarmerie staff were trained.'],
    ['Police and\n\n12\n\ngendarmerie staff were trained.', 'gendarmerie', 'Police and\n\n12\n\ngendarmerie staff were trained.'],
    ['Police and\n13-57795 (E) 160114\ngendarmerie staff were trained.', 'Police', 'Police and\n13-57795 (E) 160114\ngendarmerie staff were trained.'],
    ['We found that\n\n© Photo credit line.\n\nwomen were absent.', 'women', 'We found that\n\n© Photo credit line.\n\nwomen were absent.'],
    ['The first paragraph ends.\n\n12\n\nthe second one goes on.', 'first', 'The first paragraph ends.'],
    ['A line without a stop\n\n12\n\nThe next paragraph about women.', 'women', 'The next paragraph about women.'],
    ['A line without a stop\n\n12\n\nThe next paragraph about women.', 'stop', 'A line without a stop'],
    ['Tasks for women:\n\nthe list goes on.', 'Tasks', 'Tasks for women:'],
    ['Tasks for women\n\n- escort patrols', 'Tasks', 'Tasks for women'],
    ['Women (see the report)\n\nwere heard.', 'Women', 'Women (see the report)\n\nwere heard.'],
    ['He said “stop.”\n\nwomen left.', 'He', 'He said “stop.”'],
  ];
  it.each(cases)('%j — "%s"', (text, needle, expected) => {
    expect(span(text, needle)).toBe(expected);
  });
  it('reads across at most seven furniture lines', () => {
    const pages = (k: number) => `Police and\n${Array.from({ length: k }, (_, i) => String(i + 1)).join('\n')}\ngendarmerie staff were trained.`;
    expect(span(pages(7), 'Police')).toBe(pages(7));
    expect(span(pages(7), 'gendarmerie')).toBe(pages(7));
    expect(span(pages(8), 'Police')).toBe('Police and');
    expect(span(pages(8), 'gendarmerie')).toBe('gendarmerie staff were trained.');
  });
  it('a match on a furniture line is a sentence of its own: the line', () => {
    const t = 'Women were trained in\nS/2019/280\nthe north. More followed.';
    const s = sentenceAt(t, t.indexOf('2019'));
    expect(t.slice(s.start, s.end)).toBe('S/2019/280');
    expect(span(t, 'Women')).toBe('Women were trained in\nS/2019/280\nthe north.');
  });
  it('stays within block bounds across a gap', () => {
    const t = 'Police and\n\ngendarmerie staff';
    const s = sentenceAt(t, 0, 0, 11);
    expect(t.slice(s.start, s.end)).toBe('Police and');
  });
  it('stays bounded on one long line and on many newlines', () => {
    const long = `${'women '.repeat(50_000)}end.`;
    const s = sentenceAt(long, 100_000);
    expect(s.end - s.start).toBeLessThanOrEqual(3000);
    const nl = `women${'\n'.repeat(100_000)}x`;
    expect(sentenceAt(nl, 0)).toEqual({ start: 0, end: 5 });
  });
});

describe('furniture lines', () => {
  const yes = ['12', 'Page 3 of 20', 'page 3', '3/20', 'iv', '- 4 -', '13-57795 (E) 160114', '*1357795*', '13-57795', '2/20 13-57795', '13-57795 (E) 160114 *1357795*',
    'S/2019/280', 'A/74/705', 'S/2019/280 3/20', 'For information media • not an official record', 'Meetings Coverage and Press Releases',
    "Document destiné à l'information – ne constitue pas un document officiel", 'Page 2 sur 9'];
  const no = ['12 women were trained.', '2015 was a hard year', 'Civil', 'I', 'Page after page of reports', '12.', 'iv. Training', 'S/2019/280, para. 5',
    'ix women', `${'1'.repeat(301)}`, '12345'];
  it.each(yes)('%j is furniture', (line) => expect(isFurnitureLine(line)).toBe(true));
  it.each(no)('%j is not furniture', (line) => expect(isFurnitureLine(line)).toBe(false));
  it('photo credits count only when asked (sentence bounds), not as page furniture', () => {
    for (const line of ['© DCAF.', 'Photo: UN/Rick Bajornas', 'UN Photo/Mark Garten', 'Photos MONUSCO / Sy Koumbo']) {
      expect(isFurnitureLine(line), line).toBe(true);
      expect(isFurnitureLine(line, false), line).toBe(false);
    }
    expect(isFurnitureLine(`© ${'x'.repeat(200)}`)).toBe(false);
  });
});
