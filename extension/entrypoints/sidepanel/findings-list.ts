// The findings list: section headers and sentences, virtualised with @tanstack/virtual-core so only the
// rows in view (and the current one) are in the DOM, whatever the number of findings. One Tab stop for
// the whole list (roving tabindex: the current row's buttons only); arrows, Home, End, Page Up/Down
// move between sentences. Rows are built once per view and reused while scrolling, so focus survives.
import { Virtualizer, elementScroll, measureElement, observeElementOffset, observeElementRect, defaultRangeExtractor, type Range } from '@tanstack/virtual-core';
import type { FindingItem } from '../../../core/report/review.ts';
import type { PanelRow } from '../../lib/panel-filter.ts';
import { el } from '../../lib/dom.ts';
import { tr } from '../../lib/i18n.ts';

export interface FindingsListDeps {
  /** Builds the element of one finding row (its .go and .more buttons inside). */
  renderItem(item: FindingItem, ordinal: number, total: number): HTMLElement;
  /** A row was chosen by keyboard or click: make it current. */
  choose(item: FindingItem, how: 'key' | 'click'): void;
}

export class FindingsList {
  /** The scroll container (#findings). */
  readonly root: HTMLElement;
  private readonly space: HTMLElement;
  private readonly win: HTMLElement;
  private rows: PanelRow[] = [];
  private total = 0;
  private readonly cache = new Map<string, HTMLElement>();
  private readonly indexOf = new Map<string, number>();
  private active: string | null = null;
  private current: string | null = null;
  private readonly v: Virtualizer<HTMLElement, HTMLElement>;
  private readonly unmount: () => void;

  constructor(private readonly deps: FindingsListDeps) {
    this.win = el('div', { class: 'vwin', role: 'list', 'aria-label': tr('findingsList') });
    this.space = el('div', { class: 'vspace' }, this.win);
    this.root = el('div', { id: 'findings', class: 'vscroll' }, this.space);
    this.v = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => this.root,
      estimateSize: (i) => (this.rows[i]?.type === 'group' ? 36 : 84),
      getItemKey: (i) => this.rows[i]?.key ?? i,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      measureElement,
      overscan: 4,
      rangeExtractor: this.extractor(),
      onChange: () => this.draw(),
    });
    this.unmount = this.v._didMount();
    this.win.addEventListener('keydown', (e) => this.onKey(e));
  }

  /**
   * The roving row stays rendered even when scrolled away, so the list always has its Tab stop. A new
   * function each time the roving row changes: the virtualizer recomputes its range only when it changes.
   */
  private extractor(): (r: Range) => number[] {
    const a = this.active ? this.indexOf.get(this.active) : undefined;
    return (r: Range) => {
      const out = defaultRangeExtractor(r);
      if (a !== undefined && !out.includes(a)) { out.push(a); out.sort((x, y) => x - y); }
      return out;
    };
  }

  private pin(): void {
    this.v.setOptions({ ...this.v.options, rangeExtractor: this.extractor() });
  }

  /** A new list of rows (new report or filter). */
  setRows(rows: PanelRow[], total: number): void {
    this.rows = rows;
    this.total = total;
    this.cache.clear();
    this.indexOf.clear();
    rows.forEach((r, i) => this.indexOf.set(r.key, i));
    if (this.active && !this.indexOf.has(this.active)) this.active = null;
    if (!this.active) this.active = (rows.find((r) => r.type === 'item')?.key) ?? null;
    if (this.current && this.indexOf.has(this.current)) this.active = this.current;
    this.v.setOptions({ ...this.v.options, count: rows.length, rangeExtractor: this.extractor() });
    this.v._willUpdate();
    this.v.measure();
    this.draw();
  }

  /** Marks the current item (null: none in this list) and moves the roving Tab stop to it. */
  setCurrent(id: string | null): void {
    this.current = id && this.indexOf.has(id) ? id : null;
    if (this.current) this.active = this.current;
    this.pin();
    for (const [key, row] of this.cache) this.mark(row, key);
    this.draw();
  }

  /** Scrolls the list to an item and (optionally) focuses its row; the row is drawn first if needed. */
  reveal(id: string, focus: boolean): void {
    const i = this.indexOf.get(id);
    if (i === undefined) return;
    // The list itself in view below the sticky header, then the row inside it.
    this.root.scrollIntoView({ block: 'nearest' });
    this.v.scrollToIndex(i, { align: 'auto' });
    this.draw();
    const row = this.cache.get(id);
    if (focus) (row?.querySelector('.go') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** How many rows are in the DOM now (tests: stays bounded). */
  get rendered(): number {
    return this.win.childElementCount;
  }

  destroy(): void {
    this.unmount();
  }

  private rowFor(i: number): HTMLElement {
    const r = this.rows[i]!;
    let row = this.cache.get(r.key);
    if (!row) {
      if (r.type === 'group') {
        row = el('div', { role: 'listitem', class: `row group${r.annex ? ' annex' : ''}` },
          el('h3', {}, el('span', { class: 'g-label', text: r.label }), ' ', el('span', { class: 'g-count', text: r.findings === 1 ? tr('groupCountOne') : tr('groupCount', { n: r.findings }) })));
      } else {
        row = this.deps.renderItem(r.item, r.ordinal, this.total);
        row.addEventListener('click', (e) => {
          if ((e.target as Element).closest('.more')) return;
          this.deps.choose(r.item, 'click');
        });
      }
      row.dataset.index = String(i);
      this.cache.set(r.key, row);
      this.mark(row, r.key);
    }
    row.dataset.index = String(i);
    return row;
  }

  private mark(row: HTMLElement, key: string): void {
    if (!row.classList.contains('finding')) return;
    const cur = key === this.current;
    row.classList.toggle('current', cur);
    const go = row.querySelector('.go');
    if (cur) go?.setAttribute('aria-current', 'true'); else go?.removeAttribute('aria-current');
    const tab = key === this.active ? '0' : '-1';
    for (const b of row.querySelectorAll('button')) b.setAttribute('tabindex', tab);
  }

  private draw(): void {
    const items = this.v.getVirtualItems();
    this.space.style.height = `${this.v.getTotalSize()}px`;
    // Rows in normal flow inside a window moved to the first one: heights are measured as laid out.
    this.win.style.transform = `translateY(${items[0]?.start ?? 0}px)`;
    const want = items.map((it) => this.rowFor(it.index));
    // Gaps between drawn indexes (the pinned roving row far away) are kept by absolute placement.
    const contiguous = items.every((it, k) => k === 0 || it.index === items[k - 1]!.index + 1);
    const have = [...this.win.children];
    if (have.length !== want.length || have.some((h, k) => h !== want[k])) {
      const focused = this.win.contains(document.activeElement) ? document.activeElement as HTMLElement : null;
      this.win.replaceChildren(...want);
      if (focused && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
    }
    for (const [k, it] of items.entries()) {
      const row = want[k]!;
      if (!contiguous && k > 0 && it.index !== items[k - 1]!.index + 1) {
        row.style.position = 'absolute';
        row.style.top = `${it.start - (items[0]?.start ?? 0)}px`;
        row.style.left = '0';
        row.style.right = '0';
      } else row.style.position = row.style.top = row.style.left = row.style.right = '';
      this.v.measureElement(row);
    }
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (target.closest('.card-menu')) return;
    const row = target.closest<HTMLElement>('.row.finding');
    if (!row) return;
    const i = Number(row.dataset.index);
    if (e.key === 'ArrowRight' && target.classList.contains('go')) { e.preventDefault(); (row.querySelector('.more') as HTMLElement | null)?.focus(); return; }
    if (e.key === 'ArrowLeft' && target.classList.contains('more')) { e.preventDefault(); (row.querySelector('.go') as HTMLElement | null)?.focus(); return; }
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };
    const d = step[e.key];
    if (d === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const items = this.rows.map((r, k) => (r.type === 'item' ? k : -1)).filter((k) => k >= 0);
    let at = items.indexOf(i);
    at = d === -Infinity ? 0 : d === Infinity ? items.length - 1 : Math.max(0, Math.min(items.length - 1, at + d));
    const r = this.rows[items[at]!];
    if (r?.type === 'item') this.deps.choose(r.item, 'key');
  }
}
