import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, realpathSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { generatePackKeys, signPack } from '../core/index.ts';
const ext = realpathSync('.output/chrome-mv3');
const id = [...createHash('sha256').update(ext).digest('hex').slice(0,32)].map(c => String.fromCharCode(97 + parseInt(c,16))).join('');
const keys = await generatePackKeys('k');
const packA = { format: 'wps-lens-pack/1', pack: { id: 'a-rules', name: 'A', version: '2.1.0', publisher: 'P', description: 'd' }, concepts: [{ id: 'a-cell', label: 'a', pillar: 'structures', genderSpecific: true, terms: { en: ['x y'], fr: ['x z'] } }] };
const signed = await signPack(packA, keys.privateKey);
const prof = (w: number[]) => ({ id: 'a-sop', label: 'A SOP', cues: w.map((x, i) => ({ phrase: 'cue ' + i, weight: x })), rules: [{ id: 'a-sop.desk', level: 'required', concepts: ['a-cell'], reason: 'r', basis: 'b', suggestion: 's' }] });
const policy = { packs: [packA], packKeys: [keys.publicKey], builtinPacks: ['nato'] };
mkdirSync('/etc/chromium/policies/managed', { recursive: true });
const f = `/etc/chromium/policies/managed/wps-lens-dbg-${id}.json`;
writeFileSync(f, JSON.stringify({ '3rdparty': { extensions: { [id]: { ...policy, packs: [{ ...packA, pack: { ...packA.pack, id: 'p1' }, profiles: [prof([2])] }, { ...packA, pack: { ...packA.pack, id: 'p2' }, profiles: [prof([0.5])] }] } } } }));
try {
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/mtest/u-'), { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] });
let w = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
await new Promise(r => setTimeout(r, 1000));
console.log(JSON.stringify(await w.evaluate(() => (globalThis as any).chrome.storage.managed.get(null))).slice(0, 2000));
const p = await ctx.newPage(); await p.goto('chrome://policy/logs'); await p.waitForTimeout(1500); console.log((await p.locator('body').innerText()).slice(0, 3000));
await ctx.close();
} finally { rmSync(f); }
