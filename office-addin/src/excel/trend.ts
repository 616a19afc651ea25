// The tally's Trend option: the tallied documents are versions of one text, in sheet order (a
// mission's mandate renewals, the drafts of an order). compareSeries() gives the same trend table as
// `wps-lens compare --series`, drawn here one row per version: the five pillars, the thematic groups
// that occur, gender references and WPS provisions, then what changed from the version before.
// A line chart of the five pillars goes beside it. The reports of the tally are reused: nothing is
// analysed twice.
import { compareSeries, familyLabel, FAMILIES, pillarLabel, pillarStyle, type ComparisonSeries, type Lexicon, type PillarId } from '../../../core/index.ts';
import { columnLetter } from './documents.ts';
import type { Cell, TallyDoc } from './matrix.ts';
import { writeRows, type WriteOptions, type WriteQueue } from './sheets.ts';

export const TREND_SHEET = 'WPS trend';
export const TREND_CHART = 'WPS trend per pillar';
/** The step columns after the counts: what changed from the version before (empty for the first). */
const STEP_COLUMNS = ['Added', 'Removed', 'Strengthened', 'Weakened'] as const;

export interface TrendTable {
  header: Cell[];
  rows: Cell[][];
  /** The series' few sentences (counts first to last, the largest step), written under the table. */
  summary: string;
  series: ComparisonSeries;
}

/** The trend table of tallied documents taken as versions in order (two or more). */
export function trendTable(docs: readonly TallyDoc[], lex: Lexicon, profile?: string): TrendTable {
  const series = compareSeries(
    docs.map((d) => ({ text: d.text ?? d.blocks!, report: d.report })),
    { lexicon: lex, sources: docs.map((d) => d.title), ...(profile && profile !== 'auto' ? { profile } : {}) },
  );
  const families = new Set<string>(FAMILIES);
  // As the CLI's table: the five pillars, the thematic groups that occur, then the totals.
  const shown = series.trend.rows.filter((r) => r.kind !== 'pillar' || (!families.has(r.key) && r.values.some((v) => v > 0)));
  const label = (r: (typeof shown)[number]) => {
    if (r.kind === 'family') return familyLabel(r.key as (typeof FAMILIES)[number]);
    if (r.kind === 'pillar') return pillarLabel(r.key as PillarId);
    return r.key === 'gender-specific' ? 'Gender references' : 'WPS provisions';
  };
  const header: Cell[] = ['Version', ...shown.map(label), ...STEP_COLUMNS];
  const rows = docs.map((d, k): Cell[] => {
    const step = k > 0 ? series.steps[k - 1]!.counts : undefined;
    return [d.title, ...shown.map((r) => r.values[k]!), ...(step ? [step.added, step.removed, step.strengthened, step.weakened] : STEP_COLUMNS.map(() => ''))];
  });
  return { header, rows, summary: series.summary, series };
}

/**
 * A sheet of the tally already looked up (freshSheets), and for one that existed, its chart's lookup
 * queued with the tally's other reads: lookupTrendChart before the tally's next sync, writeTrend after.
 */
export interface TrendTarget { sheet: Excel.Worksheet; created: boolean; chart?: Excel.Chart & { isNullObject: boolean } }

/** Queue the lookup of the chart of an earlier run (nothing to look up on a new sheet). */
export function lookupTrendChart(target: { sheet: Excel.Worksheet; created: boolean }): TrendTarget {
  if (target.created) return target;
  const chart = target.sheet.charts.getItemOrNullObject(TREND_CHART) as Excel.Chart & { isNullObject: boolean };
  chart.load('isNullObject');
  return { ...target, chart };
}

/**
 * Write the table, the summary under it and the line chart, all queued on `queue`. `syncsAtLookup`
 * is queue.syncs when lookupTrendChart was queued: once a sync has passed since, the chart's answer
 * is readable; if none has, one sync here reads it (and sends what is queued).
 */
export async function writeTrend(context: Excel.RequestContext, target: TrendTarget, table: TrendTable, options: WriteOptions & { queue: WriteQueue; syncsAtLookup: number }): Promise<{ chartCreated: boolean }> {
  const { sheet } = target;
  const width = table.header.length;
  const n = table.rows.length;
  await writeRows(context, sheet, 0, [table.header, ...table.rows, new Array<Cell>(width).fill(''), [table.summary, ...new Array<Cell>(width - 1).fill('')]], options);
  const head = sheet.getRangeByIndexes(0, 0, 1, width);
  head.format.font.bold = true;
  head.format.fill.color = '#F3F2F1';
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, n + 1, width).format.autofitColumns();
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 220;

  if (target.chart && options.queue.syncs === options.syncsAtLookup) {
    await context.sync();
    options.queue.syncs++;
    options.queue.rows = 0;
    options.queue.chars = 0;
  }
  // The versions along the axis, one line per pillar (the name row gives the series names).
  const data = sheet.getRangeByIndexes(0, 0, n + 1, 1 + FAMILIES.length);
  let chart = target.chart && !target.chart.isNullObject ? target.chart : undefined;
  const chartCreated = chart === undefined;
  if (chart) chart.setData(data, 'Columns');
  else {
    chart = sheet.charts.add('Line', data, 'Columns');
    chart.name = TREND_CHART;
  }
  chart.title.text = 'WPS findings per pillar, version by version';
  chart.setPosition(`A${n + 5}`, `${columnLetter(Math.min(width, 8) - 1)}${n + 25}`);
  FAMILIES.forEach((f, i) => { chart.series.getItemAt(i).format.line.color = pillarStyle(f).line; });
  sheet.activate();
  return { chartCreated };
}
