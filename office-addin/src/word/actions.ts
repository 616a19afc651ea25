/// <reference types="office-js" />
// What the pane does in Word: select a finding, highlight all and clear, comment on gaps, insert a
// suggestion. Each is a fixed number of context.sync() calls, never one per finding or paragraph.
import { pillarFamily, type Family, type Finding } from '../../../core/index.ts';
import { parseBlockId, type Supports, type WordRun } from './blocks.ts';
import { locate, paragraphsFor, type Target } from './locate.ts';

/** Block id → characters the block has before Word's paragraph text (the list number; see read.ts). */
export type Prefixes = Readonly<Record<string, number>>;

/** Where a finding is in Word's paragraph text. Null when it has no block or lies in the list number. */
export function targetOf(f: Finding, prefixes: Prefixes = {}): Target | null {
  if (f.block === undefined) return null;
  const shift = prefixes[f.block] ?? 0;
  if (f.start < shift) return null;
  return { block: f.block, start: f.start - shift, end: f.end - shift, text: f.text };
}

export type SelectResult = 'selected' | 'gone' | 'changed' | 'not-found';

/** Selects the finding's words in Word (Word scrolls to the selection). */
export async function selectFinding(run: WordRun, target: Target): Promise<SelectResult> {
  return run(async (context) => {
    const [hit] = await locate(context, [target]);
    if (!hit?.range) return hit?.why ?? 'not-found';
    hit.range.select('Select');
    await context.sync();
    return 'selected';
  });
}

// ---------------------------------------------------------------- highlights

/** A colour highlight we wrote, with the colour that was there before (null: none). */
export interface ColourMark { block: string; start: number; end: number; text: string; previous: string | null; painted: string }
/** What Highlight all left in the document, so Clear highlights can undo exactly that. */
export interface HighlightState { annotations: { block: string; ids: string[] }[]; colours: ColourMark[] }
export const EMPTY_HIGHLIGHTS: HighlightState = { annotations: [], colours: [] };

/** Word highlight colour per WPS pillar family (light tints: dark text stays readable). */
export const FAMILY_HIGHLIGHT: Record<Family, string> = {
  participation: '#9FD3FF', protection: '#FFB3B3', prevention: '#D9C2FF', 'relief-recovery': '#B5E8B5', 'gender-perspective': '#FFD8A8',
};
/** Critique annotation colour scheme per family (WordApi 1.7). */
export const FAMILY_CRITIQUE: Record<Family, Word.Critique['colorScheme']> = {
  participation: 'Blue', protection: 'Red', prevention: 'Lavender', 'relief-recovery': 'Green', 'gender-perspective': 'Berry',
};

export interface HighlightResult { state: HighlightState; marked: number; skipped: number; method: 'annotations' | 'colour' }

/**
 * Marks every finding. Where Word supports critique annotations (WordApi 1.7) they are used: they sit
 * on top of the text and change nothing in it. Otherwise each finding's range is coloured by pillar,
 * after recording the highlight colour it had; a range with mixed highlighting is left alone, so
 * nothing the author set can be lost.
 */
export async function highlightAll(run: WordRun, supports: Supports, findings: readonly Finding[], prefixes: Prefixes = {}): Promise<HighlightResult> {
  const targets = uniqueTargets(findings, prefixes);
  if (supports('WordApi', '1.7')) return annotate(run, targets);
  return run(async (context) => {
    const located = await locate(context, targets.map((t) => t.target), 'text,font/highlightColor');
    const painted: { mark: Omit<ColourMark, 'painted'>; range: Word.Range }[] = [];
    let skipped = 0;
    located.forEach((hit, i) => {
      const previous = hit.range?.font.highlightColor;
      if (!hit.range || previous === '' || previous === undefined) { skipped++; return; } // gone, changed, or mixed colours
      hit.range.font.highlightColor = FAMILY_HIGHLIGHT[targets[i]!.family];
      painted.push({ mark: { ...hit.target, previous }, range: hit.range });
    });
    for (const p of painted) p.range.load('font/highlightColor');
    await context.sync(); // paints, and reads back the colour as Word stores it
    const colours = painted.map((p) => ({ ...p.mark, painted: p.range.font.highlightColor }));
    return { state: { annotations: [], colours }, marked: colours.length, skipped, method: 'colour' };
  });
}

async function annotate(run: WordRun, targets: { target: Target; family: Family }[]): Promise<HighlightResult> {
  return run(async (context) => {
    const paragraphs = await paragraphsFor(context, targets.map((t) => t.target.block));
    const byBlock = new Map<string, { target: Target; family: Family }[]>();
    for (const t of targets) {
      const list = byBlock.get(t.target.block);
      if (list) list.push(t); else byBlock.set(t.target.block, [t]);
    }
    const pending: { block: string; ids: OfficeExtension.ClientResult<string[]> }[] = [];
    let skipped = 0;
    for (const [block, list] of byBlock) {
      const p = paragraphs.get(block);
      const ok = withoutOverlaps(list.filter((t) => p && p.text.slice(t.target.start, t.target.end) === t.target.text));
      skipped += list.length - ok.length;
      if (!p || ok.length === 0) continue;
      const critiques = ok.map((t) => ({ colorScheme: FAMILY_CRITIQUE[t.family], start: t.target.start, length: t.target.end - t.target.start }));
      pending.push({ block, ids: p.insertAnnotations({ critiques }) });
    }
    await context.sync();
    const annotations = pending.map((x) => ({ block: x.block, ids: x.ids.value }));
    return { state: { annotations, colours: [] }, marked: annotations.reduce((n, a) => n + a.ids.length, 0), skipped, method: 'annotations' };
  });
}

/** One annotation per stretch of text: of overlapping findings the longer (then the earlier) is kept. */
function withoutOverlaps<T extends { target: Target }>(list: T[]): T[] {
  const byLength = [...list].sort((a, b) => (b.target.end - b.target.start) - (a.target.end - a.target.start) || a.target.start - b.target.start);
  const kept: T[] = [];
  for (const t of byLength) if (!kept.some((k) => k.target.start < t.target.end && t.target.start < k.target.end)) kept.push(t);
  return kept.sort((a, b) => a.target.start - b.target.start);
}

function uniqueTargets(findings: readonly Finding[], prefixes: Prefixes): { target: Target; family: Family }[] {
  const seen = new Set<string>();
  const out: { target: Target; family: Family }[] = [];
  for (const f of findings) {
    const t = targetOf(f, prefixes);
    const key = t && `${t.block}\u0000${t.start}\u0000${t.end}`;
    if (!t || !key || seen.has(key)) continue;
    seen.add(key);
    out.push({ target: t, family: pillarFamily(f.pillar) });
  }
  return out;
}

export interface ClearResult { restored: number; keptAuthorChanges: number; removedAnnotations: number }

/**
 * Undoes Highlight all: deletes our annotations, and gives each range we coloured back the colour it
 * had before, unless the author has recoloured it since (then their colour stays).
 */
export async function clearHighlights(run: WordRun, state: HighlightState): Promise<ClearResult> {
  return run(async (context) => {
    let removedAnnotations = 0;
    if (state.annotations.length) {
      const paragraphs = await paragraphsFor(context, state.annotations.map((a) => a.block));
      const lists = state.annotations.map((a) => ({ ids: new Set(a.ids), list: paragraphs.get(a.block)?.getAnnotations().load('items/id') }));
      await context.sync();
      for (const { ids, list } of lists) for (const a of list?.items ?? []) if (ids.has(a.id)) { a.delete(); removedAnnotations++; }
    }
    let restored = 0;
    let keptAuthorChanges = 0;
    if (state.colours.length) {
      // Later marks first: where two marks overlap, the earlier one's "previous" is the older colour.
      const marks = [...state.colours].reverse();
      const located = await locate(context, marks, 'text,font/highlightColor');
      located.forEach((hit, i) => {
        const mark = marks[i]!;
        if (!hit.range) { keptAuthorChanges++; return; }
        if (!sameColour(hit.range.font.highlightColor, mark.painted)) { keptAuthorChanges++; return; }
        hit.range.font.highlightColor = mark.previous as string; // null removes the highlight
        restored++;
      });
    }
    await context.sync();
    return { restored, keptAuthorChanges, removedAnnotations };
  });
}

function sameColour(a: string | null, b: string | null): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

// ---------------------------------------------------------------- comments and suggestions

export interface CommentItem {
  block: string;
  text: string;
  /** A tag inside the text that identifies what the comment is about (a gap's rule): a comment already in
   *  the document with the same tag, from this or an earlier session, is not added again. */
  marker?: string;
}
export interface CommentResult { added: number; missing: number; existing: number }

/**
 * Adds one Word comment per item on its paragraph. The document's comments are read in the same
 * batch as the paragraphs (no extra round trip), so items whose marker is already in a comment are
 * skipped: re-running "Comment on gaps" after reopening the document adds no duplicates.
 */
export async function addComments(run: WordRun, items: readonly CommentItem[]): Promise<CommentResult> {
  return run(async (context) => {
    const marked = items.some((i) => i.marker);
    const comments = marked ? context.document.body.getComments().load('items/content') : null;
    const paragraphs = await paragraphsFor(context, items.map((i) => i.block));
    if (comments && !items.some((i) => parseBlockId(i.block))) await context.sync(); // paragraphsFor had nothing to sync
    const present = comments ? comments.items.map((c) => c.content) : [];
    const seen = new Set<string>();
    let added = 0;
    let existing = 0;
    let missing = 0;
    for (const item of items) {
      if (item.marker && (seen.has(item.marker) || present.some((c) => c.includes(item.marker!)))) { existing++; continue; }
      const p = paragraphs.get(item.block);
      if (!p) { missing++; continue; }
      p.getRange('Whole').insertComment(item.text);
      if (item.marker) seen.add(item.marker);
      added++;
    }
    await context.sync();
    return { added, missing, existing };
  });
}

export type InsertPlace = { after: string } | 'cursor';
export interface InsertResult { inserted: boolean; tracked: boolean | null }

/**
 * Inserts the suggestion as a new paragraph after a block (or after the cursor). Track changes is the
 * author's setting: it is read, never changed, so with tracking on Word records the insertion as a
 * tracked change. tracked is null where Word cannot tell (before WordApi 1.4).
 */
export async function insertSuggestion(run: WordRun, supports: Supports, text: string, place: InsertPlace): Promise<InsertResult> {
  return run(async (context) => {
    const doc = supports('WordApi', '1.4') ? context.document.load('changeTrackingMode') : null;
    let anchor: Word.Paragraph | Word.Range | undefined;
    if (place === 'cursor') anchor = context.document.getSelection();
    else anchor = (await paragraphsFor(context, [place.after])).get(place.after);
    if (!anchor) return { inserted: false, tracked: null };
    anchor.insertParagraph(text, 'After');
    await context.sync();
    return { inserted: true, tracked: doc ? doc.changeTrackingMode !== 'Off' : null };
  });
}

/** Selects a whole paragraph (a gap's place). */
export async function selectBlock(run: WordRun, block: string): Promise<boolean> {
  return run(async (context) => {
    const p = (await paragraphsFor(context, [block])).get(block);
    if (!p) return false;
    p.select('Select');
    await context.sync();
    return true;
  });
}
