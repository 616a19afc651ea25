/// <reference types="office-js" />
// Where a scanned paragraph lives in the document. The block id handed to the core says it, so a
// finding (block + block-local offsets) leads back to its Word paragraph in a later Word.run, and
// dismissals stored with a block id stay meaningful across sessions.
export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages';

export type BlockLoc =
  | { part: 'body'; index: number }
  | { part: 'header' | 'footer'; section: number; type: HeaderFooterType; index: number }
  | { part: 'footnote'; note: number; index: number };

export function blockId(loc: BlockLoc): string {
  switch (loc.part) {
    case 'body': return `body:${loc.index}`;
    case 'header': case 'footer': return `${loc.part}:${loc.section}:${loc.type}:${loc.index}`;
    case 'footnote': return `footnote:${loc.note}:${loc.index}`;
  }
}

export function parseBlockId(id: string): BlockLoc | null {
  const p = id.split(':');
  const n = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
  if (p[0] === 'body' && p.length === 2 && !Number.isNaN(n(p[1]))) return { part: 'body', index: n(p[1]) };
  if ((p[0] === 'header' || p[0] === 'footer') && p.length === 4 && ['Primary', 'FirstPage', 'EvenPages'].includes(p[2]!)
    && !Number.isNaN(n(p[1])) && !Number.isNaN(n(p[3]))) {
    return { part: p[0], section: n(p[1]), type: p[2] as HeaderFooterType, index: n(p[3]) };
  }
  if (p[0] === 'footnote' && p.length === 3 && !Number.isNaN(n(p[1])) && !Number.isNaN(n(p[2]))) return { part: 'footnote', note: n(p[1]), index: n(p[2]) };
  return null;
}

/** How the Word side reaches Word: Word.run in the pane, a mock in tests. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Requirement-set check: Office.context.requirements.isSetSupported in the pane. */
export type Supports = (set: string, version: string) => boolean;
