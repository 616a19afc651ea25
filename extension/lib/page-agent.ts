// The page side of a scan, shared by the content script and the PDF viewer: reads the page once,
// paints what the background sends, shows hover cards, reveals a finding, and reads content added
// later incrementally (debounced; only the new nodes are read, never the whole page again).
import { CARD_HOST_ATTR, HoverCardView } from './hover-card.ts';
import { Painter } from './paint.ts';
import { PageReader, type PageBlock } from './page-text.ts';
import type { BlocksAdded, CollectResponse, PageRequest, PaintResponse, RevealResponse } from './page-messages.ts';
import { CHANGE_LAYER, type PaintItem } from './paint-types.ts';

export type SendBlocks = (m: BlocksAdded) => Promise<{ items: PaintItem[] } | undefined>;

const DEBOUNCE_MS = 400;

export class PageAgent {
  readonly reader: PageReader;
  readonly painter: Painter;
  /** The Changes view's layer: added and strengthened provisions, drawn above the findings. */
  readonly changes: Painter;
  private readonly card: HoverCardView;
  private collected = false;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hoverInstalled = false;
  /** Where the page stood right after a reveal scrolled it: that scroll's event is ours, not the reader's. */
  private revealScroll: { x: number; y: number; until: number } | null = null;
  /** Resolves when the last incremental batch was painted (tests and the bench wait on it). */
  idle: Promise<void> = Promise.resolve();

  constructor(private readonly doc: Document, private readonly send: SendBlocks, private readonly root: () => Node = () => doc.body ?? doc.documentElement, useHighlights = true) {
    this.card = new HoverCardView(doc);
    this.reader = new PageReader(doc, (el) => el.hasAttribute(CARD_HOST_ATTR));
    this.painter = new Painter(doc, useHighlights, (t) => this.reader.adopt(t));
    this.changes = new Painter(doc, useHighlights, (t) => this.reader.adopt(t), CHANGE_LAYER);
  }

  handle(msg: PageRequest): CollectResponse | PaintResponse | RevealResponse | { ok: true } {
    switch (msg.type) {
      case 'page:collect': return this.collect();
      case 'page:paint': return this.paint(msg.items, msg.reset === true);
      case 'page:reveal': {
        if (msg.layer === 'changes') return this.changes.reveal(msg.key);
        const r = this.painter.reveal(msg.key);
        if (r.found) this.cardFor(msg.key);
        return r;
      }
      case 'page:clear': this.quiet(() => this.painter.clear()); return { ok: true };
      case 'page:changes': return this.paintChanges(msg.items);
    }
  }

  /** Reads the page the first time; afterwards returns the blocks already known (new content comes via the observer). */
  collect(): CollectResponse {
    if (!this.collected) {
      this.reader.readFrom(this.root());
      this.collected = true;
      this.observe();
    } else if (this.note(this.observer?.takeRecords() ?? [])) {
      // Content added moments ago and not sent yet: read now, so a rescan right after an edit sees it
      // (it goes in this reply, not as an increment).
      clearTimeout(this.timer);
      const nodes = [...this.pending].filter((n) => n.isConnected);
      this.pending.clear();
      for (const n of nodes) this.reader.readFrom(n);
    }
    // In document order: a block read later (content added or replaced since the first read) sits
    // where it is on the page, so a rescan reads the page as it now is (compare aligns by position too).
    const blocks = [...this.reader.blocks.values()]
      .map((b) => ({ b, first: b.nodes.find((n) => n.isConnected) }))
      .filter((x): x is { b: PageBlock; first: Text } => x.first !== undefined)
      .sort((x, y) => (x.first === y.first ? 0 : x.first.compareDocumentPosition(y.first) & 4 /* FOLLOWING */ ? -1 : 1))
      .map(({ b }) => ({ id: b.id, text: b.text }));
    return { title: this.doc.title, url: this.doc.location?.href ?? '', blocks, mode: this.painter.mode };
  }

  paint(items: readonly PaintItem[], reset: boolean): PaintResponse {
    let missing = 0;
    this.quiet(() => {
      if (reset) this.painter.clear();
      missing = this.painter.paint(items, this.reader.blocks).missing;
    });
    this.installHover();
    return { painted: this.painter.painted.size, missing, mode: this.painter.mode };
  }

  /** Replaces the Changes layer with these items (an empty list clears it). */
  paintChanges(items: readonly PaintItem[]): PaintResponse {
    let missing = 0;
    this.quiet(() => {
      this.changes.clear();
      missing = this.changes.paint(items, this.reader.blocks).missing;
    });
    return { painted: this.changes.painted.size, missing, mode: this.changes.mode };
  }

  /** Runs a DOM change of our own (fallback wrapping) without the observer seeing it. */
  private quiet(fn: () => void): void {
    fn();
    this.observer?.takeRecords();
  }

  private observe(): void {
    const Obs = this.doc.defaultView?.MutationObserver;
    if (!Obs) return;
    this.observer = new Obs((records) => {
      if (this.note(records)) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.idle = this.flush(); }, DEBOUNCE_MS);
      }
    });
    this.observer.observe(this.root(), { childList: true, subtree: true });
  }

  /** Remembers the nodes added (not our hover card); true when any is pending. */
  private note(records: readonly MutationRecord[]): boolean {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n as Element).hasAttribute(CARD_HOST_ATTR)) continue;
      this.pending.add(n);
    }
    return this.pending.size > 0;
  }

  private async flush(): Promise<void> {
    const nodes = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    const blocks = nodes.flatMap((n) => this.reader.readFrom(n)).map((b) => ({ id: b.id, text: b.text }));
    if (blocks.length === 0) return;
    const reply = await this.send({ type: 'page:blocks-added', blocks });
    if (reply?.items.length) this.paint(reply.items, false);
  }

  private installHover(): void {
    if (this.hoverInstalled) return;
    this.hoverInstalled = true;
    const win = this.doc.defaultView;
    if (!win) return;
    let frame = 0;
    win.addEventListener('mousemove', (e) => {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const item = this.itemAtPoint(e.clientX, e.clientY);
        if (item) this.card.show(item.card, e.clientX, e.clientY); else this.card.hide();
      });
    }, { passive: true });
    // The card is placed where the mouse was: it goes when the page scrolls under it, and on Escape.
    win.addEventListener('scroll', () => {
      const own = this.revealScroll;
      if (own && win.performance.now() < own.until && win.scrollX === own.x && win.scrollY === own.y) return;
      this.revealScroll = null;
      this.card.hide();
    }, { passive: true, capture: true });
    win.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.card.hide(); });
  }

  /**
   * The card of a finding revealed from the panel (Show in page, Next / Previous: the keyboard's way to
   * it), beside its words. The reveal's own scroll (its event comes a frame later) does not hide it; the
   * card then goes like a hovered one (the page scrolled further, Escape, the mouse elsewhere).
   */
  private cardFor(key: string): void {
    this.installHover();
    const p = this.painter.painted.get(key);
    const win = this.doc.defaultView;
    if (!p || !win) return;
    const r = p.range.getBoundingClientRect();
    this.card.showBeside(p.item.card, { left: r.left, top: r.top, bottom: r.bottom });
    this.revealScroll = { x: win.scrollX, y: win.scrollY, until: win.performance.now() + 500 };
  }

  private itemAtPoint(x: number, y: number): PaintItem | undefined {
    const d = this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    if (d.caretPositionFromPoint) {
      const pos = d.caretPositionFromPoint(x, y);
      return pos ? this.painter.itemAt(pos.offsetNode, pos.offset) : undefined;
    }
    const r = this.doc.caretRangeFromPoint?.(x, y);
    return r ? this.painter.itemAt(r.startContainer, r.startOffset) : undefined;
  }
}
