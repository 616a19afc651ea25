// The comparison's small judgements, pinned at their boundaries: words and stems, hedges, concreteness,
// the verdict's weights, alignment thresholds, where a change is said to be.
import { describe, expect, it } from 'vitest';
import { align, DEFAULT_THRESHOLD, GAP_THRESHOLD } from '../core/compare/align.ts';
import { signals, verdict } from '../core/compare/classify.ts';
import { prepareVersion } from '../core/compare/index.ts';
import { noteFor, where, docName } from '../core/compare/summary.ts';
import { hashWord, tokenize, WORD, STOP, NUMBER, SYMBOL } from '../core/compare/tokens.ts';
import { concretenessOf, paragraphTokens, qualifiersIn, signature, wordingOf } from '../core/compare/words.ts';
import type { Signal } from '../core/compare/schema.ts';

describe('tokens', () => {
  it.each([
    ['Protection', 'protection'], ['PROTECTION', 'protection'], ['défense', 'defense'], ['Œuvre', 'oeuvre'],
    ['e\u0301galite\u0301', 'egalite'], ['straße', 'strasse'],
  ])('%s hashes as %s (case and accents folded)', (a, b) => {
    expect(hashWord(a)).toBe(hashWord(b));
  });
  it('splits at apostrophes, hyphens, dashes and punctuation; "%" is a token of its own', () => {
    const t = tokenize("l'égalité des sexes — women’s sex-disaggregated 15%");
    expect(t.n).toBe(10);
    expect([...t.kind]).toEqual([STOP, WORD, STOP, WORD, WORD, STOP, WORD, WORD, NUMBER, SYMBOL]);
    expect(t.full[8]).not.toBe(t.full[9]);
    expect(t.kind[9]).toBe(SYMBOL);
  });
  it('stems: plural s dropped (not "ss"), then six letters', () => {
    const stem = (w: string) => tokenize(w).stem[0];
    expect(stem('protection')).toBe(stem('protecting'));
    expect(stem('girls')).toBe(stem('girl'));
    expect(stem('boss')).not.toBe(stem('bos'));
    expect(stem('bus')).not.toBe(stem('bu')); // three letters: never plural
    expect(stem('women')).not.toBe(stem('woman'));
    expect(stem('advisers')).toBe(stem('adviser'));
    expect(stem('protec')).toBe(stem('protection'));
    expect(stem('prote')).not.toBe(stem('protection'));
  });
  it('numbers and function words are marked, not signed', () => {
    expect(signature(tokenize('the 2030 of and'))).toHaveLength(0);
    expect(signature(tokenize('women girls'))).toHaveLength(3); // two words and their pair
    // The pair keeps the order: "girls women" shares both words with "women girls", not the pair.
    const ab = new Set(signature(tokenize('women girls'))), ba = signature(tokenize('girls women'));
    expect(ba.filter((x) => ab.has(x))).toHaveLength(2);
  });
  it('numbering at a paragraph start changes neither signature nor wording', () => {
    for (const n of ['12. ', '(a) ', '(iii) ', 'b) ', '3.2 ', '12. (a) ']) {
      const t = `${n}Requests the Mission to report on women`;
      expect(wordingOf(paragraphTokens(t))).toBe(wordingOf(paragraphTokens('Requests the Mission to report on women')));
    }
    expect(wordingOf(paragraphTokens('Requests the Mission to report on women'))).not.toBe(wordingOf(paragraphTokens('Requests the Mission to report on girls')));
  });
});

describe('hedges and concreteness', () => {
  it.each([
    ['to be done as appropriate', ['as appropriate']],
    ['As Appropriate, and where possible', ['as appropriate', 'where possible']],
    ['within existing resources and within available resources', ['within existing resources', 'within available resources']],
    ['le cas échéant', ['le cas échéant']],
    ['le cas echeant', ['le cas échéant']],
    ['dans la limite des ressources existantes', ['dans la limite des ressources existantes']],
    ["selon qu’il conviendra", ["selon qu'il conviendra"]],
    ['appropriate measures', []],
    ['as appropriately', []],
    ['considering', []],
  ])('%j → %j', (text, expected) => {
    expect(qualifiersIn(text)).toEqual(expected);
  });
  it.each([
    ['report every 90 days', 'concrete'],
    ['deploy women protection advisers', 'concrete'],
    ['promote efforts', 'general'],
    ['report, and promote efforts', 'general'], // one concrete word, two general: not more concrete than general
    ['report with benchmarks, and promote efforts', 'general'],
    ['report with benchmarks and a budget, and promote efforts', 'concrete'],
    ['', 'general'],
    ['rapport tous les 90 jours', 'concrete'],
    ['promouvoir l’importance', 'general'],
  ])('%j is %s', (text, expected) => {
    expect(concretenessOf(text)).toBe(expected);
  });
});

describe('verdict: the verb weighs 2, every other signal 1', () => {
  const s = (kind: Signal['kind'], direction: 1 | -1): Signal => ({ kind, direction });
  it.each([
    [[s('verb', 1)], 1],
    [[s('verb', -1)], -1],
    [[s('verb', 1), s('qualifier', -1)], 1],
    [[s('verb', 1), s('qualifier', -1), s('concepts', -1)], 0],
    [[s('verb', 1), s('qualifier', -1), s('concepts', -1), s('concreteness', -1)], -1],
    [[s('qualifier', 1), s('qualifier', -1)], 0],
    [[s('concreteness', 1)], 1],
    [[], 0],
  ] as const)('%j → %i', (list, v) => {
    expect(verdict(list)).toBe(v);
  });
  it('signals compare level, hedges one for one, concepts both ways and concreteness', () => {
    const side = (level: number, qualifiers: string[], concepts: string[], concreteness: 'concrete' | 'general', cue = 'Requests') =>
      ({ units: [], words: [], concepts: new Set(concepts), level, cue, qualifiers, concreteness });
    expect(signals(side(2, ['as appropriate'], ['a'], 'general', 'Encourages'), side(4, ['as appropriate', 'as appropriate'], ['b'], 'concrete'))).toEqual([
      { kind: 'verb', direction: 1, old: 'encourages (2)', new: 'requests (4)' },
      { kind: 'qualifier', direction: -1, new: 'as appropriate' },
      { kind: 'concepts', direction: 1, new: 'b' },
      { kind: 'concepts', direction: -1, old: 'a' },
      { kind: 'concreteness', direction: 1, old: 'general', new: 'concrete' },
    ]);
    expect(signals(side(3, ['x'], ['a'], 'general'), side(3, ['x'], ['a'], 'general'))).toEqual([]);
  });
});

describe('alignment thresholds', () => {
  const doc = (...paras: string[]) => prepareVersion(['The Security Council,', ...paras.map((p, i) => `${i + 1}. ${p}`)].join('\n\n'));
  it('defaults: 0.3 for any pair, 0.12 for left-over paragraphs where their neighbours put them', () => {
    expect(DEFAULT_THRESHOLD).toBe(0.3);
    expect(GAP_THRESHOLD).toBe(0.12);
  });
  it('an unrelated paragraph in the same place is not a version of the old one; a reworded one is', () => {
    const a = doc('Requests the Mission to protect women and girls from sexual violence in camps;', 'Decides to remain seized of the matter.');
    const unrelated = doc('Welcomes the budget adopted by the national assembly in March;', 'Decides to remain seized of the matter.');
    const reworded = doc('Requests the Mission to protect women and girls in displacement camps from sexual violence and abuse;', 'Decides to remain seized of the matter.');
    const pairsOf = (b: typeof a) => align(a.units, b.units).map((g) => [g.old[0], g.new[0]]).sort();
    expect(pairsOf(unrelated)).toEqual([[0, 0], [2, 2]]);
    expect(pairsOf(reworded)).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
  it('the threshold option sets the first pass; left-overs near their place are still paired at the lower threshold', () => {
    const a = doc('Requests the Mission to protect women and girls from sexual violence in camps;', 'Decides to remain seized of the matter.');
    const b = doc('Decides to remain seized of the matter.', 'Requests the Mission to protect women from sexual violence in the camps;');
    const sims = (t?: number) => align(a.units, b.units, t ? { threshold: t } : {}).map((g) => [g.old[0], g.new[0], g.similarity > 0.3 && g.similarity < 1]).sort();
    expect(sims()).toEqual([[0, 0, false], [1, 2, true], [2, 1, false]]);
    // Moved and reworded, but within three paragraphs of where its neighbours put it: paired all the same.
    expect(sims(0.99)).toEqual(sims());
    const far = doc('Requests the Mission to protect women and girls from sexual violence in camps;', ...['one', 'two', 'three', 'four', 'five'].map((w) => `Notes the ${w} reports of the panel on the border;`));
    const moved = doc(...['one', 'two', 'three', 'four', 'five'].map((w) => `Notes the ${w} reports of the panel on the border;`), 'Requests the Mission to protect women from sexual violence in the camps;');
    const count = (t?: number) => align(far.units, moved.units, t ? { threshold: t } : {}).length;
    expect(count()).toBe(7);
    expect(count(0.99)).toBe(6); // five paragraphs away: only the first pass could pair it
  });
});

describe('where a change is, in words', () => {
  const cite = (o: Partial<{ number: string; kind: string; excerpt: string }>) => ({ excerpt: 'Requests the Mission to report on the situation of women', ...o }) as never;
  it.each([
    [{ number: '12', kind: 'operative' }, 'en', 'OP 12'],
    [{ number: 'PP3', kind: 'preambular' }, 'en', 'PP 3'],
    [{ number: '3', kind: 'preambular' }, 'en', 'PP 3'],
    [{ number: '4', kind: 'paragraph' }, 'en', 'para. 4'],
    [{ number: '4', kind: 'paragraph' }, 'fr', '§ 4'],
    [{}, 'en', '“Requests the Mission to report on…”'],
  ] as const)('%j (%s) → %s', (c, lang, expected) => {
    expect(where(cite(c), lang)).toBe(expected);
  });
  it('document names: a file name without folder or extension, a UN symbol as it is, "-" as the old or new text', () => {
    expect(docName('/tmp/x/S-RES-2765.txt', 'en', 'new')).toBe('S-RES-2765');
    expect(docName('S/RES/2765 (2024)', 'en', 'new')).toBe('S/RES/2765 (2024)');
    expect(docName('-', 'en', 'old')).toBe('the old text');
    expect(docName('-', 'fr', 'new')).toBe('le nouveau texte');
  });
  it('notes: added or removed, in a new or an existing paragraph; splits, merges, moves; cancelling signals', () => {
    const base = { pillars: [], concepts: [], moved: false, signals: [], conceptsAdded: [], conceptsRemoved: [], genderSpecific: true };
    expect(noteFor({ ...base, status: 'added', scope: 'provision' }, 'en')).toBe('new provision');
    expect(noteFor({ ...base, status: 'removed', scope: 'language' }, 'fr')).toBe('langage FPS retiré d’un paragraphe maintenu');
    expect(noteFor({ ...base, status: 'kept', join: 'split', alsoNew: [{} as never, {} as never] }, 'en')).toBe('split into 3 paragraphs');
    expect(noteFor({ ...base, status: 'kept', join: 'merged', alsoOld: [{} as never] }, 'fr')).toBe('2 paragraphes fusionnés');
    expect(noteFor({ ...base, status: 'kept', signals: [{ kind: 'qualifier', direction: -1, new: 'as appropriate' }, { kind: 'concreteness', direction: 1 }] }, 'en'))
      .toBe('adds “as appropriate”; general wording made a concrete task; changes that cancel out');
    expect(noteFor({ ...base, status: 'weakened', signals: [{ kind: 'qualifier', direction: -1, new: 'le cas échéant' }] }, 'fr')).toBe('ajoute « le cas échéant »');
  });
});
