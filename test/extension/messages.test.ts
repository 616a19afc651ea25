// The message contract: what the background accepts, what pages may send back, the page-side guard.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { CollectReply, parseRequest, ScanResult, TabState } from '../../extension/lib/messages.ts';
import { isPageRequest } from '../../extension/lib/page-messages.ts';

describe('background requests', () => {
  it('accepts the contract scan-tab message and the panel messages', () => {
    expect(parseRequest({ type: 'scan-tab', tabId: 7 })).toEqual({ ok: true, value: { type: 'scan-tab', tabId: 7 } });
    expect(parseRequest({ type: 'set-profile', tabId: 1, profile: 'mandate' }).ok).toBe(true);
    expect(parseRequest({ type: 'dismiss', tabId: 1, dismissal: { scope: 'always', by: 'phrase', phrase: 'gender' } }).ok).toBe(true);
    expect(parseRequest({ type: 'page:blocks-added', blocks: [{ id: 'b1', text: 'x' }] }).ok).toBe(true);
    // Panel refreshes ask without the page text; exports ask with it.
    expect(parseRequest({ type: 'get-state', tabId: 3 })).toEqual({ ok: true, value: { type: 'get-state', tabId: 3 } });
    expect(parseRequest({ type: 'get-state', tabId: 3, blocks: true })).toEqual({ ok: true, value: { type: 'get-state', tabId: 3, blocks: true } });
    expect(parseRequest({ type: 'get-state', tabId: 3, blocks: 'yes' }).ok).toBe(false);
  });

  it('rejects malformed messages with a readable error', () => {
    const bad = parseRequest({ type: 'scan-tab', tabId: '7' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/tabId/);
    expect(parseRequest({ type: 'rm -rf' }).ok).toBe(false);
    expect(parseRequest(null).ok).toBe(false);
    expect(parseRequest({ type: 'set-profile', tabId: 1, profile: '<script>' }).ok).toBe(false);
    expect(parseRequest({ type: 'dismiss', tabId: 1, dismissal: { scope: 'always', by: 'regex', phrase: '.*' } }).ok).toBe(false);
  });

  it('validates a scan result carrying a real report, and an error result', () => {
    const report = analyze([{ id: 'b0', text: 'The force will train all personnel on conflict-related sexual violence.' }]);
    const ok = ScanResult.parse({ ok: true, findings: report.findings.length, gaps: report.gaps.length, report });
    expect(ok.ok).toBe(true);
    expect(ScanResult.safeParse({ ok: true, findings: 1, gaps: 0 }).success).toBe(false);
    expect(ScanResult.parse({ ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
    expect(TabState.safeParse({ ok: true, tabId: 1, kind: 'page', title: 't', url: 'u', report: null }).success).toBe(true);
    const traffic = { collects: 1, increments: 2, blocksReceived: 5, charsReceived: 300 };
    expect(TabState.parse({ ok: true, tabId: 1, kind: 'page', title: 't', url: 'u', report, traffic }).traffic).toEqual(traffic);
    expect(TabState.safeParse({ ok: true, tabId: 1, kind: 'page', title: 't', url: 'u', report, traffic: { collects: 'one' } }).success).toBe(false);
  });
});

describe('page replies and the page-side guard', () => {
  it('validates what a page sends back (untrusted)', () => {
    expect(CollectReply.safeParse({ title: 't', url: 'u', blocks: [{ id: 'b0', text: 'x' }], mode: 'highlight' }).success).toBe(true);
    expect(CollectReply.safeParse({ title: 't', url: 'u', blocks: [{ id: 'b0', text: 5 }], mode: 'highlight' }).success).toBe(false);
    expect(CollectReply.safeParse({ title: 't', url: 'u', blocks: [], mode: 'innerHTML' }).success).toBe(false);
  });

  it('lets the content script answer only the page messages it knows', () => {
    expect(isPageRequest({ type: 'page:collect' })).toBe(true);
    expect(isPageRequest({ type: 'page:paint', items: [] })).toBe(true);
    expect(isPageRequest({ type: 'page:paint' })).toBe(false);
    expect(isPageRequest({ type: 'page:reveal', key: 3 })).toBe(false);
    expect(isPageRequest({ type: 'scan-tab', tabId: 1 })).toBe(false);
    expect(isPageRequest('page:collect')).toBe(false);
  });
});
