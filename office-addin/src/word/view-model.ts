// Pure presentation logic of the Word pane (no DOM, no Office): the headline, gaps grouped by order
// paragraph, where a gap's comment and suggestion go, labels. Tested without Word.
import { collapseWhitespace, genderSplitOf, levelLabel, pillarFamily, reportHeadline, sectionName, severityLabel, type Family, type Finding, type FindingItem, type Gap, type Report, type Section } from '../../../core/index.ts';

export function sectionLabel(s: Section): string {
  const num = sectionName(s);
  return s.title ? `${num} ${collapseWhitespace(s.title)}` : num;
}

/**
 * The one sentence the planner must see first; null when the document has no gap. The core says it
 * (core/report/review.ts reportHeadline), in the document's language, so every surface shows the same line:
 * "Women, gender or UNSCR 1325 named 0 times in the main body, 26 times in annexes (Annex K)."
 */
export function headline(report: Report): { text: string; severe: boolean } | null {
  return reportHeadline(report);
}

/** Gender-specific mentions in the main text and in annexes, as the core counts them (review counts.genderSplit). */
export function genderSplit(report: Report): { main: number; annex: number } {
  const { mainBody, annex } = genderSplitOf(report.findings);
  return { main: mainBody, annex };
}

export interface ParagraphGaps { section: Section | null; label: string; gaps: Gap[] }

/**
 * Gaps per order paragraph, in document order: every top-level paragraph (1–5) and annex is listed,
 * those without gaps too, so "nothing expected is missing here" is visible; gaps about the whole
 * document come first.
 */
export function gapsByParagraph(report: Report): ParagraphGaps[] {
  const out: ParagraphGaps[] = [];
  const whole = report.gaps.filter((g) => !g.section || !report.structure.some((s) => s.id === g.section));
  if (whole.length) out.push({ section: null, label: 'Whole document', gaps: whole });
  const listed = report.structure.filter((s) => (s.kind === 'opord-paragraph' && !s.parent) || s.kind === 'annex' || report.gaps.some((g) => g.section === s.id));
  for (const s of listed) out.push({ section: s, label: sectionLabel(s), gaps: report.gaps.filter((g) => g.section === s.id) });
  return out;
}

/** Block id of the block containing a global offset of the joined text. */
function blockAt(report: Report, pos: number): string | undefined {
  const blocks = report.blocks ?? [];
  let found: string | undefined;
  for (const b of blocks) { if (b.start <= pos) found = b.id; else break; }
  return found;
}

/** The last non-empty block of a section (where text belonging to it is appended). */
function lastBlockOf(report: Report, s: Section): string | undefined {
  const blocks = (report.blocks ?? []).filter((b) => b.start >= s.start && b.start < Math.max(s.end, s.start + 1) && b.end > b.start);
  return blocks.at(-1)?.id ?? s.block ?? blockAt(report, s.start);
}

/**
 * Where a gap's comment goes (its paragraph's heading) and after which block its suggestion goes (the
 * end of that paragraph). A whole-document gap whose suggestion is numbered ("3.d.(x) …") goes to that
 * order paragraph; otherwise to the first heading.
 */
export function gapPlace(report: Report, gap: Gap): { comment?: string; insertAfter?: string; label: string; section?: Section } {
  let s = gap.section ? report.structure.find((x) => x.id === gap.section) : undefined;
  if (!s) {
    const n = /^\s*(\d+)\./.exec(gap.suggestion)?.[1];
    s = n ? report.structure.find((x) => x.kind === 'opord-paragraph' && x.number === n) : undefined;
  }
  if (s) return { comment: s.block ?? blockAt(report, s.start), insertAfter: lastBlockOf(report, s), label: sectionLabel(s), section: s };
  const first = report.structure[0] ?? null;
  const firstBlock = first ? (first.block ?? blockAt(report, first.start)) : report.blocks?.find((b) => b.end > b.start)?.id;
  return { comment: firstBlock, label: 'Start of the document' };
}

/** The tag a gap's comment carries, so the same gap is not commented twice (see addComments). */
export function commentMarker(gap: Gap): string {
  return `[WPS Lens ${gap.rule}]`;
}

/**
 * A gap's comment in the document: in the gap's (the document's) language, frame included, since it is
 * read by whoever edits the document: « WPS Lens [élevée, requise] : … Formulation proposée : … ».
 */
export function commentText(gap: Gap): string {
  const fr = gap.language === 'fr';
  const lang = fr ? 'fr' : 'en';
  const tags = [severityLabel(gap.severity, lang), ...(gap.level ? [levelLabel(gap.level, lang)] : [])].map((x) => x.toLowerCase()).join(', ');
  const colon = fr ? '\u00A0: ' : ': ';
  return `WPS Lens [${tags}]${colon}${collapseWhitespace(gap.reason)}\n${fr ? 'Formulation proposée' : 'Suggestion'}${colon}${collapseWhitespace(gap.suggestion)}\n`
    + `${fr ? 'Fondement' : 'Basis'}${colon}${collapseWhitespace(gap.basis)}\n${commentMarker(gap)}`;
}

export function findingWhere(report: Report, f: Finding): string {
  const s = f.section ? report.structure.find((x) => x.id === f.section) : undefined;
  return s ? sectionLabel(s) : 'Document';
}

export function gapKey(g: Gap): string {
  return `${g.rule}\u0000${g.section ?? ''}\u0000${g.concept ?? ''}`;
}


/** A piece of a finding's sentence: plain text, or the words of a finding (with its pillar family, for the mark's colour). */
export interface SentencePart { text: string; family?: Family }

/**
 * A review item's sentence from its block's text, the findings' words as marked parts, whitespace
 * collapsed. A sentence longer than `max` characters is cut around its first finding, with "…".
 * Without the block's text, the item's own sentence text.
 */
export function sentenceParts(blockText: string | undefined, item: Pick<FindingItem, 'sentence' | 'findings' | 'text'>, max = 320): SentencePart[] {
  let { start, end } = item.sentence;
  if (blockText === undefined || end > blockText.length) return [{ text: item.text }];
  const first = item.findings[0];
  if (first && end - start > max) {
    start = Math.max(start, first.start - Math.floor(max / 3));
    end = Math.min(end, Math.max(first.end, start + max));
  }
  const marks = [...item.findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: SentencePart[] = [];
  let at = start;
  for (const f of marks) {
    if (f.start < at || f.end > end || f.end <= f.start) continue; // overlaps the previous mark, or lies outside the cut
    if (f.start > at) parts.push({ text: blockText.slice(at, f.start) });
    parts.push({ text: blockText.slice(f.start, f.end), family: pillarFamily(f.pillar) });
    at = f.end;
  }
  if (at < end) parts.push({ text: blockText.slice(at, end) });
  for (const p of parts) p.text = p.text.replace(/\s+/g, ' ');
  if (parts.length) {
    parts[0]!.text = parts[0]!.text.trimStart();
    parts[parts.length - 1]!.text = parts[parts.length - 1]!.text.trimEnd();
  }
  if (start > item.sentence.start) parts.unshift({ text: '…' });
  if (end < item.sentence.end) parts.push({ text: '…' });
  return parts.filter((p) => p.text.length > 0);
}

/** "Gap 2 of 16" / "Sentence 3 of 40" once a list is known: 1-based position of an id, 0 when it is not in the list. */
export function positionOf(list: readonly { id: string }[], id: string | null): number {
  return id === null ? 0 : list.findIndex((x) => x.id === id) + 1;
}

/**
 * The item to show in a list after the list changed (a re-analysis, a dismissal, a search): the same id
 * when it is still listed, else the one now at its old position (clamped), else the first; null for an empty list.
 */
export function keepPlace(list: readonly { id: string }[], id: string | null, oldIndex: number): string | null {
  if (list.length === 0) return null;
  if (id !== null && list.some((x) => x.id === id)) return id;
  return list[Math.min(Math.max(oldIndex, 0), list.length - 1)]!.id;
}
