/// <reference types="office-js" />
// Reads the document (or the selection) as the core's TextBlock[]: one block per paragraph, in reading
// order: body (tables included: Word lists cell paragraphs among the body's), then headers and footers,
// then footnotes. Two context.sync() calls for the whole document, whatever its size; the selection
// needs at most one more, to place an ambiguous selection.
import type { TextBlock } from '../../../core/index.ts';
import { blockId, type BlockLoc, type HeaderFooterType, type Supports, type WordRun } from './blocks.ts';

export type ScanScope = 'document' | 'selection';
export interface ReadResult { blocks: TextBlock[]; scope: ScanScope; note?: string }

const HF_TYPES: HeaderFooterType[] = ['Primary', 'FirstPage', 'EvenPages'];

/** Loads the text of every item of a paragraph collection (queued, not synced). */
export function loadTexts(paragraphs: Word.ParagraphCollection): Word.ParagraphCollection {
  return paragraphs.load('items/text');
}

export async function readDocument(run: WordRun, supports: Supports, scope: ScanScope = 'document'): Promise<ReadResult> {
  return run(async (context) => {
    const body = loadTexts(context.document.body.paragraphs);
    const sections = context.document.sections.load('items');
    const notes = supports('WordApi', '1.5') ? context.document.body.footnotes.load('items') : null;
    const selected = scope === 'selection' ? loadTexts(context.document.getSelection().paragraphs) : null;
    await context.sync(); // 1

    if (selected) return readSelection(context, body, selected);

    const extra: { loc: (i: number) => BlockLoc; paragraphs: Word.ParagraphCollection }[] = [];
    sections.items.forEach((section, s) => {
      for (const type of HF_TYPES) {
        extra.push({ loc: (index) => ({ part: 'header', section: s, type, index }), paragraphs: loadTexts(section.getHeader(type).paragraphs) });
        extra.push({ loc: (index) => ({ part: 'footer', section: s, type, index }), paragraphs: loadTexts(section.getFooter(type).paragraphs) });
      }
    });
    notes?.items.forEach((note, n) => extra.push({ loc: (index) => ({ part: 'footnote', note: n, index }), paragraphs: loadTexts(note.body.paragraphs) }));
    if (extra.length) await context.sync(); // 2

    const blocks: TextBlock[] = body.items.map((p, index) => ({ id: blockId({ part: 'body', index }), text: p.text }));
    for (const e of extra) {
      e.paragraphs.items.forEach((p, index) => { if (p.text.trim()) blocks.push({ id: blockId(e.loc(index)), text: p.text }); });
    }
    return { blocks, scope: 'document' };
  });
}

/**
 * The selected paragraphs, with ids of their place in the body. The selection's paragraph texts are a
 * contiguous run of the body's; where that run occurs more than once, Word compares locations.
 */
async function readSelection(context: Word.RequestContext, body: Word.ParagraphCollection, selected: Word.ParagraphCollection): Promise<ReadResult> {
  const all = body.items.map((p) => p.text);
  const sel = selected.items.map((p) => p.text);
  if (sel.length === 0) return { blocks: [], scope: 'selection', note: 'Nothing is selected.' };
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
    return { blocks: sel.map((text, i) => ({ id: `selection:${i}`, text })), scope: 'selection', note: 'The selection is outside the main text: findings are listed but cannot be selected in Word.' };
  }
  return { blocks: sel.map((text, k) => ({ id: blockId({ part: 'body', index: start + k }), text })), scope: 'selection' };
}
