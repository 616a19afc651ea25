// Paints findings over the page without rewriting it: CSS Custom Highlight API ranges, one highlight
// per pillar family plus negated/weak/flash overlays. Only where CSS.highlights is missing does it
// fall back to wrapping text in <mark> elements.
import { rangeFor, type PageBlock } from './page-text.ts';
import { HIGHLIGHT_PREFIX, type PaintItem } from './paint-types.ts';

interface Painted { item: PaintItem; range: Range; marks?: HTMLElement[] }

export interface PaintResult { painted: number; missing: number }

type HighlightRegistry = Map<string, Highlight>;

export class Painter {
  readonly painted = new Map<string, Painted>();
  private readonly byNode = new Map<Node, Painted[]>();
  private readonly registry: HighlightRegistry | null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document, useHighlights = true) {
    const css = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
    this.registry = useHighlights && css && 'highlights' in css ? (css.highlights as unknown as HighlightRegistry) : null;
  }

  get mode(): 'highlight' | 'wrap' { return this.registry ? 'highlight' : 'wrap'; }

  paint(items: readonly PaintItem[], blocks: ReadonlyMap<string, PageBlock>): PaintResult {
    let missing = 0;
    const fresh: Painted[] = [];
    for (const item of items) {
      if (this.painted.has(item.key)) continue;
      const b = blocks.get(item.block);
      const range = b ? rangeFor(this.doc, b, item.start, item.end) : null;
      if (!range) { missing++; continue; }
      const p: Painted = { item, range };
      this.painted.set(item.key, p);
      fresh.push(p);
    }
    if (this.registry) this.addHighlights(fresh); else this.wrap(fresh);
    for (const p of fresh) this.index(p);
    return { painted: fresh.length, missing };
  }

  private addHighlights(fresh: Painted[]): void {
    const reg = this.registry!;
    const win = this.doc.defaultView as Window & typeof globalThis;
    const get = (name: string): Highlight => {
      let h = reg.get(HIGHLIGHT_PREFIX + name);
      if (!h) { h = new win.Highlight(); reg.set(HIGHLIGHT_PREFIX + name, h); }
      return h;
    };
    // Overlays paint above the pillar colour.
    get('negated').priority = 1;
    get('weak').priority = 1;
    get('flash').priority = 2;
    for (const p of fresh) {
      get(p.item.family).add(p.range);
      if (p.item.style !== 'plain') get(p.item.style).add(p.range);
    }
  }

  /** Fallback: wraps each text-node piece of each range; later pieces first so offsets stay valid. */
  private wrap(fresh: Painted[]): void {
    const pieces: { node: Text; start: number; end: number; p: Painted }[] = [];
    for (const p of fresh) {
      const r = p.range;
      const it = this.doc.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = r.commonAncestorContainer.nodeType === 3 ? [r.commonAncestorContainer as Text] : [];
      for (let n = it.nextNode(); n; n = it.nextNode()) if (r.intersectsNode(n)) nodes.push(n as Text);
      for (const node of nodes) {
        const start = node === r.startContainer ? r.startOffset : 0;
        const end = node === r.endContainer ? r.endOffset : node.length;
        if (end > start) pieces.push({ node, start, end, p });
      }
    }
    const byNode = new Map<Text, typeof pieces>();
    for (const pc of pieces) { const l = byNode.get(pc.node) ?? []; l.push(pc); byNode.set(pc.node, l); }
    for (const [node, list] of byNode) {
      list.sort((a, b) => b.start - a.start);
      let rest = node;
      let restEnd = node.length;
      for (const pc of list) {
        if (pc.end > restEnd) continue; // overlapping finding: the first one keeps the text
        const mid = rest.splitText(pc.start);
        mid.splitText(pc.end - pc.start);
        const mark = this.doc.createElement('mark');
        mark.className = `${HIGHLIGHT_PREFIX}mark ${HIGHLIGHT_PREFIX}${pc.p.item.family} ${HIGHLIGHT_PREFIX}${pc.p.item.style}`;
        mark.dataset.wpsLens = pc.p.item.key;
        mid.replaceWith(mark);
        mark.append(mid);
        (pc.p.marks ??= []).unshift(mark);
        restEnd = pc.start;
      }
    }
    // Ranges over split nodes moved: re-anchor each finding on its marks.
    for (const p of fresh) {
      if (!p.marks?.length) continue;
      const r = this.doc.createRange();
      r.setStartBefore(p.marks[0]!);
      r.setEndAfter(p.marks[p.marks.length - 1]!);
      p.range = r;
    }
  }

  private index(p: Painted): void {
    const nodes = p.marks ? p.marks.map((m) => m.firstChild!).filter(Boolean) : [p.range.startContainer, p.range.endContainer];
    for (const n of new Set(nodes)) { const l = this.byNode.get(n) ?? []; l.push(p); this.byNode.set(n, l); }
  }

  /** The finding under a caret position, if any (hover cards). */
  itemAt(node: Node, offset: number): PaintItem | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    for (const p of list) {
      if (p.marks) return p.item;
      try { if (p.range.isPointInRange(node, offset) && offset < (node === p.range.endContainer ? p.range.endOffset : Infinity)) return p.item; } catch { /* detached */ }
    }
    return undefined;
  }

  /** Scrolls the finding into view and flashes it a few times. */
  reveal(key: string): { found: boolean; top?: number } {
    const p = this.painted.get(key);
    if (!p) return { found: false };
    const anchor = p.marks?.[0] ?? p.range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.flash(p);
    return { found: true, top: p.range.getBoundingClientRect().top };
  }

  private flash(p: Painted): void {
    clearTimeout(this.flashTimer);
    const name = HIGHLIGHT_PREFIX + 'flash';
    let on = 0;
    const toggle = (): void => {
      const show = on % 2 === 0;
      if (this.registry) {
        const h = this.registry.get(name);
        if (h) { h.clear(); if (show) h.add(p.range); }
      } else for (const m of p.marks ?? []) m.classList.toggle(name, show);
      if (++on < 6) this.flashTimer = setTimeout(toggle, 250);
    };
    toggle();
  }

  clear(): void {
    if (this.registry) {
      for (const name of [...this.registry.keys()]) if (name.startsWith(HIGHLIGHT_PREFIX)) this.registry.delete(name);
    } else {
      for (const p of this.painted.values()) for (const m of p.marks ?? []) { const parent = m.parentNode; m.replaceWith(...m.childNodes); parent?.normalize(); }
    }
    this.painted.clear();
    this.byNode.clear();
  }
}
