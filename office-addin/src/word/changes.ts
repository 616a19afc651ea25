/// <reference types="office-js" />
// The Word pane's "Changes": what the document's tracked changes, or the open document against an
// earlier version, do to its WPS provisions. The comparison is the core's compare() on the same
// paragraphs the CLI would read (one block per paragraph, as mammoth gives a .docx), so every surface
// shows the same result for the same two texts. Word is read in one sync; Show and Add comment
// are a fixed number of syncs each (paragraphs and comments, the search, the selection or comment).
import { compare, compareOptions, type Change, type Cite, type CompareChoice, type Comparison, type TextBlock } from '../../../core/index.ts';
import type { Supports, WordRun } from './blocks.ts';
import { occurrenceBefore, SEARCH_LIMIT, searchText } from './locate.ts';
import { isOne, t, tn, type StringKey, type UiLanguage } from './strings.ts';

/** Where Word has Body.getReviewedText (and comments). */
export const REVIEWED_TEXT_API = { set: 'WordApi', version: '1.4' } as const;

/**
 * Word's text as paragraphs: a carriage return ends a paragraph; table-cell marks (\u0007) are dropped;
 * a manual line break (\u000b) stays inside its paragraph as a line feed.
 */
export function wordParagraphs(text: string): string[] {
  const paras = text.replace(/\u0007/g, '').split(/\r\n|\r|\n/).map((p) => p.replace(/\u000b/g, '\n'));
  while (paras.length && paras[paras.length - 1] === '') paras.pop();
  return paras;
}

/**
 * One block per paragraph, empty ones included, id `prefix:index`: the core joins blocks with a blank
 * line, so the compared text is exactly the paragraphs joined with "\n\n", as a .docx reads in the CLI.
 */
export function paragraphBlocks(paragraphs: readonly string[], prefix: string): TextBlock[] {
  return paragraphs.map((text, i) => ({ id: `${prefix}:${i}`, text }));
}

/** A text read from a file (paragraphs separated by blank lines, as mammoth gives them) as blocks that join back to it exactly. */
export function textBlocks(text: string, prefix: string): TextBlock[] {
  return paragraphBlocks(text.split('\n\n'), prefix);
}

export type TrackedRead =
  | { supported: false }
  | { supported: true; original: string[]; current: string[] };

/** The document as it was before its tracked changes and as it reads with them accepted: one sync for both. */
export async function readTrackedTexts(run: WordRun, supports: Supports): Promise<TrackedRead> {
  if (!supports(REVIEWED_TEXT_API.set, REVIEWED_TEXT_API.version)) return { supported: false };
  return run(async (context) => {
    const body = context.document.body;
    const original = body.getReviewedText('Original');
    const current = body.getReviewedText('Current');
    await context.sync();
    return { supported: true, original: wordParagraphs(original.value), current: wordParagraphs(current.value) };
  });
}

/**
 * The open document's paragraphs as it reads now: its reviewed "Current" text where Word has it (tracked
 * deletions left out, as in a .docx with the changes accepted), else the paragraphs' text. One sync.
 */
export async function readCurrentText(run: WordRun, supports: Supports): Promise<string[]> {
  return run(async (context) => {
    if (supports(REVIEWED_TEXT_API.set, REVIEWED_TEXT_API.version)) {
      const current = context.document.body.getReviewedText('Current');
      await context.sync();
      return wordParagraphs(current.value);
    }
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items.map((p) => p.text.replace(/\u0007/g, ''));
  });
}

/** How the two sides are named in the core's summary ("Against the original text, the text with the tracked changes has…"). */
export const TRACKED_SOURCES = { oldSource: 'the original text', newSource: 'the text with the tracked changes' } as const;
export const OPEN_DOCUMENT = 'this document';

/** The two sides' names in the summary's language (the interface's). */
export function trackedSources(ui: UiLanguage): { oldSource: string; newSource: string } {
  return { oldSource: t(ui, 'chTrackedOld'), newSource: t(ui, 'chTrackedNew') };
}
export function openDocument(ui: UiLanguage): string {
  return t(ui, 'chThisDocument');
}

export type { CompareChoice };

/**
 * The two sides compared as the CLI compares them (old, new: paragraph blocks or a text), with the pane's
 * document type and language; `summaryLanguage` (the pane's interface language) is the language of the
 * summary and the notes, else the language chosen or the documents'.
 */
export function compareTexts(oldSide: string | readonly TextBlock[], newSide: readonly TextBlock[], o: CompareChoice = {}, summaryLanguage?: UiLanguage): Comparison {
  return compare(oldSide, newSide, { ...compareOptions(o), ...(summaryLanguage ? { summaryLanguage } : {}) });
}

/** Changes worth listing: every change but the provisions kept as they were. */
export function listedChanges(c: Comparison): Change[] {
  return c.changes.filter((x) => x.status !== 'kept');
}

const ORDER = ['removed', 'weakened', 'added', 'strengthened'] as const;
/** The verb of each count: for tracked changes ("would remove", « supprimeraient »), and for a file ("removes", « supprime »). */
const VERBS: Record<(typeof ORDER)[number], [StringKey, StringKey]> = {
  removed: ['chVerbRemoveTracked', 'chVerbRemoveFile'], weakened: ['chVerbWeakenTracked', 'chVerbWeakenFile'],
  added: ['chVerbAddTracked', 'chVerbAddFile'], strengthened: ['chVerbStrengthenTracked', 'chVerbStrengthenFile'],
};

function verbCount(c: Comparison, k: (typeof ORDER)[number]): number {
  return c.counts[k];
}

/** "remove 2 WPS provisions, weaken 1 and add 1" (« supprimeraient 2 dispositions FPS, en affaibliraient 1 et en ajouteraient 1 »): the first count names the noun. */
function verbList(c: Comparison, person: 0 | 1, ui: UiLanguage): string | null {
  const parts = ORDER.filter((k) => verbCount(c, k) > 0).map((k, i) => {
    const n = verbCount(c, k);
    const verb = t(ui, VERBS[k][person]);
    return i === 0 ? t(ui, isOne(ui, n) ? 'chFirstOne' : 'chFirst', { verb, n }) : t(ui, 'chNext', { verb, n });
  });
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0]! : t(ui, 'chAnd', { list: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
}

export interface Headline { text: string; severe: boolean }

/** The view's one line, in the interface language: "Your tracked changes would remove 2 WPS provisions and weaken 1." */
export function changesHeadline(c: Comparison, kind: { tracked: true } | { tracked: false; file: string }, ui: UiLanguage = 'en'): Headline {
  const severe = c.counts.removed + c.counts.weakened > 0;
  const moved = c.changes.filter((x) => x.status === 'moved').length;
  const movedNote = moved ? ` ${tn(ui, 'chHeadMoved', moved)}` : '';
  if (kind.tracked) {
    const list = verbList(c, 0, ui);
    return { severe, text: (list ? t(ui, 'chHeadTracked', { list }) : t(ui, 'chHeadTrackedNone')) + movedNote };
  }
  const list = verbList(c, 1, ui);
  return { severe, text: (list ? t(ui, 'chHeadFile', { file: kind.file, list }) : t(ui, 'chHeadFileNone', { file: kind.file })) + movedNote };
}

// ---------------------------------------------------------------- where a change is in Word

/** A place in the compared new text: a paragraph (by its block id and text) and, for a provision, its WPS words. */
export interface Place {
  block: string;
  /** The paragraph's text as compared. */
  text: string;
  /** First and last WPS word (paragraph offsets); absent: the whole paragraph. */
  head?: { start: number; end: number; text: string };
  tail?: { start: number; end: number; text: string };
}

const indexOf = (id: string) => Number(id.slice(id.lastIndexOf(':') + 1));

/** The new provision's words in its paragraph. */
function placeOfCite(cite: Cite, blocks: ReadonlyMap<string, string>): Place | null {
  const block = cite.block ?? cite.words[0]?.block;
  if (block === undefined) return null;
  const text = blocks.get(block);
  if (text === undefined) return null;
  const words = cite.words.filter((w) => (w.block ?? block) === block);
  const first = words[0], last = words.at(-1);
  if (!first || !last) return { block, text };
  const head = { start: first.start, end: first.end, text: first.text };
  return last === first ? { block, text, head } : { block, text, head, tail: { start: last.start, end: last.end, text: last.text } };
}

/**
 * For a removed provision, the paragraph of the new text nearest to where it stood: the closest old
 * paragraph before it (else after it) that the new text still has, aligned by the comparison or word
 * for word; failing that, the new side of the nearest change before it.
 */
export function nearestParagraph(change: Change, c: Comparison, oldBlocks: readonly TextBlock[], newBlocks: readonly TextBlock[]): string | null {
  const oldId = change.old?.block;
  const k = oldId === undefined ? -1 : oldBlocks.findIndex((b) => b.id === oldId);
  if (k >= 0) {
    const aligned = new Map<string, string>();
    for (const x of c.changes) if (x.old?.block !== undefined && x.new?.block !== undefined) aligned.set(x.old.block, x.new.block);
    const byText = new Map<string, number[]>();
    newBlocks.forEach((b, j) => { if (!b.text.trim()) return; const l = byText.get(b.text); if (l) l.push(j); else byText.set(b.text, [j]); });
    const match = (i: number): string | null => {
      const b = oldBlocks[i]!;
      const a = aligned.get(b.id);
      if (a !== undefined) return a;
      const js = byText.get(b.text);
      if (!js) return null;
      // Of equal paragraphs, the one at the closest position.
      return newBlocks[js.reduce((x, y) => (Math.abs(y - i) < Math.abs(x - i) ? y : x))]!.id;
    };
    for (let i = k - 1; i >= 0; i--) { const m = match(i); if (m) return m; }
    for (let i = k + 1; i < oldBlocks.length; i++) { const m = match(i); if (m) return m; }
  }
  const at = c.changes.indexOf(change);
  for (let i = at - 1; i >= 0; i--) { const b = c.changes[i]!.new?.block; if (b !== undefined) return b; }
  for (let i = at + 1; i < c.changes.length; i++) { const b = c.changes[i]!.new?.block; if (b !== undefined) return b; }
  return newBlocks.find((b) => b.text.trim())?.id ?? null;
}

/** Where "Show" and "Add comment" go for a change: the new provision's words, or the nearest paragraph for a removed one. */
export function placeOf(change: Change, c: Comparison, oldBlocks: readonly TextBlock[], newBlocks: readonly TextBlock[]): Place | null {
  const texts = new Map(newBlocks.map((b) => [b.id, b.text]));
  if (change.new) return placeOfCite(change.new, texts);
  const block = nearestParagraph(change, c, oldBlocks, newBlocks);
  return block === null ? null : { block, text: texts.get(block) ?? '' };
}

const clean = (s: string) => s.replace(/\u0007/g, '').replace(/\u000b/g, '\n').replace(/\r$/, '');

/**
 * Which Word paragraph holds a compared paragraph: the one at its index when the text is the same,
 * else the nearest with the same text, else (a paragraph with tracked deletions reads differently in
 * Word) the nearest holding its first WPS word, else the one at its index.
 */
export function matchParagraph(word: readonly string[], index: number, text: string, needle?: string): number | null {
  const w = word.map(clean);
  if (w[index] === text) return index;
  const near = (ok: (t: string) => boolean): number | null => {
    let best: number | null = null;
    w.forEach((t, j) => { if (ok(t) && (best === null || Math.abs(j - index) < Math.abs(best - index))) best = j; });
    return best;
  };
  return near((t) => t === text) ?? (needle ? near((t) => t.includes(needle)) : null) ?? (index < w.length ? index : null);
}

export type PlaceResult = 'done' | 'gone' | 'not-found' | 'exists';

/**
 * Selects the place (Show), or puts a comment on it. Syncs: 1 paragraphs (and comments), 2 the search
 * (only for words), 3 the selection or comment. `marker`: a comment already holding it is not added again.
 */
export async function actOnPlace(run: WordRun, place: Place, action: { kind: 'select' } | { kind: 'comment'; text: string; marker: string }): Promise<PlaceResult> {
  return run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    const comments = action.kind === 'comment' ? context.document.body.getComments().load('items/content') : null;
    await context.sync(); // 1
    if (comments && action.kind === 'comment' && comments.items.some((x) => x.content.includes(action.marker))) return 'exists';
    const j = matchParagraph(paragraphs.items.map((p) => p.text), indexOf(place.block), place.text, place.head?.text);
    const p = j === null ? undefined : paragraphs.items[j];
    if (!p) return 'gone';
    let range: Word.Range;
    if (place.head) {
      const options = { matchCase: true, matchWildcards: false };
      const headText = place.head.text.slice(0, SEARCH_LIMIT);
      const head = p.search(searchText(headText), options).load('items');
      const tailText = place.tail?.text.slice(-SEARCH_LIMIT);
      const tail = place.tail && tailText ? p.search(searchText(tailText), options).load('items') : null;
      await context.sync(); // 2
      const h = head.items[Math.min(occurrenceBefore(place.text, headText, place.head.start), head.items.length - 1)];
      if (!h) return 'not-found';
      const t = tail && tailText ? tail.items[Math.min(occurrenceBefore(place.text, tailText, place.tail!.end - tailText.length), tail.items.length - 1)] : undefined;
      range = t ? h.expandTo(t) : h;
    } else range = p.getRange('Whole');
    if (action.kind === 'select') range.select('Select'); else range.insertComment(action.text);
    await context.sync(); // 3
    return 'done';
  });
}

// ---------------------------------------------------------------- words of a change

const STATUS_KEY: Record<Change['status'], StringKey> = {
  added: 'chStatusAdded', removed: 'chStatusRemoved', kept: 'chStatusKept', strengthened: 'chStatusStrengthened', weakened: 'chStatusWeakened',
  moved: 'chStatusMoved', 'moved+strengthened': 'chStatusMovedStrengthened', 'moved+weakened': 'chStatusMovedWeakened',
};

/** What happened to a provision, in the interface language ("Moved, weakened", « Déplacée, affaiblie »). */
export function statusLabel(status: Change['status'], ui: UiLanguage = 'en'): string {
  return t(ui, STATUS_KEY[status]);
}

/** The English status names, as the comments put in the document say them. */
export const STATUS_LABEL = Object.fromEntries(Object.keys(STATUS_KEY).map((k) => [k, statusLabel(k as Change['status'], 'en')])) as Record<Change['status'], string>;

/** FNV-1a, for a comment marker that names a change across sessions. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(36);
}

export function changeMarker(change: Change): string {
  return `[WPS Lens change ${hash([change.status, change.old?.text, change.old?.excerpt, change.new?.text, change.new?.excerpt].join('\u0000'))}]`;
}

/** The comment put on a change: what happened, the words on each side, and the marker. */
export function changeComment(change: Change, conceptLabel: (id: string) => string): string {
  const words = (c?: Cite) => (c?.text ? `“${c.text}”` : '—');
  const lines = [`WPS Lens: ${STATUS_LABEL[change.status].toLowerCase()} (${change.concepts.map(conceptLabel).join(', ')})`];
  if (change.note) lines.push(change.note);
  lines.push(`${words(change.old)} → ${words(change.new)}`);
  if (!change.new && change.old) lines.push(`Removed text: ${change.old.excerpt}`);
  lines.push(changeMarker(change));
  return lines.join('\n');
}
