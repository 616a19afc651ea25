// A user's concept gets the same language filter as the built-in ones: its French-only forms do not
// count in English text, its English-only forms do not count in French text.
import { describe, expect, it } from 'vitest';
import { analyze, loadInflection, loadLexicon } from '../core/index.ts';

// User lexicons below bring English phrases of their own: compromise's inflection is loaded for them.
await loadInflection();

describe('form languages of user concepts', () => {
  const lex = loadLexicon([{ name: 'mine.json', data: { concepts: [{
    id: 'x-liaison-cell', label: 'Liaison cell', pillar: 'structures', genderSpecific: true,
    terms: { en: ['liaison cell for women'], fr: ['cellule de liaison', 'route'] },
  }] } }]);
  it('records the languages of each compiled form', () => {
    expect(lex.formLanguages.get('liaison cell for women')).toBe(1);
    expect(lex.formLanguages.get('cellule de liaison')).toBe(2);
  });
  it('keeps a French-only form off English text and counts it in French text', () => {
    const en = analyze('The convoy will take the northern route before the liaison cell for women meets the mayor.', { lexicon: lex });
    expect(en.language).toBe('en');
    expect(en.findings.filter((f) => f.concept === 'x-liaison-cell').map((f) => f.text)).toEqual(['liaison cell for women']);
    const fr = analyze('La cellule de liaison se réunira avec les femmes du village sur la route du nord.', { lexicon: lex });
    expect(fr.language).toBe('fr');
    expect(fr.findings.filter((f) => f.concept === 'x-liaison-cell').map((f) => f.text)).toEqual(['cellule de liaison', 'route']);
  });
});

describe('language spans', () => {
  it('are declared in the schema, cover the text in order, and survive streaming with shifted offsets', async () => {
    const { analyzeStream, Report } = await import('../core/index.ts');
    const en = 'The battalion will deploy a gender adviser in each sector and report on the protection of women.\n\n';
    const fr = 'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.\n\n';
    const text = en.repeat(40) + fr.repeat(40);
    const whole = Report.parse(analyze(text));
    expect(whole.languages!.map((x) => x.language)).toEqual(['en', 'fr']);
    const streamed = Report.parse(analyzeStream([text.slice(0, 3000), text.slice(3000)], { chunkChars: 2500 }));
    const spans = streamed.languages!;
    expect(spans.map((x) => x.language)).toEqual(['en', 'fr']);
    expect(spans[1]!.start).toBeGreaterThanOrEqual(en.length * 40 - 4);
    expect(spans[1]!.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(spans[1]!.start).trimStart()).toMatch(/^Le bataillon/);
  });
});
