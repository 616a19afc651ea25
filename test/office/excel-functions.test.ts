// The WPS.* custom functions on real resolution paragraphs from the corpus (read at run time),
// cell and range input, bad input, the Excel-facing wrappers, and the metadata generated from JSDoc.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { analyze, loadInflection, loadLexicon, PILLAR_IDS, scoreLine } from '../../core/index.ts';
import { Engine, isCellError, TABLE_COLUMNS, type CellError, type Out } from '../../office-addin/src/excel/compute.ts';
import { allResolutionFiles, readResolution } from '../support/corpus.ts';

// User lexicons below bring English phrases of their own: compromise's inflection is loaded for them.
await loadInflection();

const lex = loadLexicon();
const paragraphs = (symbol: string) => readResolution(symbol).filter((b) => b.type === 'paragraph').map((b) => b.text);
const res1325 = paragraphs('1325');
const res1373 = paragraphs('1373');
/** 1325's operative paragraphs that name a WPS concept (the engine must find them). */
const requests = res1325.find((p) => /^Requests the Secretary-General to provide to Member States training guidelines/.test(p))!;
const urges = res1325.find((p) => /^Urges Member States to ensure increased representation of women/.test(p))!;

function err(v: unknown): CellError {
  expect(isCellError(v), `expected an error, got ${JSON.stringify(v)}`).toBe(true);
  return v as CellError;
}

describe('WPS.SCORE', () => {
  const e = new Engine(lex);
  it('scores one cell as analyze() scores the text, 0–100', () => {
    for (const p of [requests, urges, ...res1373.slice(0, 3)]) {
      const out = e.score([[p]], 'thematic-resolution');
      expect(out).toEqual([[analyze(p, { lexicon: lex, profile: 'thematic-resolution' }).coverage.score]]);
      expect(out[0]![0]).toBeGreaterThanOrEqual(0);
      expect(out[0]![0]).toBeLessThanOrEqual(100);
    }
  });
  it('scores the WPS resolution above a counter-terrorism one against the thematic profile', () => {
    const wps = e.score([[res1325.join('\n')]], 'thematic-resolution')[0]![0] as number;
    const ct = e.score([[res1373.join('\n')]], 'thematic-resolution')[0]![0] as number;
    expect(wps).toBeGreaterThan(ct);
  });
  it('gives one score per cell of a range, empty cells stay empty', () => {
    const out = e.score([[requests, ''], [null, urges]]);
    expect(out[0]![1]).toBe('');
    expect(out[1]![0]).toBe('');
    expect(typeof out[0]![0]).toBe('number');
    expect(typeof out[1]![1]).toBe('number');
    expect(out[0]![0]).toBe(analyze(requests, { lexicon: lex }).coverage.score);
  });
  it('takes the profile in any case, "auto" or empty', () => {
    expect(e.score([[urges]], 'MANDATE')).toEqual(e.score([[urges]], 'mandate'));
    expect(e.score([[urges]], '')).toEqual(e.score([[urges]], 'auto'));
  });
  it('refuses numbers, logical values, error values and unknown profiles with a message', () => {
    expect(err(e.score([[42]])[0]![0]).message).toMatch(/number \(42\), not text/);
    expect(err(e.score([[true]])[0]![0]).message).toMatch(/logical value/);
    expect(err(e.score([[{ errorCode: '#DIV/0!' }]])[0]![0]).message).toMatch(/error value/);
    const bad = err(e.score([[urges]], 'manadte')[0]![0]);
    expect(bad.code).toBe('invalidValue');
    expect(bad.message).toMatch(/unknown profile "manadte"; known: auto, mandate/);
    // In a range, only the bad cell is an error, and the message says where it is.
    const mixed = e.score([[urges], [7]]);
    expect(typeof mixed[0]![0]).toBe('number');
    expect(err(mixed[1]![0]).message).toMatch(/row 2, column 1 of the range holds a number/);
  });
  it('a document type without rules has no score: #N/A with the coverage summary, never 0', () => {
    const out = e.score([[urges, 'The convoy departs at dawn.']], 'generic');
    const withWps = err(out[0]![0]);
    expect(withWps.code).toBe('notAvailable');
    expect(withWps.message).toBe(`WPS.SCORE: ${scoreLine(analyze(urges, { lexicon: lex, profile: 'generic' }))}`);
    expect(withWps.message).toMatch(/^WPS\.SCORE: No score for this document type: [1-5] of 5 pillars covered, [1-9]\d* gender-specific findings?$/);
    expect(err(out[0]![1]).message).toBe('WPS.SCORE: No score for this document type: 0 of 5 pillars covered, 0 gender-specific findings');
  });
});

describe('WPS.SCOREBASIS', () => {
  const e = new Engine(lex);
  it('gives the one line every surface shows: the score and how it was made, or the coverage summary', () => {
    const out = e.scoreBasis([[urges, ''], [requests, 'The convoy departs at dawn.']], 'thematic-resolution');
    expect(out[0]![0]).toBe(scoreLine(analyze(urges, { lexicon: lex, profile: 'thematic-resolution' })));
    expect(out[0]![0]).toMatch(/^Score \d+\/100 — \d+ of 10 rules met, /);
    expect(out[0]![1]).toBe('');
    expect(out[1]![1]).toMatch(/^Score 0\/100 — 0 of 10 rules met, 10 missing /);
    expect(e.scoreBasis([[urges]], 'generic')[0]![0]).toMatch(/^No score for this document type: /);
    expect(err(e.scoreBasis([[urges]], 'nope')[0]![0]).message).toMatch(/^WPS\.SCOREBASIS: unknown profile "nope"/);
  });
});

describe('WPS.COUNT', () => {
  const e = new Engine(lex);
  it('counts non-negated findings of a concept or a pillar, as the report has them', () => {
    const r = analyze(requests, { lexicon: lex });
    const concepts = new Set(r.findings.map((f) => f.concept));
    expect(concepts.size).toBeGreaterThan(0);
    for (const c of concepts) {
      expect(e.count([[requests]], c)).toEqual([[r.findings.filter((f) => f.concept === c && !f.negated).length]]);
    }
    for (const p of PILLAR_IDS) {
      expect(e.count([[requests]], p)).toEqual([[r.findings.filter((f) => f.pillar === p && !f.negated).length]]);
    }
  });
  it('finds training in the paragraph on training guidelines, nothing of it in counter-terrorism', () => {
    expect(e.count([[requests]], 'training')[0]![0]).toBeGreaterThan(0);
    const ct = e.count([res1373], 'training'); // a one-row range of many cells
    expect(ct[0]!.every((v) => v === 0)).toBe(true);
  });
  it('accepts pillar and concept labels', () => {
    expect(e.count([[requests]], 'Training')).toEqual(e.count([[requests]], 'training'));
    const label = lex.concepts.get('trn-gender-training')!.label;
    expect(e.count([[requests]], label)).toEqual(e.count([[requests]], 'trn-gender-training'));
  });
  it('refuses an unknown or missing concept, and a number as text', () => {
    const u = err(e.count([[requests]], 'gendr')[0]![0]);
    expect(u.message).toMatch(/unknown concept or pillar "gendr"; pillars: participation/);
    expect(err(e.count([[requests]], '')[0]![0]).message).toMatch(/give a concept or pillar/);
    expect(err(e.count([[requests]], 3 as unknown as string)[0]![0]).message).toMatch(/give a concept or pillar/);
    expect(err(e.count([[1325]], 'crsv')[0]![0]).message).toMatch(/holds a number/);
  });
});

describe('WPS.CONCEPTS', () => {
  const e = new Engine(lex);
  it('spills concept, pillar, count, strongest form and negated count, ordered by pillar', () => {
    const out = e.concepts([[requests]]) as Out[][];
    expect(Array.isArray(out)).toBe(true);
    expect(TABLE_COLUMNS.concepts).toHaveLength(5);
    const r = analyze(requests, { lexicon: lex });
    for (const row of out) {
      expect(row).toHaveLength(5);
      const [id, pillar, count, form, negated] = row as [string, string, number, string, number];
      const fs = r.findings.filter((f) => f.concept === id);
      expect(pillar).toBe(fs[0]!.pillar);
      expect(count).toBe(fs.filter((f) => !f.negated).length);
      expect(negated).toBe(fs.filter((f) => f.negated).length);
      expect(['task', 'advice', 'context', 'negated only']).toContain(form);
    }
    // "Requests the Secretary-General to provide … training guidelines …": a task.
    expect(out.find((row) => row[0] === 'wps-women-girls')?.[3]).toBe('task');
    const order = out.map((row) => PILLAR_IDS.indexOf(row[1] as (typeof PILLAR_IDS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('adds up the documents of a range', () => {
    const cells = res1325.slice(12, 20).map((p) => [p]);
    const total = new Map<string, number>();
    for (const [p] of cells) {
      const one = e.concepts([[p]]);
      if (isCellError(one)) continue;
      for (const row of one) total.set(row[0] as string, (total.get(row[0] as string) ?? 0) + (row[2] as number));
    }
    const all = e.concepts(cells) as Out[][];
    expect(new Map(all.map((row) => [row[0], row[2]]))).toEqual(total);
  });
  it('is #N/A for a text without WPS language, #VALUE! for a bad cell in the range', () => {
    const none = err(e.concepts([['Decides to remain actively seized of the matter.']]));
    expect(none.code).toBe('notAvailable');
    expect(none.message).toMatch(/no WPS concept/);
    const bad = err(e.concepts([[requests], [false]]));
    expect(bad.code).toBe('invalidValue');
    expect(bad.message).toMatch(/row 2, column 1 of the range holds a logical value/);
    expect(err(e.concepts([[''], [null]])).message).toMatch(/no text to analyse/);
  });
});

describe('WPS.GAPS', () => {
  const e = new Engine(lex);
  it('lists the mandate profile\'s unmet items for a counter-terrorism paragraph, required first', () => {
    const out = e.gaps([[res1373[5]!]], 'mandate') as Out[][];
    expect(Array.isArray(out)).toBe(true);
    const r = analyze(res1373[5]!, { lexicon: lex, profile: 'mandate' });
    expect(out).toHaveLength(r.gaps.length);
    expect(out.every((row) => row.length === TABLE_COLUMNS.gaps.length)).toBe(true);
    const levels = out.map((row) => row[1]);
    expect(levels.indexOf('recommended') === -1 || levels.lastIndexOf('required') < levels.indexOf('recommended')).toBe(true);
    expect(out.some((row) => row[1] === 'required')).toBe(true);
    expect(out.every((row) => row[4] === 1)).toBe(true);
  });
  it('counts for a range how many documents miss each item', () => {
    const cells = [[res1373[5]!], [res1373[6]!], [requests]];
    const out = e.gaps(cells, 'mandate') as Out[][];
    for (const row of out) {
      expect(row[4]).toBeGreaterThanOrEqual(1);
      expect(row[4]).toBeLessThanOrEqual(3);
    }
    const perRule = new Map<string, number>();
    for (const [t] of cells) for (const g of analyze(t!, { lexicon: lex, profile: 'mandate' }).gaps) perRule.set(g.rule, (perRule.get(g.rule) ?? 0) + 1);
    expect(out.map((row) => row[4]).sort()).toEqual([...perRule.values()].sort());
  });
  it('needs a known profile', () => {
    expect(err(e.gaps([[requests]], '')).message).toMatch(/give a profile/);
    expect(err(e.gaps([[requests]], 'opord')).message).toMatch(/unknown profile "opord"/);
    expect(err(e.gaps([[99]], 'mandate')).message).toMatch(/holds a number/);
  });
});

describe('WPS.FIGURES', () => {
  const e = new Engine(lex);
  let withFigure: string[] = [];
  beforeAll(() => {
    // Resolution paragraphs that state a share of women (found by the core, not chosen by hand).
    for (const f of allResolutionFiles()) {
      for (const b of readResolution(f)) if (b.type === 'paragraph' && /per ?cent|%/.test(b.text) && analyze(b.text, { lexicon: lex }).figures.length) withFigure.push(b.text);
      if (withFigure.length >= 3) break;
    }
  });
  it('spills percent, group and category for corpus paragraphs that state a share of women', () => {
    expect(withFigure.length).toBeGreaterThan(0);
    for (const p of withFigure) {
      const out = e.figures([[p]]) as Out[][];
      const figs = analyze(p, { lexicon: lex }).figures;
      expect(out).toEqual(figs.map((g) => [g.percent, g.group, g.category]));
      for (const [pct] of out) {
        expect(pct).toBeGreaterThan(0);
        expect(pct).toBeLessThanOrEqual(100);
        expect(p).toContain(String(pct).split('.')[0]);
      }
    }
    // A range lists the figures of every cell, in cell order.
    const all = e.figures(withFigure.map((p) => [p])) as Out[][];
    expect(all.length).toBe(withFigure.reduce((s, p) => s + (e.figures([[p]]) as Out[][]).length, 0));
  });
  it('is #N/A without a figure and #VALUE! for a number', () => {
    expect(err(e.figures([[requests]])).code).toBe('notAvailable');
    expect(err(e.figures([[0.3]])).message).toMatch(/number \(0.3\)/);
  });
});

describe('one lexicon, one analysis per text', () => {
  it('reuses the report for SCORE, COUNT and CONCEPTS of one cell', () => {
    const e = new Engine(lex);
    const first = e.report(urges);
    e.score([[urges]]);
    e.count([[urges]], 'participation');
    e.concepts([[urges]]);
    expect(e.report(urges)).toBe(first);
  });
  it('a user lexicon replaces the compiled one and drops cached reports', () => {
    const e = new Engine(lex);
    const before = e.report(urges);
    const user = loadLexicon([{ name: 'mine.json', data: { concepts: [{ id: 'my-representation', label: 'Representation', pillar: 'participation', genderSpecific: false, terms: { en: ['increased representation'] } }] } }]);
    e.setLexicon(user);
    expect(e.report(urges)).not.toBe(before);
    expect(e.count([[urges]], 'my-representation')).toEqual([[1]]);
  });
});

describe('functions.ts: the Excel-facing wrappers', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    vi.resetModules();
  });
  it('loads outside Excel without registering, and registers all seven inside', async () => {
    const outside = await import('../../office-addin/src/excel/functions.ts');
    expect(outside.registerFunctions()).toBe(false);
    vi.resetModules();
    class CfError { constructor(readonly code: string, readonly message?: string) {} }
    const associate = vi.fn();
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate, Error: CfError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
    const inside = await import('../../office-addin/src/excel/functions.ts');
    expect(associate.mock.calls.map((c) => c[0]).sort()).toEqual(['COMPARE', 'CONCEPTS', 'COUNT', 'FIGURES', 'GAPS', 'SCORE', 'SCOREBASIS']);
    for (const [id, fn] of associate.mock.calls) expect(fn).toBe(inside.FUNCTIONS[id as keyof typeof inside.FUNCTIONS]);
    // Errors reach Excel as CustomFunctions.Error with the message.
    const out = inside.score([[urges, 5]], 'nope');
    expect(out[0]![0]).toBeInstanceOf(CfError);
    expect((out[0]![0] as CfError).code).toBe('#VALUE!');
    expect((out[0]![0] as CfError).message).toMatch(/unknown profile "nope"/);
    const none = inside.figures([[urges]]);
    expect((none[0]![0] as CfError).code).toBe('#N/A');
    const ok = inside.count([[urges, '', 5]], 'participation');
    expect(typeof ok[0]![0]).toBe('number');
    expect(ok[0]![1]).toBe('');
    expect((ok[0]![2] as CfError).message).toMatch(/holds a number/);
  });
});

describe('functions.json from the JSDoc', () => {
  it('custom-functions-metadata generates the seven functions with matrix text and the right parameters', async () => {
    const result = await generateCustomFunctionsMetadata('office-addin/src/excel/functions.ts');
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as { functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean; dimensionality?: string; type: string }[]; result: { dimensionality?: string } }[] };
    const byId = new Map(meta.functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(['COMPARE', 'CONCEPTS', 'COUNT', 'FIGURES', 'GAPS', 'SCORE', 'SCOREBASIS']);
    const params = (id: string) => byId.get(id)!.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`);
    expect(params('SCORE')).toEqual(['text', 'profile?']);
    expect(params('SCOREBASIS')).toEqual(['text', 'profile?']);
    expect(params('COUNT')).toEqual(['text', 'concept_or_pillar']);
    expect(params('CONCEPTS')).toEqual(['text']);
    expect(params('GAPS')).toEqual(['text', 'profile']);
    expect(params('FIGURES')).toEqual(['text']);
    expect(params('COMPARE')).toEqual(['old_version', 'new_version', 'profile?', 'language?']);
    expect(byId.get('COMPARE')!.parameters[1]!.dimensionality).toBe('matrix');
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.parameters[0]!.dimensionality).toBe('matrix');
      expect(f.result.dimensionality).toBe('matrix');
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.description.length).toBeLessThan(256);
    }
  });
});
