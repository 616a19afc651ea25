// The one message contract between side panel / extension pages, background and scanned pages,
// validated with zod where messages cross a trust boundary (the background's inbox, page replies).
// Includes the contract's automation message: { type: "scan-tab", tabId } → ScanResult.
import { z } from 'zod';
import { Dismissal } from '../../core/analysis/dismiss.ts';
import { LANGUAGE_CHOICES } from '../../core/text/language.ts';
import { Report } from '../../core/schema.ts';

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
export const Reveal = z.object({ type: z.literal('reveal'), tabId: TabId, key: z.string() });
export const Dismiss = z.object({ type: z.literal('dismiss'), tabId: TabId, dismissal: Dismissal });
export const OpenPdf = z.object({ type: z.literal('open-pdf'), tabId: TabId });
export const BlocksAddedMsg = z.object({ type: z.literal('page:blocks-added'), blocks: z.array(BlockText) });

/** Everything the background accepts. */
export const BackgroundRequest = z.discriminatedUnion('type', [ScanTab, GetState, SetProfile, SetLanguage, Reveal, Dismiss, OpenPdf, BlocksAddedMsg]);
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
  error: z.string().optional(),
});
export type TabState = z.infer<typeof TabState>;

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
