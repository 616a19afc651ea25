// Paints findings over the page without rewriting it: CSS Custom Highlight API ranges, one highlight
// per pillar family plus negated/weak/flash overlays. Only where CSS.highlights is missing does it
// fall back to wrapping text in <mark> elements. A painter with a `layer` (the Changes view) draws each
// item in one highlight `<layer>-<style>` above the findings, and clears only its own highlights.
import { nodeSpan, rangeFor, splitAt, type PageBlock } from './page-text.ts';
import { CHANGE_LAYER, HIGHLIGHT_PREFIX, type PaintItem } from './paint-types.ts';

interface Painted { item: PaintItem; range: Range; marks?: HTMLElement[] }

export interface PaintResult { painted: number; missing: number }

type HighlightRegistry = Map<string, Highlight>;

export class Painter {
  readonly painted = new Map<string, Painted>();
  /** Every text node a finding covers (first, middle and last) → the findings over it, for hover cards. */
  private readonly byNode = new Map<Node, Painted[]>();
  private readonly registry: HighlightRegistry | null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** onSplit: told about text nodes the <mark> fallback splits off, so the reader never reads them as new content. */
  constructor(private readonly doc: Document, useHighlights = true, private readonly onSplit?: (t: Text) => void, private readonly layer?: string) {
    const css = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
    this.registry = useHighlights && css && 'highlights' in css ? (css.highlights as unknown as HighlightRegistry) : null;
  }

  get mode(): 'highlight' | 'wrap' { return this.registry ? 'highlight' : 'wrap'; }

  paint(items: readonly PaintItem[], blocks: ReadonlyMap<string, PageBlock>): PaintResult {
    let missing = 0;
    for (const item of items) {
      if (this.painted.has(item.key)) continue;
      const b = blocks.get(item.block);
      const p = b && (this.registry ? this.highlight(item, b) : this.wrap(item, b));
      if (!p) { missing++; continue; }
      this.painted.set(item.key, p);
    }
    return { painted: items.length - missing, missing };
  }

  private highlight(item: PaintItem, b: PageBlock): Painted | null {
    const range = rangeFor(this.doc, b, item.start, item.end);
    if (!range) return null;
    const p: Painted = { item, range };
    if (this.layer) this.get(`${this.layer}-${item.style}`).add(range);
    else {
      this.get(item.family).add(range);
      this.get(`${item.family}-${item.style}`).add(range);
    }
    this.index(p, b);
    return p;
  }

  private get(name: string): Highlight {
    const reg = this.registry!;
    let h = reg.get(HIGHLIGHT_PREFIX + name);
    if (!h) {
      h = new (this.doc.defaultView as Window & typeof globalThis).Highlight();
      // Overlays paint above the pillar colour, a layer (changes) above both, the flash above all.
      if (/-(plain|advice|weak|negated)$/.test(name)) h.priority = 1;
      if (this.layer) h.priority = 2;
      if (name.endsWith('flash')) h.priority = 3;
      reg.set(HIGHLIGHT_PREFIX + name, h);
    }
    return h;
  }

  /**
   * Fallback: splits the text nodes at the finding's edges (updating the block's map, so later paints
   * and repaints after a dismissal still map exactly) and wraps each covered node in a <mark>. The
   * Text nodes themselves are kept, so unwrapping restores the page text without re-reading it.
   */
  private wrap(item: PaintItem, b: PageBlock): Painted | null {
    if (!nodeSpan(b, item.start, item.end)) return null;
    for (const pos of [item.start, item.end]) { const t = splitAt(b, pos); if (t) this.onSplit?.(t); }
    const { si, ei } = nodeSpan(b, item.start, item.end)!;
    const marks: HTMLElement[] = [];
    for (let i = si; i <= ei; i++) {
      const node = b.nodes[i]!;
      const mark = this.doc.createElement('mark');
      if (this.layer) {
        mark.className = `${HIGHLIGHT_PREFIX}mark ${HIGHLIGHT_PREFIX}${this.layer}-${item.style}`;
        mark.setAttribute(`data-wps-lens-${this.layer}`, item.key);
      } else {
        mark.className = `${HIGHLIGHT_PREFIX}mark ${HIGHLIGHT_PREFIX}${item.family} ${HIGHLIGHT_PREFIX}${item.style}`;
        mark.dataset.wpsLens = item.key;
      }
      node.replaceWith(mark);
      mark.append(node);
      marks.push(mark);
    }
    // Moving the nodes collapsed any Range on them: build it now, on the same (wrapped) nodes.
    const p: Painted = { item, range: rangeFor(this.doc, b, item.start, item.end)!, marks };
    this.index(p, b);
    return p;
  }

  private index(p: Painted, b: PageBlock): void {
    const span = nodeSpan(b, p.item.start, p.item.end);
    if (!span) return;
    for (let i = span.si; i <= span.ei; i++) {
      const n = b.nodes[i]!;
      const l = this.byNode.get(n);
      if (l) l.push(p); else this.byNode.set(n, [p]);
    }
  }

  /** The finding under a caret position, if any (hover cards). */
  itemAt(node: Node, offset: number): PaintItem | undefined {
    if (!this.registry) {
      // Fallback: the mark around the caret names the finding (covers nodes split off later, too).
      const mark = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('mark[data-wps-lens]') as HTMLElement | null;
      return mark ? this.painted.get(mark.dataset.wpsLens ?? '')?.item : undefined;
    }
    const list = this.byNode.get(node);
    if (!list) return undefined;
    for (const p of list) {
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
    const flash = this.layer ? `${this.layer}-flash` : 'flash';
    const name = HIGHLIGHT_PREFIX + flash;
    let on = 0;
    const toggle = (): void => {
      const show = on % 2 === 0;
      if (this.registry) {
        const h = this.get(flash);
        h.clear();
        if (show) h.add(p.range);
      } else for (const m of p.marks ?? []) m.classList.toggle(name, show);
      if (++on < 6) this.flashTimer = setTimeout(toggle, 250);
    };
    toggle();
  }

  clear(): void {
    if (this.registry) {
      // The findings painter removes every WPS Lens highlight but the Changes layer's (also any left by
      // an earlier copy of the content script); a layer removes only its own.
      const own = HIGHLIGHT_PREFIX + (this.layer ? `${this.layer}-` : '');
      const layerPrefix = `${HIGHLIGHT_PREFIX}${CHANGE_LAYER}-`;
      for (const name of [...this.registry.keys()]) {
        if (name.startsWith(own) && (this.layer || !name.startsWith(layerPrefix))) this.registry.delete(name);
      }
    } else {
      // No normalize(): the Text nodes stay as the reader's map knows them, so a repaint maps exactly.
      for (const p of this.painted.values()) for (const m of p.marks ?? []) m.replaceWith(...m.childNodes);
    }
    this.painted.clear();
    this.byNode.clear();
  }
}
