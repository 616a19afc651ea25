/// <reference types="office-js" />
// Reads the document (or the selection) as the core's TextBlock[]: one block per paragraph, in reading
// order: body (tables included: Word lists cell paragraphs among the body's), then headers and footers,
// then footnotes. Two context.sync() calls for the whole document, whatever its size; the selection
// needs at most one more, to place an ambiguous selection.
// Automatic list numbering ("1.", "a.", "(1)") is not part of a paragraph's text in Word, yet order
// paragraphs are recognised by it: where Word exposes it (WordApi 1.3), the block starts with the list
// string and a space, and `prefixes` says how many characters to take off to get back to Word's text.
import type { TextBlock } from '../../../core/index.ts';
import { blockId, type BlockLoc, type HeaderFooterType, type Supports, type WordRun } from './blocks.ts';

export type ScanScope = 'document' | 'selection';
/** What the pane says about a selection scan (its strings.json key): nothing selected, or a selection outside the body. */
export type ReadNote = 'nothingSelected' | 'outsideBody';
export interface ReadResult { blocks: TextBlock[]; scope: ScanScope; note?: ReadNote; /** block id → length of the list-number prefix */ prefixes: Record<string, number> }

const HF_TYPES: HeaderFooterType[] = ['Primary', 'FirstPage', 'EvenPages'];

/** Loads the text of every item of a paragraph collection (queued, not synced). */
export function loadTexts(paragraphs: Word.ParagraphCollection): Word.ParagraphCollection {
  return paragraphs.load('items/text');
}

/** Text plus, for list items, the list string: what readDocument needs (queued, not synced). */
function loadWithLists(paragraphs: Word.ParagraphCollection, lists: boolean): Word.ParagraphCollection {
  return lists ? paragraphs.load('items/text,items/isListItem,items/listItemOrNullObject/listString') : loadTexts(paragraphs);
}

/** The block for a paragraph: its list string (if any), a space, its text. */
function block(id: string, p: Word.Paragraph, lists: boolean, prefixes: Record<string, number>): TextBlock {
  const list = lists && p.isListItem ? p.listItemOrNullObject.listString.trim() : '';
  if (!list) return { id, text: p.text };
  prefixes[id] = list.length + 1;
  return { id, text: `${list} ${p.text}` };
}

export async function readDocument(run: WordRun, supports: Supports, scope: ScanScope = 'document'): Promise<ReadResult> {
  return run(async (context) => {
    const lists = supports('WordApi', '1.3');
    const prefixes: Record<string, number> = {};
    const body = loadWithLists(context.document.body.paragraphs, lists);
    const sections = context.document.sections.load('items');
    const notes = supports('WordApi', '1.5') ? context.document.body.footnotes.load('items') : null;
    const selected = scope === 'selection' ? loadTexts(context.document.getSelection().paragraphs) : null;
    await context.sync(); // 1

    if (selected) return readSelection(context, body, selected, lists);

    const extra: { loc: (i: number) => BlockLoc; paragraphs: Word.ParagraphCollection }[] = [];
    sections.items.forEach((section, s) => {
      for (const type of HF_TYPES) {
        extra.push({ loc: (index) => ({ part: 'header', section: s, type, index }), paragraphs: loadWithLists(section.getHeader(type).paragraphs, lists) });
        extra.push({ loc: (index) => ({ part: 'footer', section: s, type, index }), paragraphs: loadWithLists(section.getFooter(type).paragraphs, lists) });
      }
    });
    notes?.items.forEach((note, n) => extra.push({ loc: (index) => ({ part: 'footnote', note: n, index }), paragraphs: loadWithLists(note.body.paragraphs, lists) }));
    if (extra.length) await context.sync(); // 2

    const blocks: TextBlock[] = body.items.map((p, index) => block(blockId({ part: 'body', index }), p, lists, prefixes));
    for (const e of extra) {
      e.paragraphs.items.forEach((p, index) => { if (p.text.trim()) blocks.push(block(blockId(e.loc(index)), p, lists, prefixes)); });
    }
    return { blocks, scope: 'document', prefixes };
  });
}

/**
 * The selected paragraphs, with ids of their place in the body. The selection's paragraph texts are a
 * contiguous run of the body's; where that run occurs more than once, Word compares locations.
 */
async function readSelection(context: Word.RequestContext, body: Word.ParagraphCollection, selected: Word.ParagraphCollection, lists: boolean): Promise<ReadResult> {
  const all = body.items.map((p) => p.text);
  const sel = selected.items.map((p) => p.text);
  if (sel.length === 0) return { blocks: [], scope: 'selection', note: 'nothingSelected', prefixes: {} };
  const starts: number[] = [];
  for (let i = 0; i + sel.length <= all.length; i++) {
    if (all[i] === sel[0] && sel.every((t, k) => all[i + k] === t)) starts.push(i);
  }
  let start = starts[0];
  if (starts.length > 1) {
    const first = selected.items[0]!.getRange('Whole');
    const answers = starts.map((i) => body.items[i]!.getRange('Whole').compareLocationWith(first));
    await context.sync();
    start = starts[answers.findIndex((a) => a.value === 'Equal')] ?? starts[0];
  }
  if (start === undefined) {
    // Selection outside the body (a header, a footnote): scanned, but its findings cannot be located.
    return { blocks: sel.map((text, i) => ({ id: `selection:${i}`, text })), scope: 'selection', note: 'outsideBody', prefixes: {} };
  }
  const prefixes: Record<string, number> = {};
  const blocks = sel.map((_, k) => block(blockId({ part: 'body', index: start + k }), body.items[start + k]!, lists, prefixes));
  return { blocks, scope: 'selection', prefixes };
}
