// The gap cells and rows the Excel tally writes (office-addin/src/excel/gaps.ts): labels from the
// lexicon, the level a gap without one gets, the list cell's order and wording, the sheet's rows.
import { describe, expect, it } from 'vitest';
import { loadLexicon, type Gap, type Report } from '../../core/index.ts';
import { conceptLabel, gapCells, gapLabel, gapLevel, gapList, gapsTable, GAPS_HEADER, KIND_LABELS } from '../../office-addin/src/excel/gaps.ts';
import { gap, makeReport } from '../cli-fixtures.ts';

const lex = loadLexicon();
const [a, b, c, d] = [...lex.concepts.values()];
const g = (extra: Partial<Gap>) => gap({ concept: undefined, ...extra });

describe('gap labels', () => {
  it('a concept gap reads as the concept\'s label; an unknown id stays the id', () => {
    expect(conceptLabel(lex, a!.id)).toBe(a!.label);
    expect(conceptLabel(lex, 'no-such-concept')).toBe('no-such-concept');
    expect(gapLabel(g({ concept: a!.id }), lex)).toBe(a!.label);
    expect(gapLabel(g({ concept: 'no-such-concept' }), lex)).toBe('no-such-concept');
  });

  it.each([
    [1, (l: string[]) => l[0]],
    [2, (l: string[]) => `${l[0]} or ${l[1]}`],
    [3, (l: string[]) => `${l[0]} or ${l[1]} or ${l[2]}`],
    [4, (l: string[]) => `${l[0]}, ${l[1]}, ${l[2]} or 1 more`],
  ])('a rule any one of %i concepts meets', (n, want) => {
    const ids = [a!, b!, c!, d!].slice(0, n);
    expect(gapLabel(g({ concepts: ids.map((x) => x.id) }), lex)).toBe(want(ids.map((x) => x.label)));
  });

  it('a concept given wins over the rule\'s list; a keyword rule reads as its name', () => {
    expect(gapLabel(g({ concept: b!.id, concepts: [a!.id, c!.id] }), lex)).toBe(b!.label);
    expect(gapLabel(g({ rule: 'oporder.main-body-keywords' }), lex)).toBe('Main body keywords');
    expect(gapLabel(g({ rule: 'nap.wps.budget-line' }), lex)).toBe('Wps budget line');
    expect(gapLabel(g({ rule: 'x.y', concepts: [] }), lex)).toBe('Y');
  });

  it.each([
    [{ level: 'required', severity: 'low' }, 'required'],
    [{ level: 'recommended', severity: 'high' }, 'recommended'],
    [{ level: undefined, severity: 'high' }, 'required'],
    [{ level: undefined, severity: 'medium' }, 'recommended'],
    [{ level: undefined, severity: 'low' }, 'recommended'],
  ] as const)('level of %o → %s', (extra, want) => {
    expect(gapLevel(g(extra))).toBe(want);
  });

  it('every kind has words of its own', () => {
    const words = Object.values(KIND_LABELS);
    expect(new Set(words).size).toBe(words.length);
    expect(KIND_LABELS['annex-only']).toBe('only in annexes');
    expect(KIND_LABELS.missing).toBe('missing');
  });
});

describe('gap cells and rows', () => {
  const gaps: Gap[] = [
    g({ rule: 'p.low', severity: 'low', level: 'recommended', kind: 'advice-only', concept: c!.id }),
    g({ rule: 'p.high', severity: 'high', level: 'required', kind: 'missing', concept: a!.id, evidence: { mainBody: 0, annex: 7, negated: 1 } }),
    g({ rule: 'p.medium', severity: 'medium', level: 'required', kind: 'annex-only', concepts: [b!.id, d!.id] }),
  ];
  const report: Report = makeReport('order.txt', [], { gaps });

  it('the list cell: most severe first, "Label (level, how)" joined by "; "', () => {
    expect(gapList(report, lex)).toBe([
      `${a!.label} (required, missing)`,
      `${b!.label} or ${d!.label} (required, only in annexes)`,
      `${c!.label} (recommended, only as advice)`,
    ].join('; '));
    expect(gapList(makeReport('none.txt'), lex)).toBe('');
  });

  it('the coverage cells: required, high, all, the list', () => {
    expect(gapCells(report, lex)).toEqual([2, 1, 3, gapList(report, lex)]);
    expect(gapCells(makeReport('none.txt'), lex)).toEqual([0, 0, 0, '']);
  });

  it('the gaps sheet: one row per gap in GAPS_HEADER order, evidence left empty when unknown', () => {
    const rows = gapsTable([{ title: 'Order 7', report }, { title: 'Empty', report: makeReport('e.txt') }], lex);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(GAPS_HEADER.length);
    const col = (name: (typeof GAPS_HEADER)[number]) => GAPS_HEADER.indexOf(name);
    expect(rows.map((r) => r[col('Rule id')])).toEqual(['p.high', 'p.medium', 'p.low']);
    expect(rows[0]!.slice(col('Mentions in the main body'), col('Stated as absent') + 1)).toEqual([0, 7, 1]);
    expect(rows[1]!.slice(col('Mentions in the main body'), col('Stated as absent') + 1)).toEqual(['', '', '']);
    expect(rows[1]![col('Concept ids')]).toBe(`${b!.id}, ${d!.id}`);
    expect(rows[0]!.slice(0, col('How it is unmet') + 1)).toEqual(['Order 7', 'high', 'required', a!.label, 'missing']);
    expect(rows.every((r) => r[0] === 'Order 7')).toBe(true);
  });

  it('a gap in a section names it by number and title', () => {
    const r = makeReport('o.txt', [], { gaps: [g({ section: 's3' })], structure: [{ id: 's3', kind: 'opord-paragraph', number: '3', title: 'EXECUTION', start: 0, end: 10 }] });
    expect(gapsTable([{ title: 'o', report: r }], lex)[0]![GAPS_HEADER.indexOf('Where')]).toBe('3 EXECUTION');
    const unknown = makeReport('o.txt', [], { gaps: [g({ section: 'gone' })] });
    expect(gapsTable([{ title: 'o', report: unknown }], lex)[0]![GAPS_HEADER.indexOf('Where')]).toBe('gone');
  });
});
