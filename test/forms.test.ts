// The built-in lexicon compiles from the generated forms table, without compromise; a user lexicon's
// own English phrases need loadInflection() first, and then get the same forms inflect.ts makes.
// (This file imports inflect.ts only dynamically, after the first checks.)
import { describe, expect, it } from 'vitest';
import { analyze, inflectionLoaded, InflectionNotLoaded, loadLexicon, loadLexiconAsync } from '../core/index.ts';
import table from '../core/data/forms-en.json' with { type: 'json' };

const mine = [{ name: 'mine.json', data: { concepts: [{
  id: 'x-firewood-escort', label: 'Firewood escort', pillar: 'protection', genderSpecific: false,
  terms: { en: ['firewood escort'] },
}] } }];

describe('English forms', () => {
  it('the built-in lexicon compiles and finds inflected forms with compromise not loaded', () => {
    expect(inflectionLoaded()).toBe(false);
    const r = analyze('The gender advisers met women leaders.', { lexicon: loadLexicon() });
    expect(r.findings.map((f) => f.text)).toContain('gender advisers');
    expect(inflectionLoaded()).toBe(false);
  });

  it('a user phrase compiled synchronously before loadInflection() is a clear error, not a silent miss', () => {
    expect(() => loadLexicon(mine)).toThrow(InflectionNotLoaded);
    expect(() => loadLexicon(mine)).toThrow(/"firewood escort".*loadInflection/);
  });

  it('loadLexiconAsync loads the inflection and inflects the user phrase', async () => {
    const lex = await loadLexiconAsync(mine);
    expect(inflectionLoaded()).toBe(true);
    const text = 'Two firewood escorts left at dawn.';
    const hit = analyze(text, { lexicon: lex, profile: 'generic' }).findings.find((f) => f.concept === 'x-firewood-escort');
    expect(hit?.text).toBe('firewood escorts');
  });

  it('the table holds exactly what inflect.ts makes for every built-in phrase (else: npm run gen:forms)', async () => {
    const { inflections } = await import('../core/lexicon/inflect.ts');
    const entries = Object.entries(table as Record<string, string[]>);
    expect(entries.length).toBeGreaterThan(1000);
    const stale = entries.filter(([phrase, forms]) => JSON.stringify(inflections(phrase, 'en')) !== JSON.stringify(forms));
    expect(stale.map(([p]) => p)).toEqual([]);
  });
});
