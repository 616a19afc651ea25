// End to end without an organisation policy: a user's rule pack imported in the options page (read
// there, checked by the background with the core) is listed with version, publisher and trust and used
// by the next scan; a malformed pack is refused with one line per problem and the packs in force stay;
// built-in packs turn on and off; a pack is removed again. axe on the options page with packs listed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../core/schema.ts';
import { axeViolations } from './support/page-checks.ts';
import { useExtension } from './support/session.ts';

const lens = useExtension(async ({ server }) => {
  server.pages.set('/desk.html', { type: 'text/html', body: `<!doctype html><html lang="en"><head><title>desk</title></head><body>
    <p>The staff gender desk will keep the duty roster.</p></body></html>` });
});

const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)) });
const myPack = {
  format: 'wps-lens-pack/1',
  pack: { id: 'desk-rules', name: 'Desk rules', version: '0.3.0', publisher: 'Example Battalion' },
  concepts: [{ id: 'desk-cell', label: 'Staff gender desk', pillar: 'structures', genderSpecific: true, terms: { en: ['staff gender desk'], fr: ['bureau genre'] } }],
};

async function scan(): Promise<Report> {
  const { page, tabId } = await lens.openWithAction('/desk.html');
  const r = await lens.scanReport<Report>(tabId);
  await page.close();
  return r;
}

async function options(): Promise<Page> {
  const o = await lens.openOptions();
  await o.locator('#packs-in-force').waitFor();
  return o;
}

describe('rule packs in the options page (no policy)', () => {
  it('imports a pack the next scan uses; refuses a malformed one line per problem; built-ins toggle; removes it', async () => {
    expect((await scan()).findings.some((f) => f.concept === 'desk-cell')).toBe(false);
    const o = await options();
    expect(await o.locator('#org-note').count()).toBe(0);
    expect(await o.locator('#packs-in-force li').allTextContents()).toEqual(['No pack: the built-in UN rules only.']);

    await o.locator('#pack-file').setInputFiles(file('desk.json', myPack));
    await o.locator('#message', { hasText: 'Pack added: Desk rules 0.3.0 from Example Battalion.' }).waitFor();
    expect(await o.locator('#packs-in-force li').allTextContents()).toEqual(['Desk rules 0.3.0 unsignedExample Battalion · your file desk.jsonRemove']);
    const r = await scan();
    expect(r.findings.filter((f) => f.concept === 'desk-cell').map((f) => f.text)).toEqual(['staff gender desk']);
    expect(r.packs?.map((p) => `${p.id} ${p.version} ${p.trust}`)).toEqual(['desk-rules 0.3.0 unsigned']);

    // Malformed: every problem on its own line, naming the file; the pack in force stays.
    await o.locator('#pack-file').setInputFiles(file('broken.json', { format: 'wps-lens-pack/1', pack: { id: 'Broken Id', name: '', version: 'one', publisher: 'x' }, concepts: [{ id: 'c', label: 'c', pillar: 'nowhere', genderSpecific: true, terms: { en: ['c'] } }] }));
    const alert = o.locator('#message[role=alert]');
    await alert.waitFor();
    const lines = await alert.locator('li').allTextContents();
    expect(await alert.locator('p').textContent()).toBe(`broken.json was not added (${lines.length} problems):`);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const l of lines) expect(l).toMatch(/^broken\.json: /);
    expect(lines.some((l) => /pack\.id|"id"/.test(l))).toBe(true);
    expect(lines.some((l) => /pillar/.test(l))).toBe(true);
    await o.locator('#pack-file').setInputFiles(file('half.json', '{"format": '));
    await o.locator('#message[role=alert]', { hasText: 'half.json was not added: it is not JSON' }).waitFor();
    expect(await o.locator('#packs-in-force li strong').allTextContents()).toEqual(['Desk rules']);

    // Built-in NATO pack on: listed before the user's pack, and its types offered as the default type.
    await o.locator('#builtin-nato').check();
    await o.locator('#message', { hasText: 'Turned on: NATO' }).waitFor();
    expect(await o.locator('#packs-in-force li strong').allTextContents()).toEqual([expect.stringMatching(/^NATO/), 'Desk rules']);
    expect(await o.locator('#default-profile option').evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value))).toContain('nato-opord');
    await o.locator('#default-profile').selectOption('nato-opord');
    await o.locator('#message', { hasText: 'Default document type saved.' }).waitFor();
    expect((await scan()).profile.id).toBe('nato-opord');

    for (const colorScheme of ['light', 'dark'] as const) {
      await o.emulateMedia({ colorScheme });
      const a = await axeViolations(o);
      expect(a.passed).toBeGreaterThan(8);
      expect(a.lines, colorScheme).toEqual([]);
    }

    await o.getByRole('button', { name: 'Remove pack Desk rules' }).click();
    await o.locator('#message', { hasText: 'Pack desk.json removed.' }).waitFor();
    await o.locator('#builtin-nato').uncheck();
    await o.locator('#message', { hasText: 'Turned off: NATO' }).waitFor();
    expect(await o.locator('#packs-in-force li').allTextContents()).toEqual(['No pack: the built-in UN rules only.']);
    const after = await scan();
    expect(after.findings.some((f) => f.concept === 'desk-cell')).toBe(false);
    expect(after.profile.id).not.toBe('nato-opord'); // the stored type of a pack turned off falls back to detection
    await o.close();
  });
});
