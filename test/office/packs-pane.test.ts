// Rule packs in the Word and Excel panes (office-addin/src/common/packs.ts) in a DOM without a browser
// (linkedom), over one settings store as the two panes share: an imported pack's document type is offered
// and used, a malformed pack is refused with the core's lines and the old state kept, the organisation's
// policy locks its controls and its pack is active in both panes, and with an organisation key a tampered
// or unsigned pack is refused with the core's message. Also the policy fetch (same origin, 404 = none)
// and the build's check of a policy file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePackKeys, signPack, validatePack, type PackKey } from '../../core/index.ts';
import { checkOrgPolicy } from '../../office-addin/build.ts';
import { engine } from '../../office-addin/src/excel/compute.ts';
import { mountExcel } from '../../office-addin/src/excel/pane.ts';
import { builtinLexicon } from '../../office-addin/src/common/lexicon.ts';
import { fetchOrgPolicy, PACKS_KEY, readPackSettings, type PolicyLoader } from '../../office-addin/src/common/packs.ts';
import { memoryStore, type Store } from '../../office-addin/src/common/settings.ts';
import { mountWord } from '../../office-addin/src/word/pane.ts';
import { FakeWorkbook } from './support/excel-workbook.ts';
import { createWordMock } from './support/word-mock.ts';

const g = globalThis as { document?: unknown };
afterEach(() => {
  delete g.document;
  engine().setLexicon(builtinLexicon()); // the engine is the runtime's one: leave it as found
});

/** A pack of our own: one concept and one document type whose only rule asks for it. */
function sopPack(id = 'brigade-sop', name = 'Brigade SOP rules'): Record<string, unknown> {
  return {
    format: 'wps-lens-pack/1',
    pack: { id, name, version: '1.2.0', publisher: 'Example Brigade HQ' },
    concepts: [{ id: `${id}-gender-cell`, label: 'Brigade gender cell', pillar: 'structures', genderSpecific: true, terms: { en: ['brigade gender cell'], fr: ['cellule genre de la brigade'] } }],
    profiles: [{
      id: `${id}-directive`, label: `${name}: directive`, layout: 'title', cues: [{ phrase: 'brigade directive', weight: 6 }],
      rules: [{
        id: `${id}-directive.gender-cell`, level: 'required', concepts: [`${id}-gender-cell`], where: 'any',
        reason: 'The directive does not task the brigade gender cell.', basis: 'Example Brigade SOP 4.2 (a test pack of our own).',
        suggestion: 'The brigade gender cell reviews every patrol plan before it is issued.',
      }],
    }],
  };
}

const DIRECTIVE = ['BRIGADE DIRECTIVE 4/26', 'Patrols leave the camp at dawn and report to the operations room.'];

function dom() {
  const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  g.document = document;
  return document.getElementById('app') as unknown as HTMLElement;
}

function word(app: Store, paragraphs = DIRECTIVE, policy?: PolicyLoader) {
  const root = dom();
  const w = createWordMock({ paragraphs });
  mountWord(root, { run: w.run, supports: w.supports, app, doc: memoryStore(), policy });
  return view(root);
}

function excel(app: Store, policy?: PolicyLoader) {
  const root = dom();
  mountExcel(root, { run: new FakeWorkbook().run, app, policy });
  return view(root);
}

function view(root: HTMLElement) {
  const q = (sel: string) => root.querySelector(sel);
  return {
    root, q,
    status: () => q('[role="status"]')?.textContent ?? '',
    packStatus: () => q('#wps-pack-status')?.textContent ?? '',
    problems: () => [...root.querySelectorAll('#wps-pack-problems li')].map((li) => li.textContent),
    /** Each listed pack: its lines (name, version, trust | publisher, key, origin | button) joined by " | ". */
    packs: () => [...root.querySelectorAll('#wps-pack-list .wps-pack')].map((li) => [...li.children].map((c) => c.textContent).join(' | ')),
    options: (sel: string) => [...root.querySelectorAll(`${sel} option`)].map((o) => o.getAttribute('value')),
  };
}

/** Picks a file in a file input, as the user would (linkedom has no FileList: the property is set). */
function pick(input: Element, name: string, text: string): void {
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fire(input, 'change');
}

function fire(el: Element, type: string): void {
  const e = (el.ownerDocument as unknown as { createEvent(t: string): Event }).createEvent('Event');
  (e as unknown as { initEvent(t: string, b: boolean, c: boolean): void }).initEvent(type, true, false);
  el.dispatchEvent(e);
}

function choose(select: Element, value: string): void {
  for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  fire(select, 'change');
}

async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check(), what).toBe(true);
}

async function scan(p: ReturnType<typeof view>): Promise<void> {
  (p.q('#wps-scan') as HTMLButtonElement).click();
  await until(() => /^Scanned /.test(p.status()), `scanned (status: ${p.status()})`);
}

const policyOf = (policy: unknown): PolicyLoader => async () => ({ policy, problems: [] });

describe('rule packs in the Word and Excel panes', () => {
  it('an imported pack: listed with version, publisher and trust; its document type offered and used in Word; shared with Excel; removed again', async () => {
    const app = memoryStore();
    const w = word(app);
    expect(w.packs()).toEqual([]);
    expect(w.q('#wps-pack-list')!.textContent).toBe('No pack in use: the built-in UN rules only.');
    await scan(w);
    expect(w.options('#wps-profile')).not.toContain('brigade-sop-directive');

    pick(w.q('#wps-pack-file')!, 'sop.json', JSON.stringify(sopPack()));
    await until(() => w.packStatus() !== '', 'import done');
    expect(w.packStatus()).toBe('Pack added: Brigade SOP rules 1.2.0 (unsigned).');
    expect(w.packs()).toEqual(['Brigade SOP rules 1.2.0 unsigned | Example Brigade HQ · file sop.json | Remove']);
    expect(readPackSettings(app).packs).toEqual([{ name: 'sop.json', data: sopPack() }]);
    // Offered in the default-type setting and beside the report; the scan was re-analysed with the pack.
    expect(w.options('#wps-default-profile')).toContain('brigade-sop-directive');
    await until(() => w.options('#wps-profile').includes('brigade-sop-directive'), 'type offered beside the report');
    choose(w.q('#wps-profile')!, 'brigade-sop-directive');
    await until(() => (w.q('#wps-gaps')?.textContent ?? '').includes('The directive does not task the brigade gender cell.'), 'the pack\'s gap');
    expect(w.q('#wps-profile-note')!.textContent).toBe('Checked as: Brigade SOP rules: directive.');

    // Excel, on the same settings store: the same pack, in the engine its functions share.
    const x = excel(app);
    await until(() => x.packs().length === 1, 'Excel lists the pack');
    expect(x.packs()[0]).toBe('Brigade SOP rules 1.2.0 unsigned | Example Brigade HQ · file sop.json | Remove');
    expect(x.options('#wps-profile')).toContain('brigade-sop-directive');
    expect(engine().lexicon.concepts.has('brigade-sop-gender-cell')).toBe(true);
    expect(engine().lexicon.packs?.map((p) => `${p.id} ${p.version} ${p.trust}`)).toEqual(['brigade-sop 1.2.0 unsigned']);

    (x.q('button[aria-label="Remove pack Brigade SOP rules"]') as HTMLButtonElement).click();
    await until(() => x.packs().length === 0, 'removed');
    expect(x.packStatus()).toBe('Pack sop.json removed.');
    expect(readPackSettings(app).packs).toEqual([]);
    expect(engine().lexicon.concepts.has('brigade-sop-gender-cell')).toBe(false);
    expect(x.options('#wps-profile')).not.toContain('brigade-sop-directive');
  });

  it('built-in packs turn on and off; a stored type of a pack turned off falls back to detection', async () => {
    const app = memoryStore();
    const w = word(app, ['NATO OPERATION ORDER 1/26', '1. SITUATION', 'a. Details follow.']);
    const nato = () => w.q('#wps-builtin-packs input[value="nato"]') as HTMLInputElement;
    expect(nato().hasAttribute('checked')).toBe(false);
    nato().setAttribute('checked', ''); (nato() as unknown as { checked: boolean }).checked = true;
    fire(nato(), 'change');
    await until(() => w.packs().length === 1, 'nato on');
    expect(w.packs()).toEqual(['NATO plans and orders 1.1.0 built-in | WPS Lens (built-in)']);
    expect(readPackSettings(app).builtinPacks).toEqual(['nato']);
    expect(w.options('#wps-default-profile')).toEqual(expect.arrayContaining(['nato-opord', 'nato-oplan', 'nato-conops']));
    choose(w.q('#wps-default-profile')!, 'nato-opord');
    await until(() => (w.q('#wps-default-profile option[selected]')?.getAttribute('value')) === 'nato-opord', 'stored type');
    await scan(w);
    expect(w.q('#wps-profile-note')!.textContent).toMatch(/^Checked as: .*(order|OPORD)/i);

    (nato() as unknown as { checked: boolean }).checked = false;
    fire(nato(), 'change');
    await until(() => w.packs().length === 0, 'nato off');
    expect(readPackSettings(app).builtinPacks).toEqual([]);
    await scan(w);
    expect(w.q('#wps-profile-note')!.textContent).toMatch(/^Detected: /);
  });

  it('a malformed pack: one line per problem as the core gives them, and the packs in use stay as they were', async () => {
    const app = memoryStore();
    const w = word(app);
    pick(w.q('#wps-pack-file')!, 'sop.json', JSON.stringify(sopPack()));
    await until(() => w.packs().length === 1, 'first pack');
    const stored = JSON.stringify(app.data.get(PACKS_KEY));

    const broken = sopPack('other-sop', 'Other SOP');
    (broken.pack as Record<string, unknown>).version = 'v2';
    (broken.concepts as Record<string, unknown>[])[0]!.pillar = 'not-a-pillar';
    pick(w.q('#wps-pack-file')!, 'broken.json', JSON.stringify(broken));
    await until(() => w.problems().length > 0, 'problems shown');
    const core = await validatePack({ name: 'broken.json', data: broken });
    expect(core.issues.length).toBe(2);
    expect(w.problems()).toEqual(core.issues);
    expect(w.packStatus()).toBe('Pack not added (2 problems):');
    expect(w.problems().some((l) => /^broken\.json: .*version/.test(l!))).toBe(true);
    expect(w.packs()).toEqual(['Brigade SOP rules 1.2.0 unsigned | Example Brigade HQ · file sop.json | Remove']);
    expect(JSON.stringify(app.data.get(PACKS_KEY))).toBe(stored);

    // Not JSON at all; then a pack whose concept clashes with one already loaded (the core refuses duplicates).
    pick(w.q('#wps-pack-file')!, 'notes.json', '{ "format": ');
    await until(() => w.problems()[0]?.startsWith('notes.json: not valid JSON') === true, 'JSON problem');
    expect(w.problems()).toHaveLength(1);
    const clash = sopPack('other-sop', 'Other SOP');
    (clash.concepts as Record<string, unknown>[])[0]!.id = 'brigade-sop-gender-cell';
    (clash.profiles as { rules: { concepts: string[] }[] }[])[0]!.rules[0]!.concepts = ['brigade-sop-gender-cell'];
    pick(w.q('#wps-pack-file')!, 'clash.json', JSON.stringify(clash));
    await until(() => w.problems().some((l) => l!.includes('brigade-sop-gender-cell')), 'clash refused');
    expect(w.packs()).toHaveLength(1);
    expect(JSON.stringify(app.data.get(PACKS_KEY))).toBe(stored);
  });

  describe('with an organisation policy', () => {
    let keys: { publicKey: PackKey; privateKey: object };
    beforeAll(async () => { keys = await generatePackKeys('example-org-2026'); });

    it('locks the controls it sets and its signed pack is active in Word and in Excel', async () => {
      const orgPack = await signPack(sopPack('org-rules', 'Organisation rules'), keys.privateKey);
      const policy = policyOf({ builtinPacks: ['nato'], packs: [orgPack], packKeys: [keys.publicKey], defaultProfile: 'nato-opord', allowUserPacks: false });
      const app = memoryStore({ [PACKS_KEY]: { builtinPacks: ['nap'], packs: [{ name: 'mine.json', data: sopPack() }] } });
      const w = word(app, ['NATO OPERATION ORDER 1/26', '1. SITUATION', 'a. The organisation rules name the brigade gender cell.'], policy);
      await until(() => w.q('#wps-org-note') !== null, 'policy applied');
      expect(w.q('#wps-org-note')!.textContent).toBe('Your organisation sets some of these (org-policy.json beside the add-in).');
      expect(w.packs()).toEqual([
        'NATO plans and orders 1.1.0 built-in | WPS Lens (built-in)',
        'Organisation rules 1.2.0 verified | Example Brigade HQ · key example-org-2026 · from your organisation',
      ]);
      // Built-in packs: the organisation's choice (nato, not the user's nap), locked.
      expect(w.q('#wps-builtin-packs')!.hasAttribute('disabled')).toBe(true);
      expect(w.q('#wps-builtin-packs legend')!.textContent).toBe('Built-in packs · Set by your organisation');
      expect([...w.root.querySelectorAll('#wps-builtin-packs input')].map((i) => `${i.getAttribute('value')}:${i.hasAttribute('checked')}:${i.hasAttribute('disabled')}`)).toEqual(['nato:true:true', 'nap:false:true']);
      // No packs or lexicons of the user's own: no import, and the stored one is not used.
      expect(w.q('#wps-pack-file')).toBeNull();
      expect(w.q('#wps-pack-file-locked')!.textContent).toBe('Set by your organisation: packs and lexicons of your own are not allowed.');
      expect(w.q('#wps-lexicon-file')!.hasAttribute('disabled')).toBe(true);
      // The default type: the organisation's, locked, and used for the scan.
      expect(w.q('#wps-default-profile')!.hasAttribute('disabled')).toBe(true);
      expect(w.q('#wps-default-profile option[selected]')!.getAttribute('value')).toBe('nato-opord');
      expect(w.q('label[for="wps-default-profile"]')!.parentElement!.textContent).toContain('Set by your organisation');
      await scan(w);
      expect(w.q('#wps-profile')!.querySelector('option[selected]')!.getAttribute('value')).toBe('nato-opord');
      expect([...w.root.querySelectorAll('#wps-findings .wps-quote')].map((q) => q.textContent)).toContain('“brigade gender cell”');

      const x = excel(app, policy);
      await until(() => x.packs().length === 2, 'Excel applies the policy');
      expect(x.packs()[1]).toBe('Organisation rules 1.2.0 verified | Example Brigade HQ · key example-org-2026 · from your organisation');
      expect(x.q('#wps-profile')!.hasAttribute('disabled')).toBe(true);
      expect(x.q('#wps-profile option[selected]')!.getAttribute('value')).toBe('nato-opord');
      expect(x.q('.wps-org:not([hidden])')!.textContent).toBe('Set by your organisation');
      expect(engine().lexicon.concepts.has('org-rules-gender-cell')).toBe(true);
      expect(engine().lexicon.concepts.has('brigade-sop-gender-cell')).toBe(false);
      expect(engine().lexicon.packs?.map((p) => `${p.id}:${p.trust}`)).toEqual(['nato:built-in', 'org-rules:verified']);
    });

    it('a policy with a wrong entry: its line is shown and the valid parts still apply', async () => {
      const app = memoryStore();
      const w = word(app, DIRECTIVE, policyOf({ builtinPacks: ['nap'], autoscan: true, defaultProfile: 'Not A Type' }));
      await until(() => w.q('#wps-org-note') !== null, 'policy applied');
      expect(w.problems()).toEqual([
        'policy: unknown setting "autoscan" (known: builtinPacks, packs, packKeys, defaultProfile, autoScanSites, allowUserPacks)',
        'policy defaultProfile: Invalid string: must match pattern /^[a-z0-9-]+$/',
      ]);
      expect(w.packs()).toEqual([expect.stringMatching(/^National Action Plan.* built-in \| WPS Lens \(built-in\)$/)]);
      expect(w.q('#wps-builtin-packs')!.hasAttribute('disabled')).toBe(true);
      expect(w.q('#wps-default-profile')!.hasAttribute('disabled')).toBe(false); // its entry was wrong: not locked
      expect(w.q('#wps-pack-file')).not.toBeNull();
    });

    it('a tampered or unsigned pack is refused with the core\'s message, users\' packs and the organisation\'s alike', async () => {
      const signed = await signPack(sopPack(), keys.privateKey);
      const tampered = JSON.parse(JSON.stringify(signed)) as { concepts: { terms: { en: string[] } }[] };
      tampered.concepts[0]!.terms.en.push('any gender word');
      const orgTampered = JSON.parse(JSON.stringify(await signPack(sopPack('org-rules', 'Organisation rules'), keys.privateKey))) as { pack: { version: string } };
      orgTampered.pack.version = '9.9.9';
      const policy = policyOf({ packs: [orgTampered], packKeys: [keys.publicKey] });
      // Stored before the organisation set its key: an unsigned pack, refused at start; the rest still applies.
      const app = memoryStore({ [PACKS_KEY]: { builtinPacks: ['nap'], packs: [{ name: 'old.json', data: sopPack('old-sop', 'Old SOP') }] } });
      const w = word(app, DIRECTIVE, policy);
      await until(() => w.problems().length === 2, 'refusals at start');
      const notMatching = 'has a signature that does not match its content under the organisation\'s key (altered after signing, or signed with another key); it was not loaded';
      expect(w.problems()).toEqual([
        `organisation policy (pack 1): pack "org-rules" ${notMatching}`,
        'old.json: pack "old-sop" is not signed; this organisation accepts only packs signed with its key',
      ]);
      expect(w.packs().map((p) => p.split(' | ')[0])).toEqual([expect.stringMatching(/^National Action Plan.* 1\.1\.0 built-in$/)]);

      pick(w.q('#wps-pack-file')!, 't.json', JSON.stringify(tampered));
      await until(() => w.packStatus() === 'Pack not added:', 'tampered refused');
      expect(w.problems()[0]).toBe(`t.json: pack "brigade-sop" ${notMatching}`);
      expect(readPackSettings(app).packs.map((p) => p.name)).toEqual(['old.json']);

      // The same pack as signed loads, verified by the organisation's key.
      pick(w.q('#wps-pack-file')!, 'good.json', JSON.stringify(signed));
      await until(() => w.packStatus().startsWith('Pack added'), 'signed pack added');
      expect(w.packStatus()).toBe('Pack added: Brigade SOP rules 1.2.0 (verified).');
      expect(w.packs()).toContain('Brigade SOP rules 1.2.0 verified | Example Brigade HQ · key example-org-2026 · file good.json | Remove');
    });
  });
});

describe('the organisation policy file', () => {
  const place = { href: 'https://addin.example.org/wps/taskpane.html', origin: 'https://addin.example.org' };
  const reply = (status: number, body: string, extra: { url?: string; type?: string } = {}) => {
    const calls: { url: string; init: unknown }[] = [];
    const f = async (url: string, init: unknown) => {
      calls.push({ url, init });
      return { ok: status >= 200 && status < 300, status, url: extra.url ?? url, headers: { get: (n: string) => (n === 'content-type' ? extra.type ?? 'application/json' : null) }, text: async () => body };
    };
    return { f, calls };
  };

  it('is read from beside the add-in, on its own origin only; absent (404 or a page) means no policy, silently', async () => {
    const ok = reply(200, '{"allowUserPacks":false}');
    expect(await fetchOrgPolicy(place, ok.f)).toEqual({ policy: { allowUserPacks: false }, problems: [] });
    expect(ok.calls).toEqual([{ url: 'https://addin.example.org/wps/org-policy.json', init: { credentials: 'same-origin', cache: 'no-cache', redirect: 'error' } }]);
    expect(await fetchOrgPolicy(place, reply(404, 'not found').f)).toEqual({ problems: [] });
    expect(await fetchOrgPolicy(place, reply(200, '<!doctype html>', { type: 'text/html; charset=utf-8' }).f)).toEqual({ problems: [] });
    expect(await fetchOrgPolicy(place, reply(200, '{}', { url: 'https://elsewhere.example.com/org-policy.json' }).f))
      .toEqual({ problems: ['org-policy.json: refused, it was served from another origin (https://elsewhere.example.com)'] });
    expect(await fetchOrgPolicy(place, reply(500, 'oops').f)).toEqual({ problems: ['org-policy.json: could not be read (HTTP 500)'] });
    expect((await fetchOrgPolicy(place, reply(200, '{ nope').f)).problems[0]).toMatch(/^org-policy\.json: not valid JSON/);
    const none = reply(200, '{}');
    expect(await fetchOrgPolicy({ href: 'file:///tmp/taskpane.html', origin: 'null' }, none.f)).toEqual({ problems: [] });
    expect(await fetchOrgPolicy(undefined, none.f)).toEqual({ problems: [] });
    expect(none.calls).toEqual([]);
  });

  it('is checked by the build: fields, packs and signatures, one line per problem', async () => {
    const keys = await generatePackKeys('build-key');
    const dir = mkdtempSync(join(tmpdir(), 'wps-policy-'));
    try {
      const good = JSON.stringify({ builtinPacks: ['nap'], packs: [await signPack(sopPack(), keys.privateKey)], packKeys: [keys.publicKey] });
      writeFileSync(join(dir, 'good.json'), good);
      expect(await checkOrgPolicy(join(dir, 'good.json'))).toBe(good);
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ builtinPacks: ['nap'], packs: [sopPack()], packKeys: [keys.publicKey], autoScan: true }));
      await expect(checkOrgPolicy(join(dir, 'bad.json'))).rejects.toThrow(
        `organisation policy ${join(dir, 'bad.json')} is not valid:\n  policy: unknown setting "autoScan" (known: builtinPacks, packs, packKeys, defaultProfile, autoScanSites, allowUserPacks)\n  organisation policy (pack 1): pack "brigade-sop" is not signed; this organisation accepts only packs signed with its key`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
