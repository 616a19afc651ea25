// The background's comparison (extension/lib/compare-service.ts) and its messages: a kept earlier scan
// (fake browser storage) or another tab's scan against the tab's current scan gives the core's compare()
// of the two texts; removed provisions come with their old paragraph; what the panel can compare with
// leaves the current scan's own entry out; the new messages are zod-checked both ways.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze, compare, loadLexicon } from '../../core/index.ts';
import type { TextBlock } from '../../core/schema.ts';
import { compareScan, removedTexts, sourcesFor, type ScannedTab } from '../../extension/lib/compare-service.ts';
import { listPage, recordScan, type HistoryArea } from '../../extension/lib/history.ts';
import { CompareResult, CompareSources, parseRequest } from '../../extension/lib/messages.ts';

const area = fakeBrowser.storage.local as unknown as HistoryArea;
const lexicon = loadLexicon();
const URL_A = 'https://example.org/plan.html';
const blocks = (texts: string[]): TextBlock[] => texts.map((text, i) => ({ id: `b${i}`, text }));
const OLD = blocks([
  'Plan of the sector',
  '1. The battalion will deploy mixed patrols with women officers in the camps.',
  '2. The battalion will train every platoon on conflict-related sexual violence before deployment.',
]);
const NEW = blocks([
  'Plan of the sector',
  '1. The battalion should deploy mixed patrols with women officers in the camps, as appropriate.',
  '3. The battalion will appoint a gender focal point in each company.',
]);
const tab = (b: TextBlock[], url = URL_A, title = 'Plan'): ScannedTab => ({
  url, title, blocks: b, profile: 'auto', language: 'auto', scannedAt: new Date().toISOString(),
  report: analyze(b, { source: url, lexicon }),
});

beforeEach(() => fakeBrowser.reset());

describe('compare service', () => {
  it('an earlier kept scan against the current one: the core’s comparison of the two texts, removed ones with their old paragraph', async () => {
    await recordScan(area, { url: URL_A, title: 'Plan', scannedAt: '2026-11-20T09:00:00.000Z', profile: 'auto', language: 'auto', blocks: OLD });
    const [entry] = (await listPage(area, URL_A)).items;
    const r = await compareScan(tab(NEW), { kind: 'history', id: entry!.id }, new Map(), { area, lexicon, dismissals: [] });
    if (!r.ok) throw new Error(r.error);
    const expected = compare(OLD, NEW, { oldSource: r.old.label, newSource: 'this page' });
    expect(r.comparison.counts).toEqual(expected.counts);
    expect(r.comparison.summary).toBe(expected.summary);
    expect(r.comparison.changes.map((c) => c.status)).toEqual(expected.changes.map((c) => c.status));
    expect(r.comparison.counts).toMatchObject({ removed: 1, weakened: 1, added: 1 });
    const removed = r.comparison.changes.find((c) => c.status === 'removed')!;
    expect(r.oldText[removed.id]).toBe(OLD[2]!.text);
    expect(Object.keys(r.oldText)).toEqual([removed.id]);
    for (const c of r.comparison.changes) for (const id of c.concepts) expect(r.conceptLabels[id]).toBe(lexicon.concepts.get(id)!.label);
    expect(r.old.scannedAt).toBe('2026-11-20T09:00:00.000Z');
    // What the background answers passes the panel's own check.
    expect(CompareResult.safeParse({ ...r, painted: 3, missing: 0 }).success).toBe(true);
  });

  it('another tab’s scan is the old side; a forgotten scan or a closed tab is an error in words', async () => {
    const other = tab(OLD, 'https://example.org/other.html', 'Draft 1/2');
    const r = await compareScan(tab(NEW), { kind: 'tab', tabId: 7 }, new Map([[7, other]]), { area, lexicon, dismissals: [] });
    if (!r.ok) throw new Error(r.error);
    expect(r.old.label).toBe('“Draft 1\u22152”');
    expect(r.comparison.counts).toEqual(compare(OLD, NEW).counts);
    expect(await compareScan(tab(NEW), { kind: 'tab', tabId: 8 }, new Map(), { area, lexicon, dismissals: [] })).toEqual({ ok: false, error: expect.stringMatching(/no scan any more/) });
    expect(await compareScan(tab(NEW), { kind: 'history', id: 'h-gone' }, new Map(), { area, lexicon, dismissals: [] })).toEqual({ ok: false, error: expect.stringMatching(/no longer kept/) });
  });

  it('the old paragraph of a removed provision is cut to 600 characters at a word', () => {
    const long = `1. The battalion will train every platoon on conflict-related sexual violence ${'before each rotation and '.repeat(40)}end.`;
    const c = compare(blocks(['Plan', long]), blocks(['Plan']));
    const t = Object.values(removedTexts(c, blocks(['Plan', long])))[0]!;
    expect(t.length).toBeLessThanOrEqual(600);
    expect(t.endsWith('…')).toBe(true);
    expect(long.startsWith(t.slice(0, -1))).toBe(true);
  });

  it('lists earlier scans without the current scan’s own entry, and the other scanned tabs', async () => {
    await recordScan(area, { url: URL_A, title: 'Plan', scannedAt: '2026-11-20T09:00:00.000Z', profile: 'auto', language: 'auto', blocks: OLD });
    const cur = await recordScan(area, { url: URL_A, title: 'Plan', scannedAt: '2026-11-20T10:00:00.000Z', profile: 'auto', language: 'auto', blocks: NEW });
    const me = { ...tab(NEW), historyId: cur.kept ? cur.entry.id : undefined };
    const tabs = new Map<number, ScannedTab>([[1, me], [2, tab(OLD, 'https://example.org/b.html', 'B')]]);
    const s = sourcesFor(1, me, tabs, await listPage(area, URL_A), 3);
    expect(CompareSources.parse(s)).toEqual(s);
    if (!s.ok) throw new Error('not ok');
    expect(s.earlier.map((e) => e.scannedAt)).toEqual(['2026-11-20T09:00:00.000Z']);
    expect(s.tabs.map((t) => [t.tabId, t.title])).toEqual([[2, 'B']]);
    expect(s.address).toBe(URL_A);
  });

  it('the background accepts the Changes messages and refuses malformed ones', () => {
    expect(parseRequest({ type: 'compare', tabId: 3, with: { kind: 'history', id: 'h1' } }).ok).toBe(true);
    expect(parseRequest({ type: 'compare', tabId: 3, with: { kind: 'tab', tabId: 4 } }).ok).toBe(true);
    expect(parseRequest({ type: 'compare-sources', tabId: 3 }).ok).toBe(true);
    expect(parseRequest({ type: 'forget-history', tabId: 3 }).ok).toBe(true);
    expect(parseRequest({ type: 'clear-changes', tabId: 3 }).ok).toBe(true);
    expect(parseRequest({ type: 'reveal', tabId: 3, key: 'change:c1:b0:0:4', layer: 'changes' }).ok).toBe(true);
    expect(parseRequest({ type: 'compare', tabId: 3, with: { kind: 'file', path: '/etc/passwd' } }).ok).toBe(false);
    expect(parseRequest({ type: 'compare', tabId: 3, with: { kind: 'history', id: '' } }).ok).toBe(false);
    expect(parseRequest({ type: 'reveal', tabId: 3, key: 'x', layer: 'other' }).ok).toBe(false);
  });
});
