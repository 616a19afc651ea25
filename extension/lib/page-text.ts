// Reads a page (or a subtree added later) once with a TreeWalker into text blocks, and keeps a map
// from block offsets back to DOM Ranges. Whitespace runs are collapsed to one space so the core sees
// prose, not source indentation; the map remembers where each collapsed character came from.
// Small and DOM-only on purpose: it runs in every page the user scans.

export interface PageBlock {
  id: string;
  text: string;
  /** Text nodes of the block, in document order. */
  nodes: Text[];
  /** Block offset where each node's contribution starts. */
  starts: number[];
  /** Per node: block-local contribution length. */
  lengths: number[];
  /** Per node, only when whitespace was collapsed: raw offset for each contributed offset (length + 1). */
  maps: (Uint32Array | null)[];
}

/** Elements whose text is never document prose. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);

const WS = /[ \t\n\r\f\u00a0]/;

export class PageReader {
  private readonly read = new WeakSet<Text>();
  private readonly blockOf = new Map<Element, Element>();
  private readonly isBlock = new WeakMap<Element, boolean>();
  private nextId = 0;
  readonly blocks = new Map<string, PageBlock>();

  constructor(private readonly doc: Document, private readonly ignore?: (el: Element) => boolean) {}

  /** A text node split off by the <mark> fallback: already part of a block, never a new one. */
  adopt(t: Text): void {
    this.read.add(t);
  }

  /** Reads every text node under root that was not read before; returns only the new blocks. */
  readFrom(root: Node): PageBlock[] {
    const out: PageBlock[] = [];
    const startEl = root.nodeType === 1 ? (root as Element) : root.parentElement;
    if (startEl && !this.ancestorsVisible(startEl)) return out;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => {
        if (n.nodeType === 3) return this.read.has(n as Text) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        if ((n as Element).tagName === 'BR') return NodeFilter.FILTER_ACCEPT; // a line break separates words
        return this.elementReadable(n as Element) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_REJECT;
      },
    });
    let cur: Builder | null = null;
    let curBlockEl: Element | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) { cur?.space(); continue; }
      const t = n as Text;
      this.read.add(t);
      const parent = t.parentElement;
      if (!parent) continue;
      const blockEl = this.blockElement(parent);
      const blank = !/[^ \t\n\r\f]/.test(t.data);
      if (blockEl !== curBlockEl || !cur) {
        if (blank) continue; // whitespace between blocks opens nothing
        if (cur) this.finish(cur, out);
        cur = new Builder(`b${this.nextId++}`);
        curBlockEl = blockEl;
      }
      cur.add(t);
    }
    if (cur) this.finish(cur, out);
    return out;
  }

  private finish(b: Builder, out: PageBlock[]): void {
    const block = b.build();
    if (!/\S/.test(block.text)) return;
    this.blocks.set(block.id, block);
    out.push(block);
  }

  /** Not hidden, not a skipped tag, not our own UI; records whether it starts a block. */
  private elementReadable(el: Element): boolean {
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return false;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    if (this.ignore?.(el)) return false;
    const style = this.doc.defaultView?.getComputedStyle(el);
    if (style) {
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
      this.isBlock.set(el, isBlockDisplay(style.display));
    }
    return true;
  }

  private ancestorsVisible(el: Element): boolean {
    for (let e: Element | null = el; e; e = e.parentElement) if (!this.elementReadable(e)) return false;
    return true;
  }

  /** Nearest ancestor (or self) that is block-level; memoised. */
  private blockElement(el: Element): Element {
    const known = this.blockOf.get(el);
    if (known) return known;
    let found: Element = el;
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (this.isBlock.get(e) ?? isBlockByStyle(e)) { found = e; break; }
      found = e;
    }
    this.blockOf.set(el, found);
    return found;
  }
}

/** A display value that starts its own block of text (not inline, not "contents"). */
function isBlockDisplay(display: string): boolean {
  return !display.startsWith('inline') && display !== 'contents';
}

function isBlockByStyle(el: Element): boolean {
  return isBlockDisplay(el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'block');
}

/** Accumulates one block's text with whitespace collapsed. */
class Builder {
  private parts: string[] = [];
  private len = 0;
  private lastSpace = true; // drops leading whitespace
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  readonly maps: (Uint32Array | null)[] = [];
  constructor(readonly id: string) {}

  add(t: Text): void {
    const raw = t.data;
    let s = '';
    let map: number[] | null = null;
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]!;
      if (WS.test(c)) {
        if (this.lastSpace) { // a run already gave its one space (or the block has not started)
          if (!map) map = Array.from({ length: s.length }, (_, k) => k);
          continue;
        }
        if (c !== ' ' && !map) map = Array.from({ length: s.length }, (_, k) => k);
        if (map) map.push(i);
        s += ' ';
        this.lastSpace = true;
      } else {
        if (map) map.push(i);
        s += c;
        this.lastSpace = false;
      }
    }
    if (s.length === 0) return;
    this.nodes.push(t);
    this.starts.push(this.len);
    this.lengths.push(s.length);
    if (map) { map.push(map.length ? map[map.length - 1]! + 1 : 0); this.maps.push(Uint32Array.from(map)); } else this.maps.push(null);
    this.parts.push(s);
    this.len += s.length;
  }

  /** A separator with no text node behind it (a <br>): one space, mapped to no node. */
  space(): void {
    if (this.lastSpace) return;
    this.parts.push(' ');
    this.len++;
    this.lastSpace = true;
  }

  build(): PageBlock {
    return { id: this.id, text: this.parts.join(''), nodes: this.nodes, starts: this.starts, lengths: this.lengths, maps: this.maps };
  }
}

/** Index of the last node whose contribution starts at or before pos. */
function nodeAt(b: PageBlock, pos: number): number {
  let lo = 0, hi = b.starts.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (b.starts[mid]! <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

function rawOffset(b: PageBlock, i: number, local: number): number {
  const m = b.maps[i];
  return m ? m[local]! : local;
}

/**
 * Makes block offset pos a text-node boundary, splitting the DOM text node there (the <mark> fallback
 * wraps whole nodes), and updates the block's node list and maps so every offset still maps exactly.
 * Returns the node split off, if any.
 */
export function splitAt(b: PageBlock, pos: number): Text | null {
  if (pos <= 0 || pos >= b.text.length || b.nodes.length === 0) return null;
  const i = nodeAt(b, pos);
  const local = pos - b.starts[i]!;
  const len = b.lengths[i]!;
  if (local <= 0 || local >= len) return null; // already a boundary (or a <br> space)
  const raw = rawOffset(b, i, local);
  const tail = b.nodes[i]!.splitText(raw);
  const m = b.maps[i];
  let headMap: Uint32Array | null = null;
  let tailMap: Uint32Array | null = null;
  if (m) {
    headMap = new Uint32Array(local + 1);
    headMap.set(m.subarray(0, local));
    headMap[local] = m[local - 1]! + 1;
    tailMap = new Uint32Array(len - local + 1);
    for (let k = 0; k <= len - local; k++) tailMap[k] = m[local + k]! - raw;
  }
  b.lengths[i] = local;
  b.maps[i] = headMap;
  b.nodes.splice(i + 1, 0, tail);
  b.starts.splice(i + 1, 0, pos);
  b.lengths.splice(i + 1, 0, len - local);
  b.maps.splice(i + 1, 0, tailMap);
  return tail;
}

/** Indices of the first and last text node holding block offsets [start, end), or null when they do not fit. */
export function nodeSpan(b: PageBlock, start: number, end: number): { si: number; ei: number } | null {
  if (start < 0 || end > b.text.length || start >= end || b.nodes.length === 0) return null;
  let si = nodeAt(b, start);
  if (start >= b.starts[si]! + b.lengths[si]!) si++; // start falls past this node's text
  const ei = nodeAt(b, end - 1);
  if (si >= b.nodes.length || ei < si) return null;
  return { si, ei };
}

/** The DOM Range covering block offsets [start, end), or null when they do not fit the block. */
export function rangeFor(doc: Document, b: PageBlock, start: number, end: number): Range | null {
  const span = nodeSpan(b, start, end);
  if (!span) return null;
  const { si, ei } = span;
  const r = doc.createRange();
  r.setStart(b.nodes[si]!, rawOffset(b, si, Math.max(0, start - b.starts[si]!)));
  r.setEnd(b.nodes[ei]!, rawOffset(b, ei, Math.min(b.lengths[ei]!, end - b.starts[ei]!)));
  return r;
}
