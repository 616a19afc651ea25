// The extension's PageReader (extension/lib/page-text.ts) on a page parsed by linkedom, without a
// browser. linkedom lacks two things the reader uses, so they are supplied here as the DOM standard
// defines them: a TreeWalker that honours its filter (FILTER_REJECT skips a subtree, FILTER_SKIP
// looks inside), with the NodeFilter constants, and getComputedStyle giving the display the
// browser's default style sheet gives (inline for phrasing elements, none for the head, else block).
import { parseHTML } from 'linkedom';
import type { TextBlock } from '../../core/index.ts';
import { PageReader } from '../../extension/lib/page-text.ts';

const FILTER = { FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3, SHOW_ALL: 0xffffffff, SHOW_ELEMENT: 0x1, SHOW_TEXT: 0x4 } as const;
const INLINE = new Set(['A', 'ABBR', 'B', 'BR', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const NONE = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

type Filter = { acceptNode(n: Node): number } | ((n: Node) => number) | null | undefined;

/** TreeWalker.nextNode() as the DOM standard specifies it (the only method the reader calls). */
function treeWalker(root: Node, whatToShow: number, filter: Filter) {
  const judge = (n: Node): number => {
    const bit = n.nodeType === 1 ? FILTER.SHOW_ELEMENT : n.nodeType === 3 ? FILTER.SHOW_TEXT : 0;
    if (!(whatToShow & bit)) return FILTER.FILTER_SKIP;
    if (!filter) return FILTER.FILTER_ACCEPT;
    return typeof filter === 'function' ? filter(n) : filter.acceptNode(n);
  };
  let current: Node = root;
  return {
    get currentNode() { return current; },
    nextNode(): Node | null {
      let node = current;
      let result: number = FILTER.FILTER_ACCEPT;
      for (;;) {
        while (result !== FILTER.FILTER_REJECT && node.firstChild) {
          node = node.firstChild;
          result = judge(node);
          if (result === FILTER.FILTER_ACCEPT) return (current = node);
        }
        let next: Node | null = null;
        for (let t: Node | null = node; t; t = t.parentNode) {
          if (t === root) return null;
          if (t.nextSibling) { next = t.nextSibling; break; }
        }
        if (!next) return null;
        node = next;
        result = judge(node);
        if (result === FILTER.FILTER_ACCEPT) return (current = node);
      }
    },
  };
}

/** The blocks the extension's PageReader reads from the page's body, as the background receives them. */
export function readPage(html: string): TextBlock[] {
  const { document, window } = parseHTML(html);
  Object.assign(window, {
    getComputedStyle: (el: Element) => {
      const tag = el.tagName.toUpperCase();
      return { display: NONE.has(tag) ? 'none' : INLINE.has(tag) ? 'inline' : 'block', visibility: 'visible' };
    },
  });
  Object.assign(document, { createTreeWalker: treeWalker });
  const g = globalThis as { NodeFilter?: unknown };
  const saved = g.NodeFilter;
  g.NodeFilter = FILTER;
  try {
    return new PageReader(document as unknown as Document).readFrom(document.body as unknown as Node).map((b) => ({ id: b.id, text: b.text }));
  } finally {
    g.NodeFilter = saved;
  }
}
