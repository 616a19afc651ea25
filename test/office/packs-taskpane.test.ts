// The built Word and Excel panes in headless Chromium with an organisation policy built in beside them
// (org-policy.json: NATO on, a signed organisation pack, the organisation's key): both panes fetch it
// from their own origin and load its pack, the built-in packs are locked, a user's pack signed with the
// organisation's key is verified and a tampered one refused with the core's message. Screenshots of the
// pack list at 320 and 400 px: docs/office-packs-{320,400}.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackKeys, signPack } from '../../core/index.ts';
import { repoRoot } from '../support/corpus.ts';
import { useTaskPane } from './support/taskpane.ts';

const EXCEL_STANDIN = join(repoRoot, 'test/office/support/excel-standin.js');
const dir = mkdtempSync(join(tmpdir(), 'wps-org-policy-'));
const policyPath = join(dir, 'policy.json');
let keys: Awaited<ReturnType<typeof generatePackKeys>>;

/** A pack of our own with one concept (the test's words, not a real organisation's). */
const pack = (id: string, name: string, term: string) => ({
  format: 'wps-lens-pack/1',
  pack: { id, name, version: '2.1.0', publisher: 'Example Ministry of Defence' },
  concepts: [{ id: `${id}-cell`, label: `${name}: gender cell`, pillar: 'structures', genderSpecific: true, terms: { en: [term] } }],
});

// Registered before useTaskPane's build hook: the policy file exists when the add-in is built.
beforeAll(async () => {
  keys = await generatePackKeys('mod-2026');
  const orgPack = await signPack(pack('mod-rules', 'Ministry rules', 'divisional gender cell'), keys.privateKey);
  writeFileSync(policyPath, JSON.stringify({ builtinPacks: ['nato'], packs: [orgPack], packKeys: [keys.publicKey] }, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pane = useTaskPane({
  tmpPrefix: 'wps-packs-', viewport: { width: 320, height: 900 }, extraStandins: [EXCEL_STANDIN], orgPolicy: policyPath,
  ready: (page) => page.locator('h1'),
});

async function packList(page: Page): Promise<string[]> {
  await page.locator('#wps-org-note').waitFor();
  return page.locator('#wps-pack-list .wps-pack').evaluateAll((lis) => lis.map((li) => [...li.children].map((c) => (c as HTMLElement).innerText).join(' | ')));
}

describe('rule packs in the built panes, with an organisation policy beside them', () => {
  it('Word: the organisation pack and NATO are in use and locked; a signed pack is verified, a tampered one refused', async () => {
    const page = await pane.openPane({ host: 'Word', paragraphs: ['NATO OPERATION ORDER 2/26', '1. SITUATION', 'a. The divisional gender cell advises the commander.'], wordApi: '1.5' });
    await page.locator('details.wps-settings summary').click();
    expect(await packList(page)).toEqual([
      'NATO plans and orders 1.1.0 built-in | WPS Lens (built-in)',
      'Ministry rules 2.1.0 verified | Example Ministry of Defence · key mod-2026 · from your organisation',
    ]);
    expect(await page.locator('#wps-builtin-packs input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).disabled))).toEqual([true, true]);
    expect(await page.locator('#wps-builtin-packs input[value="nato"]').isChecked()).toBe(true);

    const signed = await signPack(pack('brigade-rules', 'Brigade rules', 'brigade gender cell'), keys.privateKey);
    await page.locator('#wps-pack-file').setInputFiles({ name: 'brigade.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(signed)) });
    await expect.poll(() => page.locator('#wps-pack-status').textContent()).toBe('Pack added: Brigade rules 2.1.0 (verified).');
    const other = await signPack(pack('company-rules', 'Company rules', 'company gender focal point'), keys.privateKey);
    const tampered = { ...other, concepts: [{ ...other.concepts[0]!, terms: { en: ['company gender focal point', 'any word at all'] } }] };
    await page.locator('#wps-pack-file').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect.poll(() => page.locator('#wps-pack-status').textContent()).toBe('Pack not added:');
    expect(await page.locator('#wps-pack-problems li').allTextContents()).toEqual([
      'edited.json: pack "company-rules" has a signature that does not match its content under the organisation\'s key (altered after signing, or signed with another key); it was not loaded',
    ]);
    expect((await packList(page)).length).toBe(3);

    // The organisation's concept is found by a scan.
    await page.locator('#wps-scan').click();
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await page.locator('#wps-findings').waitFor();
    expect(await page.locator('#wps-findings .wps-quote').allTextContents()).toContain('“divisional gender cell”');

    for (const width of [320, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('#wps-packs').scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
      await page.locator('#wps-packs').screenshot({ path: join(repoRoot, `docs/office-packs-${width}.png`) });
    }
    await page.close();
  });

  it('Excel: the same organisation pack, fetched from its own origin', async () => {
    const page = await pane.openPane({ host: 'Excel', sheets: { Docs: [['x']] }, selection: { sheet: 'Docs', address: 'A1:A1' } });
    await page.locator('details.wps-settings summary').click();
    expect(await packList(page)).toEqual([
      'NATO plans and orders 1.1.0 built-in | WPS Lens (built-in)',
      'Ministry rules 2.1.0 verified | Example Ministry of Defence · key mod-2026 · from your organisation',
    ]);
    expect(await page.locator('#wps-profile option[value="nato-opord"]').count()).toBe(1);
    await page.close();
  });

  it('asked its own origin for the policy, and nothing else', () => {
    expect(pane.requests.filter((u) => u.endsWith('/org-policy.json'))).toEqual([`${pane.origin}/org-policy.json`, `${pane.origin}/org-policy.json`]);
    expect(pane.foreignRequests()).toEqual([]);
  });
});
