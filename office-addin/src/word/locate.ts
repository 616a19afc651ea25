/// <reference types="office-js" />
// From block ids and block-local offsets back to Word objects, in fixed batches: the paragraphs of all
// requested blocks in at most two syncs, then every phrase searched inside its own paragraph in one.
import { parseBlockId } from './blocks.ts';
import { loadTexts } from './read.ts';

/** Word's search takes at most 255 characters. */
export const SEARCH_LIMIT = 255;

/** Paragraph (text loaded) for each block id that still exists; two syncs at most. */
export async function paragraphsFor(context: Word.RequestContext, ids: readonly string[]): Promise<Map<string, Word.Paragraph>> {
  const locs = [...new Set(ids)].map((id) => ({ id, loc: parseBlockId(id) })).filter((x) => x.loc !== null);
  const needBody = locs.some((x) => x.loc!.part === 'body');
  const needSections = locs.some((x) => x.loc!.part === 'header' || x.loc!.part === 'footer');
  const needNotes = locs.some((x) => x.loc!.part === 'footnote');
  const body = needBody ? loadTexts(context.document.body.paragraphs) : null;
  const sections = needSections ? context.document.sections.load('items') : null;
  const notes = needNotes ? context.document.body.footnotes.load('items') : null;
  if (locs.length) await context.sync();

  // Second batch only for headers, footers and footnotes: one collection per distinct place.
  const collections = new Map<string, Word.ParagraphCollection>();
  for (const { loc } of locs) {
    if (loc!.part === 'header' || loc!.part === 'footer') {
      const key = `${loc!.part}:${loc!.section}:${loc!.type}`;
      const section = sections!.items[loc!.section];
      if (section && !collections.has(key)) {
        const hf = loc!.part === 'header' ? section.getHeader(loc!.type) : section.getFooter(loc!.type);
        collections.set(key, loadTexts(hf.paragraphs));
      }
    } else if (loc!.part === 'footnote') {
      const key = `footnote:${loc!.note}`;
      const note = notes!.items[loc!.note];
      if (note && !collections.has(key)) collections.set(key, loadTexts(note.body.paragraphs));
    }
  }
  if (collections.size) await context.sync();

  const out = new Map<string, Word.Paragraph>();
  for (const { id, loc } of locs) {
    let p: Word.Paragraph | undefined;
    if (loc!.part === 'body') p = body!.items[loc!.index];
    else if (loc!.part === 'footnote') p = collections.get(`footnote:${loc!.note}`)?.items[loc!.index];
    else p = collections.get(`${loc!.part}:${loc!.section}:${loc!.type}`)?.items[loc!.index];
    if (p) out.set(id, p);
  }
  return out;
}

/** How many times `needle` occurs (left to right, not overlapping, as Word's search counts) before `pos`. */
export function occurrenceBefore(haystack: string, needle: string, pos: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1 && i < pos; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Word's search treats ^ as a special character; ^^ finds a literal caret. */
export function searchText(s: string): string {
  return s.replace(/\^/g, '^^');
}

export interface Target { block: string; start: number; end: number; text: string }
export type Located = { range: Word.Range; target: Target } | { range: null; target: Target; why: 'gone' | 'changed' | 'not-found' };

interface Pending { target: Target; head: Word.RangeCollection; headIndex: number; tail?: Word.RangeCollection; tailIndex?: number }

/**
 * Ranges for the targets: each phrase is searched in its own paragraph (case-sensitive) and the
 * occurrence that starts at the finding's offset is taken; phrases over 255 characters are found by
 * their first and last 255 characters and joined. `load` names range properties to load with them.
 * One sync (plus the ones of paragraphsFor).
 */
export async function locate(context: Word.RequestContext, targets: readonly Target[], load = 'text'): Promise<Located[]> {
  const paragraphs = await paragraphsFor(context, targets.map((t) => t.block));
  const items = load.split(',').map((p) => `items/${p.trim()}`).join(',');
  const options = { matchCase: true, matchWildcards: false };
  const pending: (Pending | Located)[] = targets.map((target) => {
    const p = paragraphs.get(target.block);
    if (!p) return { range: null, target, why: 'gone' as const };
    if (p.text.slice(target.start, target.end) !== target.text) return { range: null, target, why: 'changed' as const };
    const head = target.text.slice(0, SEARCH_LIMIT);
    const r: Pending = { target, head: p.search(searchText(head), options).load(items), headIndex: occurrenceBefore(p.text, head, target.start) };
    if (target.text.length > SEARCH_LIMIT) {
      const tail = target.text.slice(-SEARCH_LIMIT);
      r.tail = p.search(searchText(tail), options).load(items);
      r.tailIndex = occurrenceBefore(p.text, tail, target.end - tail.length);
    }
    return r;
  });
  if (pending.some((x) => 'head' in x)) await context.sync();
  return pending.map((x): Located => {
    if (!('head' in x)) return x;
    const head = x.head.items[x.headIndex];
    if (!head) return { range: null, target: x.target, why: 'not-found' };
    if (!x.tail) return { range: head, target: x.target };
    const tail = x.tail.items[x.tailIndex!];
    return tail ? { range: head.expandTo(tail), target: x.target } : { range: null, target: x.target, why: 'not-found' };
  });
}
