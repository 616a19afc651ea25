// A block reads the same alone or among other blocks: nothing from the previous block (a phrase or an
// exclusion across the boundary, a figure's sentence) changes its findings.
import { describe, expect, it } from 'vitest';
import { analyze, type TextBlock } from '../core/index.ts';

const view = (blocks: TextBlock[], id: string) =>
  analyze(blocks).findings.filter((f) => f.block === id).map((f) => `${f.concept}@${f.start}-${f.end}`);

describe('block independence', () => {
  it('an exclusion that would run across the boundary does not cancel a term of the next block', () => {
    // "data" + "protection" would read as the excluded phrase "data protection" if blocks were one text.
    const b: TextBlock = { id: 'b', text: 'Protection for women and girls in the camps will improve.' };
    expect(view([{ id: 'a', text: 'Sex-disaggregated data' }, b], 'b')).toEqual(view([b], 'b'));
    expect(view([b], 'b').some((f) => f.startsWith('pro-women-girls@0-'))).toBe(true);
  });
  it('a phrase that would run across the boundary does not hide the term that starts the next block', () => {
    const a: TextBlock = { id: 'a', text: 'Annex C: reporting on conflict-related sexual' };
    const b: TextBlock = { id: 'b', text: 'violence against women is reported weekly.' };
    expect(view([b], 'b').length).toBeGreaterThan(0);
    expect(view([a, b], 'b')).toEqual(view([b], 'b'));
  });
  it('figures are read within their block: a body named in the previous block does not make a figure', () => {
    // Joined as one text, "Military observers" + "women account for 30 per cent." reads as a staffing figure.
    const a: TextBlock = { id: 'a', text: 'Military observers' };
    const b: TextBlock = { id: 'b', text: 'women account for 30 per cent.' };
    // Alone, block b is a share with no body named (a population figure, its subject the women); after
    // block a it must read the same, never as a staffing figure of "military observers".
    const alone = analyze([b]).figures;
    const both = analyze([a, b]);
    expect(both.figures.map((g) => [g.percent, g.category, g.group])).toEqual(alone.map((g) => [g.percent, g.category, g.group]));
    expect(both.figures.some((g) => g.category === 'mission-personnel' || /observer/i.test(g.group))).toBe(false);
    expect(view([a, b], 'b')).toEqual(view([b], 'b'));
  });
  it('a block holding several paragraphs reads them one by one, like the same text given as a string', () => {
    // A short French line after an English paragraph is undetermined on its own, so its French-only
    // form counts, whether the text comes as a string or as one block.
    const text = 'The report says 12% of the personnel are women\n\négalité des sexes';
    const asString = analyze(text).findings.map((f) => `${f.concept}@${f.start}`);
    expect(asString).toContain(`gm-gender-equality@${text.indexOf('égalité')}`);
    expect(analyze([{ id: 'b', text }]).findings.map((f) => `${f.concept}@${f.start}`)).toEqual(asString);
  });
});
