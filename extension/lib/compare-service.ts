// Background-only: the Changes view's comparison. The tab's current scan (its blocks and report, reused)
// is the new side; the old side is a kept scan of the same address (history.ts; analysed again with the
// tab's document type, language, lexicon and dismissals, so both sides are judged alike) or another
// tab's scan (its report reused). The core's compare() does the rest.
import { compare } from '../../core/compare/compare.ts';
import { compareOptions } from '../../core/compare/choices.ts';
import type { Comparison } from '../../core/compare/schema.ts';
import type { Lexicon } from '../../core/lexicon/compile.ts';
import type { Dismissal } from '../../core/analysis/dismiss.ts';
import type { Report, TextBlock } from '../../core/schema.ts';
import { conceptLabel } from '../../core/lexicon/labels.ts';
import { trIn, type UiLanguage } from './i18n.ts';
import { analyzeBlocks } from './analysis.ts';
import { addressOf, getEntry, type HistoryArea, type HistoryItem } from './history.ts';
import { OLD_TEXT_MAX, type CompareSources, type CompareWith, type LanguageChoice } from './messages.ts';

export interface ScannedTab {
  url: string;
  title: string;
  blocks: TextBlock[];
  profile: string;
  language: LanguageChoice;
  report: Report;
  scannedAt: string;
  /** The kept history entry of this scan (history.ts), when it was kept. */
  historyId?: string;
}

export interface CompareContext {
  area: HistoryArea;
  lexicon: Lexicon;
  dismissals: readonly Dismissal[];
  /** The reader's interface language: the summary's and the sides' names (default: the documents'). */
  ui?: UiLanguage;
}

/** "22 Nov 2026, 14:05:09" in the reader's language (the browser's locale when none is given). */
export function when(iso: string, lang?: UiLanguage): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** A name for the summary: docName() reads "/" as a folder separator, so a title keeps its slashes as look-alikes. */
const nameOf = (s: string) => s.replace(/[\\/]/g, '\u2215').trim();

export type Compared = { ok: true; comparison: Comparison; old: Side; new: Side; oldText: Record<string, string>; conceptLabels: Record<string, string> } | { ok: false; error: string };
interface Side { label: string; title: string; url: string; scannedAt: string }

export async function compareScan(tab: ScannedTab, withWhat: CompareWith, others: ReadonlyMap<number, ScannedTab>, ctx: CompareContext): Promise<Compared> {
  const ui = ctx.ui ?? 'en';
  let oldBlocks: readonly TextBlock[];
  let oldReport: Report;
  let old: Side;
  if (withWhat.kind === 'history') {
    const entry = await getEntry(ctx.area, tab.url, withWhat.id);
    if (!entry) return { ok: false, error: trIn(ui, 'chGoneScan') };
    const label = trIn(ui, 'chScanOf', { when: when(entry.scannedAt, ctx.ui) });
    oldBlocks = entry.blocks;
    oldReport = analyzeBlocks(entry.blocks, { source: label, profile: tab.profile, language: tab.language, lexicon: ctx.lexicon, dismissals: ctx.dismissals });
    old = { label, title: entry.title, url: entry.url, scannedAt: entry.scannedAt };
  } else {
    const other = others.get(withWhat.tabId);
    if (!other) return { ok: false, error: trIn(ui, 'chGoneTab') };
    const label = ui === 'fr' ? `« ${nameOf(other.title || other.url)} »` : `“${nameOf(other.title || other.url)}”`;
    oldBlocks = other.blocks;
    oldReport = { ...other.report, source: label };
    old = { label, title: other.title, url: other.url, scannedAt: other.scannedAt };
  }
  const thisPage = trIn(ui, 'chThisPage');
  const comparison = compare({ text: oldBlocks, report: oldReport }, { text: tab.blocks, report: { ...tab.report, source: thisPage } },
    { ...compareOptions({ lexicon: ctx.lexicon, profile: tab.profile, language: tab.language }), ...(ctx.ui ? { summaryLanguage: ctx.ui } : {}) });
  const conceptLabels: Record<string, string> = {};
  for (const ch of comparison.changes) for (const id of ch.concepts) conceptLabels[id] ??= conceptLabel(id, ui, ctx.lexicon.concepts.get(id)?.label ?? id);
  return { ok: true, comparison, old, new: { label: thisPage, title: tab.title, url: tab.url, scannedAt: tab.scannedAt }, oldText: removedTexts(comparison, oldBlocks), conceptLabels };
}

/** The old paragraph of every removed provision, cut from the old blocks at the offsets the core cites. */
export function removedTexts(c: Comparison, oldBlocks: readonly TextBlock[]): Record<string, string> {
  const byId = new Map(oldBlocks.map((b) => [b.id, b.text]));
  const joined = oldBlocks.map((b) => b.text).join('\n\n');
  const out: Record<string, string> = {};
  for (const ch of c.changes) {
    if (ch.status !== 'removed' || !ch.old) continue;
    const src = ch.old.block !== undefined ? byId.get(ch.old.block) : joined;
    const t = (src ?? '').slice(ch.old.paragraph.start, ch.old.paragraph.end).replace(/\s+/g, ' ').trim();
    out[ch.id] = t.length <= OLD_TEXT_MAX ? t : `${t.slice(0, OLD_TEXT_MAX - 1).replace(/\s+\S*$/, '')}…`;
  }
  return out;
}

/** What the tab can be compared with: its earlier kept scans (its own entry left out) and the other scanned tabs. */
export function sourcesFor(tabId: number, tab: ScannedTab | undefined, tabs: ReadonlyMap<number, ScannedTab>, kept: { items: HistoryItem[]; notice?: string }, keep: number): CompareSources {
  const others = [...tabs].filter(([id]) => id !== tabId).map(([id, t]) => ({ tabId: id, title: t.title, url: t.url, scannedAt: t.scannedAt }));
  return {
    ok: true,
    address: tab ? addressOf(tab.url) : '',
    keep,
    earlier: kept.items.filter((e) => e.id !== tab?.historyId),
    tabs: others,
    ...(kept.notice ? { notice: kept.notice } : {}),
  };
}
