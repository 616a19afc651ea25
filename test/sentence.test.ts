import { describe, expect, it } from 'vitest';
import { clauseAt, sentenceAt } from '../core/sentence.ts';

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
