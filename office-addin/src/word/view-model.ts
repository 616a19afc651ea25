// Pure presentation logic of the Word pane (no DOM, no Office): the headline, gaps grouped by order
// paragraph, where a gap's comment and suggestion go, labels. Tested without Word.
import { collapseWhitespace, sectionName, type Finding, type Gap, type Report, type Section } from '../../../core/index.ts';

export function sectionLabel(s: Section): string {
  const num = sectionName(s);
  return s.title ? `${num} ${collapseWhitespace(s.title)}` : num;
}

function isMainBodyKeywordRule(g: Gap): boolean {
  return g.rule.endsWith('.main-body-keywords');
}

/**
 * The one sentence the planner must see first; null when the document has no gap. For the main-body
 * keyword rule it gives the counts the core measured (gap.evidence): "Women, gender or UNSCR 1325
 * named 0 times in the main body, 26 times in annexes (Annex K)".
 */
export function headline(report: Report): { text: string; severe: boolean } | null {
  const main = report.gaps.find(isMainBodyKeywordRule);
  if (main) {
    // The annexes the rule's own mentions are in (core's gap evidence), else where gender-specific findings are.
    const annexIds = main.evidence?.annexSections ?? report.findings.filter((f) => f.annex && f.genderSpecific && !f.negated).map((f) => f.section);
    const annexes = [...new Set(annexIds)]
      .map((id) => report.structure.find((s) => s.id === id))
      .filter((s): s is Section => s !== undefined)
      .map((s) => s.number ?? sectionLabel(s));
    const body = report.profile.id === 'oporder' ? 'the main body' : 'the main text';
    const ev = main.evidence;
    if (ev) {
      const hasAnnexes = ev.annex > 0 || report.structure.some((s) => s.kind === 'annex');
      const inAnnexes = hasAnnexes ? `, ${times(ev.annex)} in annexes${ev.annex > 0 && annexes.length ? ` (${joinAnd(annexes)})` : ''}` : '';
      const negated = ev.negated ? `; ${times(ev.negated)} only as absent or not done` : '';
      return { text: `Women, gender or UNSCR 1325 named ${times(ev.mainBody)} in ${body}${inAnnexes}${negated}.`, severe: true };
    }
    if (main.kind === 'annex-only' && annexes.length) {
      return { text: `${capital(body)} never names women, gender or UNSCR 1325; only ${joinAnd(annexes)} ${annexes.length > 1 ? 'do' : 'does'}.`, severe: true };
    }
    return { text: `${capital(body)} never names women, gender or UNSCR 1325.`, severe: true };
  }
  if (report.gaps.length === 0) return null;
  const high = report.gaps.filter((g) => g.severity === 'high').length;
  return { text: `${report.gaps.length} gap${report.gaps.length === 1 ? '' : 's'}${high ? `, ${high} of them serious` : ''}.`, severe: high > 0 };
}

function times(n: number): string { return `${n} time${n === 1 ? '' : 's'}`; }

/** Gender-specific mentions (not negated) in the main text and in annexes: the classic case in numbers. */
export function genderSplit(report: Report): { main: number; annex: number } {
  let main = 0;
  let annex = 0;
  for (const f of report.findings) {
    if (!f.genderSpecific || f.negated) continue;
    if (f.annex) annex++; else main++;
  }
  return { main, annex };
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
export function gapPlace(report: Report, gap: Gap): { comment?: string; insertAfter?: string; label: string } {
  let s = gap.section ? report.structure.find((x) => x.id === gap.section) : undefined;
  if (!s) {
    const n = /^\s*(\d+)\./.exec(gap.suggestion)?.[1];
    s = n ? report.structure.find((x) => x.kind === 'opord-paragraph' && x.number === n) : undefined;
  }
  if (s) return { comment: s.block ?? blockAt(report, s.start), insertAfter: lastBlockOf(report, s), label: sectionLabel(s) };
  const first = report.structure[0] ?? null;
  const firstBlock = first ? (first.block ?? blockAt(report, first.start)) : report.blocks?.find((b) => b.end > b.start)?.id;
  return { comment: firstBlock, label: 'Start of the document' };
}

/** The tag a gap's comment carries, so the same gap is not commented twice (see addComments). */
export function commentMarker(gap: Gap): string {
  return `[WPS Lens ${gap.rule}]`;
}

export function commentText(gap: Gap): string {
  const level = gap.level ? `, ${gap.level}` : '';
  return `WPS Lens [${gap.severity}${level}]: ${collapseWhitespace(gap.reason)}\nSuggestion: ${collapseWhitespace(gap.suggestion)}\nBasis: ${collapseWhitespace(gap.basis)}\n${commentMarker(gap)}`;
}

export function findingWhere(report: Report, f: Finding): string {
  const s = f.section ? report.structure.find((x) => x.id === f.section) : undefined;
  return s ? sectionLabel(s) : 'Document';
}

export function gapKey(g: Gap): string {
  return `${g.rule}\u0000${g.section ?? ''}\u0000${g.concept ?? ''}`;
}

function capital(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1); }
function joinAnd(xs: string[]): string { return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`; }
