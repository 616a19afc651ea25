// An Excel stand-in for the tally tests: a workbook of cell grids behind the small part of the
// Office.js API the add-in uses. Like Office.js, writes are queued and applied at context.sync(),
// and a loaded property can only be read after the sync that follows load(). The selected range is
// an office-addin-mock object (its load/sync rules), built from the grid's current cells.
import { OfficeMockObject } from 'office-addin-mock';

export interface FakeCell { value: string | number | boolean; numberFormat: string; formula?: string; bold?: boolean; fill?: string; prompt?: { showPrompt: boolean; title: string; message: string } }
export interface FakeConditionalFormat { type: string; r: number; c: number; h: number; w: number; criteria?: unknown }
export interface FakeChart {
  name: string; type: string; seriesBy: string; title: string;
  data: { r: number; c: number; h: number; w: number }; position?: [string, string]; seriesColors: string[];
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  charts: FakeChart[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  frozenRows = 0;
  hiddenRows = new Set<number>();
  columnWidths = new Map<number, number>();
  autofitted = 0;
  constructor(public name: string) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /** Cell values of the used rows and columns, empty cells as "" (what range.values would give). */
  usedValues(): (string | number | boolean)[][] {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.cell(r, c)?.value ?? ''));
  }
}

type Op = () => void;
const FORMULA_START = /^[=+\-@]/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" or "B3:D9" → 0-based rectangle. */
export function parseAddress(address: string): { r: number; c: number; h: number; w: number } {
  const [a, b] = address.replace(/^.*!/, '').split(':') as [string, string | undefined];
  const p = (s: string) => { const m = /^([A-Z]+)(\d+)$/i.exec(s); if (!m) throw new Error(`bad address ${s}`); return { c: columnIndex(m[1]!), r: Number(m[2]) - 1 }; };
  const x = p(a);
  const y = b ? p(b) : x;
  return { r: x.r, c: x.c, h: y.r - x.r + 1, w: y.c - x.c + 1 };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Every range write, for tests that check batching. */
  writes: { sheet: string; r: number; h: number; w: number }[] = [];
  private queue: Op[] = [];
  private afterSync: Op[] = [];
  private selection?: OfficeMockObject;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, rows: (string | number | boolean)[][] = []): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => { if (v !== '') s.cells.set(`${r},${c}`, { value: v, numberFormat: 'General' }); }));
    this.sheets.push(s);
    return s;
  }

  /** Select a range (as the user would) on a sheet: its values come from the grid now. */
  select(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const { r, c, h, w } = parseAddress(address);
    const values = Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => s.cell(r + i, c + j)?.value ?? ''));
    this.selection = new OfficeMockObject({ address: `${sheetName}!${address}`, values, rowIndex: r, columnIndex: c, rowCount: h, columnCount: w });
  }

  /** What Excel.run would call back with. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  private async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
    const after = this.afterSync.splice(0);
    for (const op of after) op();
    if (this.selection) await this.selection.sync();
  }

  private context() {
    const wb = this;
    return {
      sync: () => wb.sync(),
      workbook: {
        getSelectedRange: () => {
          if (!wb.selection) throw new Error('nothing selected');
          return wb.selection;
        },
        worksheets: {
          getItemOrNullObject: (name: string) => wb.sheetProxy(name, true),
          getItem: (name: string) => wb.sheetProxy(name, false),
          add: (name: string) => {
            wb.queue.push(() => {
              if (wb.sheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
              wb.sheets.push(new FakeSheet(name));
            });
            return wb.sheetProxy(name, false);
          },
        },
      },
    };
  }

  /** A loadable property: readable only once a sync has passed after load(). */
  private loadable<T extends object>(target: T, props: Record<string, () => unknown>): T {
    const loaded = new Map<string, unknown>();
    const requested = new Set<string>();
    const wb = this;
    Object.assign(target, {
      load(what: string) {
        for (const p of what.split(',').map((s) => s.trim())) {
          if (!props[p]) throw new Error(`property ${p} cannot be loaded on this stand-in`);
          requested.add(p);
          wb.afterSync.push(() => loaded.set(p, props[p]!()));
        }
        return target;
      },
    });
    for (const p of Object.keys(props)) {
      Object.defineProperty(target, p, {
        get() {
          if (!loaded.has(p)) throw new Error(`PropertyNotLoaded: ${p} was not loaded and synced`);
          return loaded.get(p);
        },
      });
    }
    return target;
  }

  private sheetProxy(name: string, orNull: boolean) {
    const wb = this;
    const get = () => {
      const s = wb.sheet(name);
      if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
      return s;
    };
    const proxy = {
      getRange: (address?: string) => wb.rangeProxy(get, address ? parseAddress(address) : undefined),
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => wb.rangeProxy(get, { r, c, h, w }),
      freezePanes: { freezeRows: (n: number) => { wb.queue.push(() => { get().frozenRows = n; }); } },
      activate: () => { wb.queue.push(() => { get(); }); },
      charts: {
        add: (type: string, source: ReturnType<FakeWorkbook['rangeProxy']>, seriesBy: string) => {
          const chart: FakeChart = { name: '', type, seriesBy, title: '', data: source.rect(), seriesColors: [] };
          wb.queue.push(() => { get().charts.push(chart); });
          return wb.chartProxy(() => chart);
        },
        getItemOrNullObject: (chartName: string) => {
          const find = () => wb.sheet(name)?.charts.find((c) => c.name === chartName);
          const p = wb.chartProxy(() => { const c = find(); if (!c) throw new Error(`ItemNotFound: chart ${chartName}`); return c; });
          return wb.loadable(p, { isNullObject: () => find() === undefined });
        },
      },
    };
    return orNull ? this.loadable(proxy, { isNullObject: () => wb.sheet(name) === undefined, name: () => name }) : this.loadable(proxy, { name: () => name });
  }

  private chartProxy(get: () => FakeChart) {
    const wb = this;
    return {
      set name(v: string) { wb.queue.push(() => { get().name = v; }); },
      title: { set text(v: string) { wb.queue.push(() => { get().title = v; }); } },
      setData: (source: ReturnType<FakeWorkbook['rangeProxy']>, seriesBy: string) => {
        wb.queue.push(() => { const c = get(); c.data = source.rect(); c.seriesBy = seriesBy; });
      },
      setPosition: (start: string, end: string) => { wb.queue.push(() => { get().position = [start, end]; }); },
      series: {
        getItemAt: (i: number) => {
          // A column's fill or a line's colour: either is the series' colour here.
          const colour = (color: string) => {
            wb.queue.push(() => {
              const c = get();
              const count = c.seriesBy === 'Columns' ? c.data.w - 1 : c.data.h - 1;
              if (i >= count) throw new Error(`InvalidArgument: the chart has ${count} series, not ${i + 1}`);
              c.seriesColors[i] = color;
            });
          };
          return { format: { fill: { setSolidColor: colour }, line: { set color(color: string) { colour(color); } } } };
        },
      },
    };
  }

  private rangeProxy(get: () => FakeSheet, rect?: { r: number; c: number; h: number; w: number }) {
    const wb = this;
    const each = (s: FakeSheet, fn: (key: string, i: number, j: number) => void) => {
      if (!rect) { for (const k of [...s.cells.keys()]) fn(k, -1, -1); return; }
      for (let i = 0; i < rect.h; i++) for (let j = 0; j < rect.w; j++) fn(`${rect.r + i},${rect.c + j}`, i, j);
    };
    const grid = <T>(v: T | T[][], i: number, j: number): T => (Array.isArray(v) ? (v[i]![j] as T) : v);
    const checkShape = (v: unknown[][]) => {
      if (!rect) throw new Error('InvalidArgument: write to a sized range');
      if (v.length !== rect.h || v.some((row) => row.length !== rect.w)) throw new Error(`InvalidArgument: ${v.length}×${v[0]?.length} values for a ${rect.h}×${rect.w} range`);
    };
    const cellAt = (s: FakeSheet, key: string): FakeCell => {
      let c = s.cells.get(key);
      if (!c) { c = { value: '', numberFormat: 'General' }; s.cells.set(key, c); }
      return c;
    };
    return {
      rect: () => { if (!rect) throw new Error('whole-sheet range has no rectangle here'); return rect; },
      set values(v: (string | number | boolean)[][]) {
        checkShape(v);
        wb.writes.push({ sheet: '', r: rect!.r, h: rect!.h, w: rect!.w });
        wb.queue.push(() => {
          const s = get();
          each(s, (key, i, j) => {
            const value = v[i]![j]!;
            const cell = cellAt(s, key);
            // Excel reads "=…", "+…", "-…", "@…" typed into a cell not formatted as text as a formula.
            if (typeof value === 'string' && FORMULA_START.test(value) && cell.numberFormat !== '@') { cell.formula = value; cell.value = '#FORMULA'; }
            else { cell.value = value; delete cell.formula; }
          });
        });
      },
      set numberFormat(v: string[][] | string) {
        if (Array.isArray(v)) checkShape(v);
        wb.queue.push(() => { const s = get(); each(s, (key, i, j) => { cellAt(s, key).numberFormat = grid(v, i, j); }); });
      },
      set rowHidden(h: boolean) {
        wb.queue.push(() => { const s = get(); const r = rect ?? { r: 0, h: 0 }; for (let i = r.r; i < r.r + r.h; i++) { if (h) s.hiddenRows.add(i); else s.hiddenRows.delete(i); } });
      },
      dataValidation: {
        set prompt(v: { showPrompt: boolean; title: string; message: string }) {
          // Excel's limits: a prompt title of 32 characters, a message of 255.
          if (v.title.length > 32) throw new Error(`InvalidArgument: prompt title of ${v.title.length} characters (Excel allows 32)`);
          if (v.message.length > 255) throw new Error(`InvalidArgument: prompt message of ${v.message.length} characters (Excel allows 255)`);
          wb.queue.push(() => { const s = get(); each(s, (key) => { cellAt(s, key).prompt = v; }); });
        },
      },
      format: {
        font: { set bold(b: boolean) { wb.queue.push(() => { const s = get(); each(s, (key) => { cellAt(s, key).bold = b; }); }); } },
        fill: { set color(c: string) { wb.queue.push(() => { const s = get(); each(s, (key) => { cellAt(s, key).fill = c; }); }); } },
        autofitColumns: () => { wb.queue.push(() => { get().autofitted++; }); },
        set columnWidth(w: number) { wb.queue.push(() => { get().columnWidths.set(rect?.c ?? 0, w); }); },
      },
      conditionalFormats: {
        add: (type: string) => {
          const cf: FakeConditionalFormat = { type, ...(rect ?? { r: 0, c: 0, h: 0, w: 0 }) };
          wb.queue.push(() => { get().conditionalFormats.push(cf); });
          return { colorScale: { set criteria(v: unknown) { wb.queue.push(() => { cf.criteria = v; }); } } };
        },
        clearAll: () => { wb.queue.push(() => { const s = get(); s.conditionalFormats = rect ? s.conditionalFormats.filter((f) => !overlaps(f, rect)) : []; }); },
      },
      clear: (_applyTo?: string) => {
        wb.queue.push(() => { const s = get(); each(s, (key) => { s.cells.delete(key); }); });
      },
    };
  }
}

function overlaps(a: { r: number; c: number; h: number; w: number }, b: { r: number; c: number; h: number; w: number }): boolean {
  return a.r < b.r + b.h && b.r < a.r + a.h && a.c < b.c + b.w && b.c < a.c + a.w;
}
