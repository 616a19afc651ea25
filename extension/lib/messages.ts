// The one message contract between side panel / extension pages, background and scanned pages,
// validated with zod where messages cross a trust boundary (the background's inbox, page replies).
// Includes the contract's automation message: { type: "scan-tab", tabId } → ScanResult.
import { z } from 'zod';
import { Dismissal } from '../../core/analysis/dismiss.ts';
import { LANGUAGE_CHOICES } from '../../core/text/language.ts';
import { Profile, Report } from '../../core/schema.ts';
import { Comparison } from '../../core/compare/schema.ts';

const TabId = z.number().int().nonnegative();
const BlockText = z.object({ id: z.string().max(64), text: z.string() });

export const ScanTab = z.object({ type: z.literal('scan-tab'), tabId: TabId });
/** blocks: true also returns the page text as analysed (exports need it; panel refreshes do not). */
export const GetState = z.object({ type: z.literal('get-state'), tabId: TabId, blocks: z.boolean().optional() });
export const SetProfile = z.object({ type: z.literal('set-profile'), tabId: TabId, profile: z.string().regex(/^[a-z0-9-]+$/) });
/** Language to analyse a tab's page in: detected ("auto") or chosen. */
export const LanguageChoice = z.enum(LANGUAGE_CHOICES);
export type LanguageChoice = z.infer<typeof LanguageChoice>;
export const SetLanguage = z.object({ type: z.literal('set-language'), tabId: TabId, language: LanguageChoice });
/** layer "changes": a highlight of the Changes view (change-items.ts), else a finding. */
export const Reveal = z.object({ type: z.literal('reveal'), tabId: TabId, key: z.string(), layer: z.literal('changes').optional() });
export const Dismiss = z.object({ type: z.literal('dismiss'), tabId: TabId, dismissal: Dismissal });
export const OpenPdf = z.object({ type: z.literal('open-pdf'), tabId: TabId });
export const BlocksAddedMsg = z.object({ type: z.literal('page:blocks-added'), blocks: z.array(BlockText) });
/** The rules in force (organisation policy, packs, locks) for the options page. */
export const GetRules = z.object({ type: z.literal('get-rules') });
/** A pack file the user picked: checked with everything in force (signatures, conflicts), stored only if it loads. */
export const ImportPack = z.object({ type: z.literal('import-pack'), name: z.string().min(1).max(200), data: z.unknown() });

// The Changes view (sidepanel/changes.ts): what the tab's page can be compared with, the comparison, forgetting.
/** What to compare the tab's current scan with: a kept earlier scan of its address, or another tab's scan. */
export const CompareWith = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('history'), id: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('tab'), tabId: TabId }),
]);
export type CompareWith = z.infer<typeof CompareWith>;
export const CompareSourcesMsg = z.object({ type: z.literal('compare-sources'), tabId: TabId });
/** Compares, answers the Comparison and paints the added/strengthened provisions in the tab's page. */
export const CompareMsg = z.object({ type: z.literal('compare'), tabId: TabId, with: CompareWith });
/** Forgets the kept scans of the tab's address (and clears the Changes layer in its page). */
export const ForgetHistoryMsg = z.object({ type: z.literal('forget-history'), tabId: TabId });
export const ClearChangesMsg = z.object({ type: z.literal('clear-changes'), tabId: TabId });

/** Everything the background accepts. */
export const BackgroundRequest = z.discriminatedUnion('type', [ScanTab, GetState, SetProfile, SetLanguage, Reveal, Dismiss, OpenPdf, BlocksAddedMsg,
  CompareSourcesMsg, CompareMsg, ForgetHistoryMsg, ClearChangesMsg, GetRules, ImportPack]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const ScanResult = z.union([
  z.object({ ok: z.literal(true), findings: z.number().int(), gaps: z.number().int(), report: Report }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ScanResult = z.infer<typeof ScanResult>;

export const TabKind = z.enum(['page', 'pdf', 'viewer', 'unscannable', 'no-access']);
export type TabKind = z.infer<typeof TabKind>;

/** What the side panel shows for a tab. */
export const TabState = z.object({
  ok: z.literal(true),
  tabId: TabId,
  kind: TabKind,
  title: z.string(),
  url: z.string(),
  scannedAt: z.string().optional(),
  report: Report.nullable(),
  /** The language the report was analysed in: "auto" (detected) or the user's choice. */
  language: LanguageChoice.optional(),
  /** The page text as analysed, so exports can quote sentences (only when asked for). */
  blocks: z.array(BlockText).optional(),
  /** What the page has sent the background since it was scanned: one collect, then only new blocks. */
  traffic: z.object({ collects: z.number().int(), increments: z.number().int(), blocksReceived: z.number().int(), charsReceived: z.number().int() }).optional(),
  /** Why settings or the custom lexicon fell back to defaults, if they did. */
  notice: z.string().optional(),
  /** Problems with the organisation's policy or a refused pack, one line each (the other rules still apply). */
  ruleProblems: z.array(z.string()).optional(),
  /** Document types the rules in force know (built-in and the packs'), for the type chooser. */
  profiles: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  /** The report's document type as the rules in force define it: its rules say each gap in the reader's language. */
  profile: Profile.optional(),
  error: z.string().optional(),
  /** Why the tab's last scan failed, when it did and nothing has been scanned since (the toolbar's scan has no other reply). */
  scanError: z.string().optional(),
});
export type TabState = z.infer<typeof TabState>;

const PackInfoShape = z.object({ id: z.string(), name: z.string(), version: z.string(), publisher: z.string(), origin: z.string(), trust: z.enum(['built-in', 'verified', 'signed', 'unsigned']), keyId: z.string().optional() });

/** The rules in force, as the options page shows them (extension/lib/rules.ts RulesView). */
export const RulesReply = z.object({
  ok: z.literal(true),
  rules: z.object({
    organisation: z.boolean(),
    packs: z.array(PackInfoShape),
    locked: z.array(z.enum(['packs', 'profile', 'autoScan', 'userPacks'])),
    builtinPacks: z.array(z.string()),
    defaultProfile: z.string(),
    autoScanSites: z.array(z.string()),
    allowUserPacks: z.boolean(),
    userPacks: z.array(z.object({ name: z.string(), inForce: z.boolean() })),
    problems: z.array(z.string()),
    profiles: z.array(z.object({ id: z.string(), label: z.string() })),
  }),
  builtins: z.array(z.object({ id: z.string(), name: z.string(), version: z.string(), publisher: z.string() })),
});
export type RulesReply = z.infer<typeof RulesReply>;

export const ImportPackReply = z.union([
  z.object({ ok: z.literal(true), info: PackInfoShape.optional() }),
  z.object({ ok: z.literal(false), problems: z.array(z.string()) }),
]);
export type ImportPackReply = z.infer<typeof ImportPackReply>;

const Failure = z.object({ ok: z.literal(false), error: z.string() });

/** A kept scan, without its text. */
export const HistoryItemInfo = z.object({
  id: z.string(), url: z.string(), title: z.string(), scannedAt: z.string(), profile: z.string(), language: z.string(),
  chars: z.number().int(), hash: z.string(), blockCount: z.number().int(),
});
export const CompareSources = z.union([
  z.object({
    ok: z.literal(true),
    /** The address the tab's scans are kept under, and how many are kept per address (0: history is off). */
    address: z.string(),
    keep: z.number().int(),
    /** Earlier kept scans of this address, newest first (the current scan's own entry left out). */
    earlier: z.array(HistoryItemInfo),
    /** Other tabs with a scan. */
    tabs: z.array(z.object({ tabId: TabId, title: z.string(), url: z.string(), scannedAt: z.string() })),
    notice: z.string().optional(),
  }),
  Failure,
]);
export type CompareSources = z.infer<typeof CompareSources>;

const CompareSide = z.object({ label: z.string(), title: z.string(), url: z.string(), scannedAt: z.string() });
export const CompareResult = z.union([
  z.object({
    ok: z.literal(true),
    comparison: Comparison,
    old: CompareSide,
    new: CompareSide,
    /** Per removed change id: the old paragraph's text (at most OLD_TEXT_MAX characters), so the panel lists it. */
    oldText: z.record(z.string(), z.string()),
    /** The lexicon's label of every concept the changes name. */
    conceptLabels: z.record(z.string(), z.string()),
    /** Highlights drawn in the page (added and strengthened provisions' words), and those that no longer fit the page. */
    painted: z.number().int(),
    missing: z.number().int(),
  }),
  Failure,
]);
export type CompareResult = z.infer<typeof CompareResult>;
export const OLD_TEXT_MAX = 600;

/** Broadcast by the background after a tab's report changed. */
export const ReportUpdated = z.object({ type: z.literal('report-updated'), tabId: TabId });

// ---------------------------------------------------------------- replies from a page (untrusted text)

export const CollectReply = z.object({
  title: z.string(),
  url: z.string(),
  blocks: z.array(BlockText),
  mode: z.enum(['highlight', 'wrap']),
});
export const PaintReply = z.object({ painted: z.number().int(), missing: z.number().int(), mode: z.enum(['highlight', 'wrap']) });
export const RevealReply = z.object({ found: z.boolean(), top: z.number().optional() });

/** Parses an incoming message; a readable error for the sender when it does not fit. */
export function parseRequest(m: unknown): { ok: true; value: BackgroundRequest } | { ok: false; error: string } {
  const r = BackgroundRequest.safeParse(m);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, error: 'invalid message: ' + r.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ') };
}
