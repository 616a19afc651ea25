// WPS.COMPARE on cells read through the Excel stand-in, held against the core's compare() on the same
// texts; and the tally's Trend option: the "WPS trend" sheet (one row per version, the CLI's trend
// counts) and its line chart, written in the tally's batches.
import { describe, expect, it } from 'vitest';
import { changeStatusLabel, compare, compareSeries, conceptLabel, FAMILIES, familyLabel, loadLexicon, pillarStyle, type Comparison } from '../../core/index.ts';
import { CHANGE_COLUMNS } from '../../office-addin/src/excel/changes.ts';
import { Engine, isCellError, type CellError, type Out } from '../../office-addin/src/excel/compute.ts';
import { COVERAGE_SHEET } from '../../office-addin/src/excel/sheets.ts';
import { tallySelection } from '../../office-addin/src/excel/tally.ts';
import { TREND_CHART, TREND_SHEET } from '../../office-addin/src/excel/trend.ts';
import { FakeWorkbook } from './support/excel-workbook.ts';

const lex = loadLexicon();

// Two versions of a short order of our own: a verb softened and hedged, a request made firmer, a
// task dropped, a new one added, one paragraph left as it was.
const OLD_PARAS = [
  'The Mission will deploy a gender adviser to each sector headquarters.',
  'The Force Commander encourages the participation of women in local peace committees.',
  'Patrols will report incidents of conflict-related sexual violence within 24 hours.',
  'Each battalion will appoint a gender focal point before deployment.',
];
const NEW_PARAS = [
  'The Mission should deploy a gender adviser to each sector headquarters, as appropriate.',
  'The Force Commander requests the full and meaningful participation of women in local peace committees.',
  'Each battalion will appoint a gender focal point before deployment.',
  'The Mission will train all units on the prevention of sexual exploitation and abuse.',
];
const OLD = OLD_PARAS.join('\n\n');
const NEW = NEW_PARAS.join('\n\n');

function err(v: unknown): CellError {
  expect(isCellError(v), `expected an error, got ${JSON.stringify(v)}`).toBe(true);
  return v as CellError;
}

/** A range's values as the functions receive them: loaded from the stand-in's selection and synced. */
async function cellValues(wb: FakeWorkbook, sheet: string, address: string): Promise<unknown[][]> {
  wb.select(sheet, address);
  return wb.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('values');
    await context.sync();
    return range.values as unknown[][];
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const statusOf = (c: Comparison) => c.changes.map((x) => capital(changeStatusLabel(x.status)));
const conceptsOf = (c: Comparison) => c.changes.map((x) => x.concepts.map((id) => conceptLabel(id, 'en', lex.concepts.get(id)?.label)).join('; '));
const column = (rows: Out[][], k: number) => rows.slice(1).map((r) => r[k]);
const count = (rows: Out[][], status: string) => rows.slice(1).filter((r) => r[0] === status).length;

describe('WPS.COMPARE', () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Drafts', [['Old', 'New'], [OLD, NEW], ...OLD_PARAS.map((p, i) => [p, NEW_PARAS[i]!]), [42, '']]);

  it('spills a header row, then compare()\'s changes of the same two texts: status, pillar, concept, old and new words', async () => {
    const e = new Engine(lex);
    const [a, b] = [await cellValues(wb, 'Drafts', 'A2'), await cellValues(wb, 'Drafts', 'B2')];
    const out = e.compare(a, b) as Out[][];
    const expected = compare(OLD, NEW, { lexicon: lex });
    // The edits above give each kind of change (the core's classification, read here, not assumed).
    expect(new Set(expected.changes.map((x) => x.status))).toEqual(new Set(['weakened', 'strengthened', 'removed', 'added', 'kept']));
    expect(out[0]).toEqual([...CHANGE_COLUMNS]);
    expect(out).toHaveLength(expected.changes.length + 1);
    expect(column(out, 0)).toEqual(statusOf(expected));
    expect(column(out, 2)).toEqual(conceptsOf(expected));
    expect(column(out, 3)).toEqual(expected.changes.map((x) => x.old?.text ?? ''));
    expect(column(out, 4)).toEqual(expected.changes.map((x) => x.new?.text ?? ''));
    // Pillars by their names, each once: the families of the change's pillars.
    expect(column(out, 1).every((p) => String(p).split(', ').every((name) => FAMILIES.some((f) => familyLabel(f) === name)))).toBe(true);
    const removed = out.find((r) => r[0] === 'Removed')!;
    expect(removed[2]).toBe('Conflict-related sexual violence');
    expect(removed[3]).toMatch(/conflict-related sexual violence/);
    expect(removed[4]).toBe('');
    expect(out.find((r) => r[0] === 'Weakened')![7]).toMatch(/will → should; adds “as appropriate”/);
  });

  it('swapping the arguments swaps added and removed, strengthened and weakened', async () => {
    const e = new Engine(lex);
    const [a, b] = [await cellValues(wb, 'Drafts', 'A2'), await cellValues(wb, 'Drafts', 'B2')];
    const forward = e.compare(a, b) as Out[][];
    const back = e.compare(b, a) as Out[][];
    expect(count(forward, 'Added')).toBeGreaterThan(0);
    expect(count(forward, 'Strengthened')).toBeGreaterThan(0);
    expect(count(back, 'Added')).toBe(count(forward, 'Removed'));
    expect(count(back, 'Removed')).toBe(count(forward, 'Added'));
    expect(count(back, 'Strengthened')).toBe(count(forward, 'Weakened'));
    expect(count(back, 'Weakened')).toBe(count(forward, 'Strengthened'));
    expect(count(back, 'Kept')).toBe(count(forward, 'Kept'));
    // What one way added, the other removed: the same words, on the other side.
    const words = (rows: Out[][], status: string, k: number) => rows.filter((r) => r[0] === status).map((r) => r[k]).sort();
    expect(words(back, 'Removed', 3)).toEqual(words(forward, 'Added', 4));
    expect(words(back, 'Added', 4)).toEqual(words(forward, 'Removed', 3));
  });

  it('a range is one version whose cells are its paragraphs: the same changes as the text in one cell', async () => {
    const e = new Engine(lex);
    const whole = e.compare(await cellValues(wb, 'Drafts', 'A2'), await cellValues(wb, 'Drafts', 'B2')) as Out[][];
    const ranges = e.compare(await cellValues(wb, 'Drafts', 'A3:A6'), await cellValues(wb, 'Drafts', 'B3:B6')) as Out[][];
    expect(column(ranges, 0)).toEqual(column(whole, 0));
    expect(column(ranges, 2)).toEqual(column(whole, 2));
  });

  it('a text compared with itself has only kept provisions', () => {
    const out = new Engine(lex).compare([[NEW]], [[NEW]]) as Out[][];
    expect(out.length).toBeGreaterThan(1);
    expect(new Set(column(out, 0))).toEqual(new Set(['Kept']));
  });

  it('says which side is wrong: a number, an empty version, no WPS language in either', async () => {
    const e = new Engine(lex);
    const bad = err(e.compare(await cellValues(wb, 'Drafts', 'A7'), [[NEW]]));
    expect(bad.code).toBe('invalidValue');
    expect(bad.message).toBe('WPS.COMPARE: in the old version, the cell holds a number (42), not text');
    const empty = err(e.compare([[OLD]], await cellValues(wb, 'Drafts', 'B7')));
    expect(empty.code).toBe('notAvailable');
    expect(empty.message).toBe('WPS.COMPARE: the new version is empty');
    expect(err(e.compare([['The convoy leaves at dawn.']], [['The convoy leaves at noon.']])).message).toBe('WPS.COMPARE: no WPS provision in either version');
  });

  it('speaks the documents\' language: a French order gets French headers, statuses and labels', () => {
    const oldFr = 'La Mission déploiera une conseillère pour la protection des femmes dans chaque secteur.\n\nLes patrouilles signaleront les violences sexuelles liées aux conflits.';
    const newFr = 'La Mission devrait déployer, le cas échéant, une conseillère pour la protection des femmes dans chaque secteur.\n\nLes unités veilleront à la participation des femmes aux comités locaux.';
    const out = new Engine(lex).compare([[oldFr]], [[newFr]]) as Out[][];
    const expected = compare(oldFr, newFr, { lexicon: lex });
    expect(expected.language).toBe('fr');
    expect(out[0]!.slice(0, 5)).toEqual(['Statut', 'Pilier', 'Notion', 'Anciens termes', 'Nouveaux termes']);
    expect(column(out, 0)).toEqual(expected.changes.map((x) => capital(changeStatusLabel(x.status, 'fr'))));
    expect(column(out, 0)).toContain('Affaiblie');
    expect(column(out, 2)).toEqual(expected.changes.map((x) => x.concepts.map((id) => conceptLabel(id, 'fr', lex.concepts.get(id)?.label)).join('; ')));
  });

  it('takes the document type and language both versions are read as: the same table as compare() with those options; bad values are named', () => {
    const e = new Engine(lex);
    const auto = e.compare([[OLD]], [[NEW]]) as Out[][];
    for (const [profile, language] of [['mandate', ''], ['OPORDER', 'en'], ['auto', 'fr']] as const) {
      const got = e.compare([[OLD]], [[NEW]], [[profile]], [[language]]);
      const expected = compare(OLD, NEW, { lexicon: lex, profile: profile.toLowerCase(), language: (language || 'auto') as 'auto' | 'en' | 'fr' });
      if (expected.changes.length === 0) { expect(err(got).message).toBe('WPS.COMPARE: no WPS provision in either version'); continue; }
      const out = got as Out[][];
      expect(column(out, 0), `${profile} ${language}`).toEqual(expected.changes.map((x) => capital(changeStatusLabel(x.status, expected.language))));
      expect(out.length - 1).toBe(expected.changes.length);
    }
    // Read as French, this English order has other provisions than read as detected: the argument is used.
    expect(e.compare([[OLD]], [[NEW]], [['']], [['fr']])).not.toEqual(auto);
    expect(e.compare([[OLD]], [[NEW]], [['']], [['']])).toEqual(auto);
    const badType = err(e.compare([[OLD]], [[NEW]], [['memo']]));
    expect(badType.message).toMatch(/^WPS\.COMPARE: unknown profile "memo"; known: auto, mandate, /);
    expect(err(e.compare([[OLD]], [[NEW]], [['']], [['de']])).message).toBe('WPS.COMPARE: the language must be "auto", "en" or "fr", not "de"');
  });

  it('reuses the reports of cells already analysed (SCORE on the same cell)', () => {
    const e = new Engine(lex);
    const first = e.report(OLD);
    e.compare([[OLD]], [[NEW]]);
    expect(e.report(OLD)).toBe(first);
  });
});

// Three versions of a plan of our own, each adding WPS language to the one before.
const VERSIONS = [
  'The Force will secure the main supply route and escort convoys.',
  'The Force will secure the main supply route and escort convoys.\n\nEach battalion will appoint a gender focal point.',
  'The Force will secure the main supply route and escort convoys, with mixed patrols that include women.\n\nEach battalion will appoint a gender focal point and report cases of conflict-related sexual violence.\n\nThe Mission will ensure the participation of women in local security committees.',
];

function trendBook(titles = ['Plan v1', 'Plan v2', 'Plan v3']) {
  const wb = new FakeWorkbook();
  wb.addSheet('Versions', [['Version', 'Text'], ...VERSIONS.map((t, i) => [titles[i]!, t])]);
  wb.select('Versions', `A1:B${VERSIONS.length + 1}`);
  return wb;
}

describe('Tally with the Trend option', () => {
  it('writes "WPS trend": one row per version with the counts of compare --series, and a line chart of the five pillars', async () => {
    const wb = trendBook();
    const r = await tallySelection({ lexicon: lex, headerRow: true, trend: true, run: wb.run });
    expect(r.trend).toMatchObject({ versions: 3, chartCreated: true });
    const sheet = wb.sheet(TREND_SHEET)!;
    const values = sheet.usedValues();
    const header = values[0]!;
    expect(header.slice(0, 6)).toEqual(['Version', ...FAMILIES.map(familyLabel)]);
    expect(header.slice(-6)).toEqual(['Gender references', 'WPS provisions', 'Added', 'Removed', 'Strengthened', 'Weakened']);
    // One row per version, in sheet order, then an empty row and the series' summary.
    const rows = values.slice(1, 4);
    expect(rows.map((x) => x[0])).toEqual(['Plan v1', 'Plan v2', 'Plan v3']);
    expect(values[4]!.every((v) => v === '')).toBe(true);
    const series = compareSeries(VERSIONS, { lexicon: lex, sources: ['Plan v1', 'Plan v2', 'Plan v3'] });
    expect(values[5]![0]).toBe(series.summary);
    // The same numbers as the CLI's trend table (compareSeries), column by column.
    const trendRow = (key: string) => series.trend.rows.find((x) => x.key === key)!.values;
    FAMILIES.forEach((f, i) => expect(rows.map((x) => x[1 + i])).toEqual(trendRow(f)));
    const col = (name: string) => rows.map((x) => x[header.indexOf(name)]);
    expect(col('Gender references')).toEqual(trendRow('gender-specific'));
    expect(col('WPS provisions')).toEqual(trendRow('provisions'));
    expect(col('Added')).toEqual(['', ...series.steps.map((s) => s.counts.added)]);
    expect(col('Removed')).toEqual(['', ...series.steps.map((s) => s.counts.removed)]);
    // The versions grow: more WPS provisions in each.
    const provisions = col('WPS provisions') as number[];
    expect(provisions[0]).toBeLessThan(provisions[1]!);
    expect(provisions[1]).toBeLessThan(provisions[2]!);
    // The chart: a line per pillar over the versions (name row included), in the pillar colours.
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: TREND_CHART, type: 'Line', seriesBy: 'Columns', data: { r: 0, c: 0, h: 4, w: 6 } });
    expect(sheet.charts[0]!.seriesColors).toEqual(FAMILIES.map((f) => pillarStyle(f).line));
    expect(sheet.frozenRows).toBe(1);
    // The coverage sheet is written as without the option.
    expect(wb.sheet(COVERAGE_SHEET)).toBeDefined();
  });

  it('costs no sync of its own on a new sheet; a re-run updates the same sheet and chart in place', async () => {
    const plain = trendBook();
    const without = await tallySelection({ lexicon: lex, headerRow: true, run: plain.run });
    const wb = trendBook();
    const first = await tallySelection({ lexicon: lex, headerRow: true, trend: true, run: wb.run });
    expect(wb.syncs).toBe(plain.syncs); // the reading of the selection, then the tally's: no more
    expect(first.syncs).toBe(without.syncs);
    const before = wb.syncs;
    const again = await tallySelection({ lexicon: lex, headerRow: true, trend: true, run: wb.run });
    expect(again.trend).toMatchObject({ versions: 3, chartCreated: false });
    expect(wb.sheets.filter((s) => s.name === TREND_SHEET)).toHaveLength(1);
    expect(wb.sheet(TREND_SHEET)!.charts).toHaveLength(1);
    // The chart lookup rode on the coverage chart's lookup sync: a re-run with the trend costs what one without does.
    const plainBefore = plain.syncs;
    await tallySelection({ lexicon: lex, headerRow: true, run: plain.run });
    expect(wb.syncs - before).toBe(plain.syncs - plainBefore);
  });

  it('needs two documents or more, and says so before writing anything', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Versions', [[VERSIONS[2]!]]);
    wb.select('Versions', 'A1:A1');
    await expect(tallySelection({ lexicon: lex, trend: true, run: wb.run })).rejects.toThrow(/A trend needs at least two documents.*holds 1\./);
    expect(wb.sheet(TREND_SHEET)).toBeUndefined();
    expect(wb.sheet(COVERAGE_SHEET)).toBeUndefined();
  });
});
