// End to end with a real organisation policy: Chromium reads managed policy only from system folders,
// so this test writes /etc/chromium/policies/managed/wps-lens-test-<id>.json (this machine runs as root)
// holding only 3rdparty.extensions.<this build's id> — no other extension or browser setting — and
// removes it afterwards. The unpacked extension's id is derived from its folder's path, so it is known
// before the browser starts. Chromium filters the values through the extension's managed_schema, then
// the background checks them: the signed pack loads, the tampered one is refused with the message in
// the options page and the panel, the locks hold, scans use the organisation's document type, and a
// policy changed while the browser runs (chrome://policy → Reload policies) reaches the open options page.
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackKeys, signPack } from '../../core/index.ts';
import type { Report } from '../../core/schema.ts';
import { repoRoot } from '../support/corpus.ts';
import { ensureBuilt } from './support/build.ts';
import { axeViolations, overflow } from './support/page-checks.ts';
import { grantSiteAccess, paintedFindings } from './support/browser.ts';
import { useExtension } from './support/session.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const SHOTS = join(repoRoot, 'docs/screenshots');

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
function unpackedId(dir: string): string {
  return [...createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function pack(id: string, term: string, profile?: object): Record<string, unknown> {
  return {
    format: 'wps-lens-pack/1',
    pack: { id, name: id === 'command-rules' ? 'Command SOP rules' : 'Altered rules', version: '2.1.0', publisher: 'Example Command HQ', description: 'Our own test pack.' },
    concepts: [{ id: `${id}-cell`, label: `${id} cell`, pillar: 'structures', genderSpecific: true, terms: { en: [term], fr: [`${term} fr`] } }],
    ...(profile ? { profiles: [profile] } : {}),
  };
}

/** The organisation's own document type, with cues (weights, 2 and a half) and one required rule. */
const sopProfile = {
  id: 'command-sop', label: 'Command standing operating procedure',
  cues: [{ phrase: 'standing operating procedure', weight: 2 }, { phrase: 'duty roster', weight: 0.5 }],
  rules: [{ id: 'command-sop.desk', level: 'required', concepts: ['command-rules-cell'], reason: 'Each SOP names the staff gender desk.', basis: 'Our own test rule.', suggestion: 'Name the staff gender desk.' },
    { id: 'command-sop.adviser', level: 'required', concepts: ['str-gender-adviser'], reason: 'Each SOP names a gender adviser.', basis: 'Our own test rule.', suggestion: 'Name the gender adviser.' }],
};

let policyFile = '';
let extensionId = '';
let policy: Record<string, unknown> = {};
const writePolicy = (p: Record<string, unknown>) => writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: p } } }, null, 2));
beforeAll(async () => {
  const dir = await ensureBuilt('chrome');
  extensionId = unpackedId(dir);
  const keys = await generatePackKeys('command-2026');
  const signed = await signPack(pack('command-rules', 'staff gender desk', sopProfile), keys.privateKey);
  const tampered = structuredClone(await signPack(pack('altered-rules', 'camp welfare desk'), keys.privateKey));
  (tampered.pack as { version: string }).version = '2.2.0'; // edited after signing
  policy = {
    builtinPacks: ['nato'], packs: [signed, tampered], packKeys: [keys.publicKey], defaultProfile: 'command-sop',
    autoScanSites: ['https://intranet.example.org'], allowUserPacks: false,
  };
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `wps-lens-test-${extensionId}.json`);
    writePolicy(policy);
  } catch (e) {
    throw new Error(`cannot write Chromium's managed policy in ${POLICY_DIR} (${(e as Error).message}): this test needs root, as Chromium reads policy only from there`);
  }
});
afterAll(() => { if (policyFile) rmSync(policyFile, { force: true }); });

const lens = useExtension(async ({ server }) => {
  server.pages.set('/sop.html', { type: 'text/html', body: `<!doctype html><html lang="en"><head><title>Brigade SOP 4</title></head><body><main>
    <h1>Standing operating procedure 4: camp duties</h1>
    <p>1. The staff gender desk will keep the duty roster.</p>
    <p>2. The camp welfare desk will brief new arrivals.</p></main></body></html>` });
});

const TAMPERED = /^organisation policy \(pack 2\): pack "altered-rules" has a signature that does not match its content under the organisation's key \(altered after signing, or signed with another key\); it was not loaded$/;

describe('managed policy from /etc/chromium/policies/managed', () => {
  it('reaches the background through Chromium: the signed pack loads, the tampered one is refused by name', async () => {
    expect(lens.b.extensionId, 'the policy was written for the id Chromium gave the extension').toBe(extensionId);
    const r = await lens.send<{ ok: true; rules: { organisation: boolean; packs: { id: string; trust: string; version: string }[]; locked: string[]; problems: string[]; defaultProfile: string; autoScanSites: string[] } }>({ type: 'get-rules' });
    expect(r.rules.organisation).toBe(true);
    expect(r.rules.packs.map((p) => [p.id, p.trust, p.version])).toEqual([['nato', 'built-in', '1.1.0'], ['command-rules', 'verified', '2.1.0']]);
    expect(r.rules.problems).toEqual([expect.stringMatching(TAMPERED)]);
    expect(r.rules.locked.sort()).toEqual(['autoScan', 'packs', 'profile', 'userPacks']);
    expect(r.rules.defaultProfile).toBe('command-sop');
    expect(r.rules.autoScanSites).toEqual(['https://intranet.example.org']);
  });

  it('a scan uses the organisation\'s pack and document type; the tampered pack\'s terms find nothing', async () => {
    const { page, tabId } = await lens.openWithAction('/sop.html');
    const report = await lens.scanReport<Report>(tabId);
    expect(report.profile.id).toBe('command-sop');
    expect(report.profile.detected).toBe(false);
    expect(report.findings.filter((f) => f.concept.startsWith('command-rules') || f.concept.startsWith('altered')).map((f) => f.text)).toEqual(['staff gender desk']);
    expect(report.packs?.map((p) => `${p.id} ${p.version} ${p.trust}`)).toEqual(['nato 1.1.0 built-in', 'command-rules 2.1.0 verified']);
    // The pack's rule is met, its other rule is a gap with the pack's own wording.
    expect(report.gaps.map((g) => g.rule)).toContain('command-sop.adviser');
    expect(report.gaps.map((g) => g.rule)).not.toContain('command-sop.desk');

    const panel = await lens.openPanel(tabId);
    const problems = panel.locator('#rule-problems');
    expect(await problems.locator('li').allTextContents()).toEqual([expect.stringMatching(TAMPERED)]);
    expect(await panel.locator('#profile option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain('command-sop');
    expect(await panel.locator('#profile option').allTextContents()).toContain('Command standing operating procedure');
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      await panel.setViewportSize({ width, height: 700 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        expect((await overflow(panel)).wide, `${width} ${colorScheme}`).toEqual([]);
        const a = await axeViolations(panel);
        expect(a.passed).toBeGreaterThan(8);
        expect(a.lines, `${width} ${colorScheme}`).toEqual([]);
        await panel.screenshot({ path: join(SHOTS, `panel-policy-${width}-${colorScheme}.png`) });
      }
    }
    await Promise.all([panel.close(), page.close()]);
  });

  it('the options page shows the packs in force and the refused one, and locks what the policy sets; axe, 320 and 400 px light and dark', async () => {
    const o = await lens.openOptions();
    await o.locator('#packs-in-force li').first().waitFor();
    expect(await o.locator('#org-note').textContent()).toMatch(/Your organisation manages WPS Lens/);
    const packs = await o.locator('#packs-in-force li').allTextContents();
    expect(packs).toHaveLength(2);
    expect(packs[0]).toMatch(/^NATO.* 1\.1\.0 built-in/);
    expect(packs[1]).toBe('Command SOP rules 2.1.0 signed, verifiedExample Command HQ · key command-2026 · from your organisation');
    expect(await o.locator('#rule-problems[role=alert] li').allTextContents()).toEqual([expect.stringMatching(TAMPERED)]);
    // Locked: disabled, and says who set it.
    for (const id of ['builtin-packs', 'pack-import', 'profile-set', 'lexicon', 'auto-scan']) {
      expect(await o.locator(`#${id}-lock`).textContent(), id).toBe('Set by your organisation');
      expect(await o.locator(`#${id}`).getAttribute('aria-describedby'), id).toBe(`${id}-lock`);
    }
    for (const id of ['builtin-packs', 'pack-import', 'profile-set', 'lexicon']) expect(await o.locator(`#${id}`).evaluate((e) => (e as HTMLFieldSetElement).disabled), id).toBe(true);
    expect(await o.locator('#builtin-nato').isChecked()).toBe(true);
    expect(await o.locator('#builtin-nato').isDisabled()).toBe(true);
    expect(await o.locator('#default-profile').inputValue()).toBe('command-sop');
    expect(await o.locator('#default-profile').isDisabled()).toBe(true);
    expect(await o.locator('#pack-file').count()).toBe(0);
    expect(await o.locator('#lexicon-file').isDisabled()).toBe(true);
    expect(await o.locator('#site').count()).toBe(0); // the organisation's list, no field to add to it
    expect(await o.locator('#sites li').allTextContents()).toEqual(['https://intranet.example.org Allow access']);
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      await o.setViewportSize({ width, height: 900 });
      await o.evaluate(() => window.scrollTo(0, 0));
      for (const colorScheme of ['light', 'dark'] as const) {
        await o.emulateMedia({ colorScheme });
        const ov = await overflow(o);
        expect(ov.wide, `${width} ${colorScheme}`).toEqual([]);
        expect(ov.scroll).toBeLessThanOrEqual(ov.client);
        const a = await axeViolations(o);
        expect(a.passed).toBeGreaterThan(8);
        expect(a.lines, `${width} ${colorScheme}`).toEqual([]);
        await o.screenshot({ path: join(SHOTS, `options-policy-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    // The options page's own settings still work.
    await o.locator('#show-protection').uncheck();
    await o.locator('#message', { hasText: 'Pillar settings saved.' }).waitFor();
    await o.getByRole('button', { name: 'Reset to defaults' }).click();
    await o.locator('#message', { hasText: 'Defaults restored.' }).waitFor();

    await o.close();
  });

  it('a policy changed while the browser runs applies at once (options page without a reload); its auto-scan site is scanned on load once access is allowed', async () => {
    const o = await lens.openOptions();
    await o.locator('#rule-problems').waitFor();
    // The administrator removes the tampered pack and lets users add their own.
    writePolicy({ ...policy, packs: (policy.packs as unknown[]).slice(0, 1), allowUserPacks: true, autoScanSites: [lens.server.origin] });
    const admin = await lens.b.context.newPage();
    await admin.goto('chrome://policy');
    await admin.locator('#reload-policies').click();
    await o.locator('#pack-file').waitFor({ timeout: 15_000 });
    expect(await o.locator('#rule-problems').count()).toBe(0);
    expect(await o.locator('#packs-in-force li strong').allTextContents()).toEqual([expect.stringMatching(/^NATO/), 'Command SOP rules']);
    expect(await o.locator('#pack-import-lock').count()).toBe(0);
    expect(await o.locator('#profile-set-lock').textContent()).toBe('Set by your organisation');

    // The organisation's site: the user allows access once (the site-access grant stands in for the
    // browser's prompt), then its pages are scanned on load, with the organisation's pack.
    await o.locator('#sites li', { hasText: lens.server.origin }).waitFor();
    await grantSiteAccess(lens.b, 'http://127.0.0.1/*');
    await o.getByRole('button', { name: `Allow access to ${lens.server.origin}` }).click();
    await o.locator('#message', { hasText: `${lens.server.origin} will be scanned automatically.` }).waitFor();
    expect(await o.locator('#sites li').allTextContents()).toEqual([`${lens.server.origin} (access allowed)`]);
    const page = await lens.b.context.newPage();
    await page.goto(lens.server.origin + '/sop.html'); // no toolbar click, no scan-tab
    await expect.poll(() => paintedFindings(page), { timeout: 10_000 }).toContain('staff gender desk');
    await Promise.all([admin.close(), o.close(), page.close()]);
  });
});
