// The extension's organisation policy without a browser: the Chrome managed schema (made from the core's
// zod shapes, in Chrome's one-type-per-node dialect, and the committed file current), reading managed
// storage (Firefox's "no manifest" and Chrome's {} are no policy), the rules in force (locks, defaults,
// a tampered or unsigned pack refused by name while the rest load, wrong entries one line each), and the
// background's own requests (get-rules, import-pack) over a fake chrome.storage.managed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../core/analyze.ts';
import { generatePackKeys, ManagedPolicy, signPack, type PackKey } from '../../core/index.ts';
import { chromeManagedSchema } from '../../extension/lib/managed-schema.ts';
import { readManagedPolicy } from '../../extension/lib/managed.ts';
import { RulesReply, ImportPackReply } from '../../extension/lib/messages.ts';
import { RulesCache, rulesFor } from '../../extension/lib/rules.ts';
import { defaultSettings, loadSettings, saveSettings, type Settings, type StorageAreaLike } from '../../extension/lib/settings.ts';
import { repoRoot } from '../support/corpus.ts';

// The background reads `browser` from wxt/browser: here local storage is WXT's fake and managed storage
// is whatever the test sets (fakeBrowser does not implement storage.managed).
const managed = vi.hoisted(() => ({ data: {} as Record<string, unknown>, fail: null as Error | null }));
vi.mock('wxt/browser', () => ({
  browser: {
    storage: { local: fakeBrowser.storage.local, managed: { get: async () => { if (managed.fail) throw managed.fail; return structuredClone(managed.data); } } },
    runtime: fakeBrowser.runtime,
  },
}));
const { handleRequest } = await import('../../extension/lib/background-service.ts');

const area = fakeBrowser.storage.local as unknown as StorageAreaLike;

function pack(id: string, term: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'wps-lens-pack/1',
    pack: { id, name: `Rules ${id}`, version: '2.1.0', publisher: 'Example Command HQ' },
    concepts: [{ id: `${id}-cell`, label: `${id} cell`, pillar: 'structures', genderSpecific: true, terms: { en: [term], fr: [`${term} fr`] } }],
    ...over,
  };
}

let keys: { publicKey: PackKey; privateKey: object };
let signed: Record<string, unknown>;
let tampered: Record<string, unknown>;
beforeAll(async () => {
  keys = await generatePackKeys('command-2026');
  signed = await signPack(pack('command-rules', 'staff gender desk'), keys.privateKey);
  tampered = structuredClone(await signPack(pack('altered-rules', 'camp welfare desk'), keys.privateKey));
  (tampered.concepts as { terms: { en: string[] } }[])[0]!.terms.en.push('any word at all');
});
beforeEach(() => { fakeBrowser.reset(); managed.data = {}; managed.fail = null; });

describe('Chrome managed schema', () => {
  type Node = { type?: unknown; $ref?: unknown; properties?: Record<string, Node>; items?: Node; additionalProperties?: unknown };
  const walk = (n: Node, path: string, out: string[]) => {
    if (typeof n.type !== 'string' && typeof n.$ref !== 'string') out.push(`${path}: no single type`);
    for (const k of ['anyOf', 'oneOf', 'allOf', 'const', 'propertyNames']) if (k in n) out.push(`${path}: ${k}`);
    for (const [k, v] of Object.entries(n.properties ?? {})) walk(v, `${path}.${k}`, out);
    if (n.items) walk(n.items, `${path}[]`, out);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(n.additionalProperties as Node, `${path}.*`, out);
    if (n.additionalProperties === false) out.push(`${path}: additionalProperties false`);
  };

  it('declares every policy key, one type per node, and the committed file is current', () => {
    const s = chromeManagedSchema() as Node;
    expect(s.type).toBe('object');
    expect('additionalProperties' in s).toBe(false); // Chrome refuses it at the top level
    expect(Object.keys(s.properties!).sort()).toEqual(Object.keys(ManagedPolicy.shape).sort());
    const problems: string[] = [];
    walk(s, 'policy', problems);
    expect(problems).toEqual([]);
    // Pack content passes through whole (Chrome drops undeclared properties, which would break signatures).
    const packNode = s.properties!.packs!.items!;
    expect(Object.keys(packNode.properties!).sort()).toEqual(['concepts', 'cues', 'format', 'groups', 'pack', 'profiles', 'signature', 'verbs']);
    expect(Object.keys(packNode.properties!.profiles!.items!.properties!)).toEqual(expect.arrayContaining(['id', 'label', 'cues', 'rules']));
    const file = JSON.parse(readFileSync(join(repoRoot, 'extension/public/managed_schema.json'), 'utf8'));
    expect(file, 'run: node --import tsx scripts/managed-schema.ts').toEqual(s);
  });

  it('the Chrome manifest points at it; the Firefox one does not (Firefox reads a managed storage manifest)', () => {
    const config = readFileSync(join(repoRoot, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/browser === 'firefox' \? \{\} : \{ storage: \{ managed_schema: 'managed_schema\.json' \} \}/);
  });
});

describe('reading managed storage', () => {
  it('no policy: Chrome\'s {} and Firefox\'s missing manifest say nothing; other failures are said', async () => {
    expect(await readManagedPolicy(undefined)).toEqual({ problems: [] });
    expect(await readManagedPolicy({ get: async () => ({}) })).toEqual({ problems: [] });
    expect(await readManagedPolicy({ get: async () => { throw new Error('Managed storage manifest not found'); } })).toEqual({ problems: [] });
    const broken = await readManagedPolicy({ get: async () => { throw new Error('IO error 5'); } });
    expect(broken.policy).toBeUndefined();
    expect(broken.problems).toEqual(['Organisation policy could not be read: IO error 5']);
    expect(await readManagedPolicy({ get: async () => ({ allowUserPacks: false }) })).toEqual({ policy: { allowUserPacks: false }, problems: [] });
  });
});

describe('rules in force', () => {
  const user = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

  it('the organisation\'s packs, keys and locks apply; a tampered pack is refused by name and the others load', async () => {
    const policy = { builtinPacks: ['nato'], packs: [signed, tampered], packKeys: [keys.publicKey], defaultProfile: 'nato-opord', autoScanSites: ['https://intranet.example.org'], allowUserPacks: false };
    const mine = user({ profile: 'mandate', autoScan: ['https://elsewhere.example.org'], packs: [{ name: 'mine.json', data: pack('my-rules', 'my desk') }], builtinPacks: ['nap'], lexicon: { name: 'lex.json', data: { concepts: [] } } });
    const r = await rulesFor({ policy, problems: [] }, mine);
    expect(r.organisation).toBe(true);
    expect(r.inForce.resolved.packs.map((p) => [p.id, p.trust])).toEqual([['nato', 'built-in'], ['command-rules', 'verified']]);
    expect(r.inForce.resolved.packs[1]).toMatchObject({ name: 'Rules command-rules', version: '2.1.0', publisher: 'Example Command HQ', keyId: 'command-2026' });
    expect(r.problems).toEqual([expect.stringMatching(/^organisation policy \(pack 2\): pack "altered-rules" has a signature that does not match its content .*it was not loaded$/)]);
    expect([...r.effective.locked].sort()).toEqual(['autoScan', 'packs', 'profile', 'userPacks']);
    expect(r.effective.defaultProfile).toBe('nato-opord');
    expect(r.effective.autoScanSites).toEqual(['https://intranet.example.org']);
    // The user's pack, built-in choice and lexicon file are not used.
    const cache = new RulesCache();
    const lex = cache.lexiconFor(r, mine.lexicon);
    expect(cache.notice).toBe('Custom lexicon not used: your organisation does not allow files of your own.');
    const report = analyze([{ id: 'b1', text: 'The staff gender desk will meet weekly. The camp welfare desk and my desk are elsewhere.' }], { source: 't', profile: 'auto', lexicon: lex });
    expect(report.findings.map((f) => f.concept)).toEqual(['command-rules-cell']);
    expect(report.packs?.map((p) => p.id)).toEqual(['nato', 'command-rules']);
    expect(lex.profiles.has('nato-opord')).toBe(true);
    expect(lex.profiles.has('nap')).toBe(false);
  });

  it('with a key, the user\'s unsigned pack is refused with the core\'s message; without a policy the user\'s choices apply', async () => {
    const mine = user({ packs: [{ name: 'mine.json', data: pack('my-rules', 'my desk') }], builtinPacks: ['nap'], profile: 'mandate' });
    const keyed = await rulesFor({ policy: { packKeys: [JSON.stringify(keys.publicKey)] }, problems: [] }, mine);
    expect(keyed.inForce.resolved.packs.map((p) => p.id)).toEqual(['nap']);
    expect(keyed.problems).toEqual(['mine.json: pack "my-rules" is not signed; this organisation accepts only packs signed with its key']);
    expect(keyed.effective.locked.size).toBe(0);
    const free = await rulesFor({ problems: [] }, mine);
    expect(free.organisation).toBe(false);
    expect(free.inForce.resolved.packs.map((p) => [p.id, p.trust])).toEqual([['nap', 'built-in'], ['my-rules', 'unsigned']]);
    expect(free.effective.defaultProfile).toBe('mandate');
    expect(free.problems).toEqual([]);
  });

  it('wrong entries are one line each and the valid ones still apply; packs may be JSON text (Firefox, registry)', async () => {
    const policy = { allowUserPacks: 'no', autoScanSites: ['intranet'], defaultProfile: 'nato-opord', colour: 'red', packs: [JSON.stringify(signed), '{not json'], packKeys: [keys.publicKey] };
    const r = await rulesFor({ policy, problems: [] }, user());
    expect(r.problems).toEqual([
      'policy allowUserPacks: Invalid input: expected boolean, received string',
      'policy autoScanSites.0: must be an origin like https://example.org',
      expect.stringMatching(/^policy: unknown setting "colour" \(known: builtinPacks, packs, /),
      'policy packs[1]: not valid JSON',
    ]);
    expect(r.inForce.resolved.packs.map((p) => [p.id, p.trust])).toEqual([['command-rules', 'verified']]);
    expect(r.effective.defaultProfile).toBe('nato-opord');
    expect(r.effective.allowUserPacks).toBe(true);
  });
});

describe('the background over fake managed storage', () => {
  const rules = async () => RulesReply.parse(await handleRequest({ type: 'get-rules' }, undefined)).rules;

  it('get-rules reports the policy\'s packs, locks and problems; a policy change applies on the next read', async () => {
    managed.data = { packs: [signed, tampered], packKeys: [keys.publicKey], allowUserPacks: false, defaultProfile: 'nato-opord', builtinPacks: ['nato'] };
    let r = await rules();
    expect(r.organisation).toBe(true);
    expect(r.packs.map((p) => [p.id, p.trust])).toEqual([['nato', 'built-in'], ['command-rules', 'verified']]);
    expect(`${r.packs[1]!.name} ${r.packs[1]!.version} ${r.packs[1]!.publisher}`).toBe('Rules command-rules 2.1.0 Example Command HQ');
    expect(r.locked.sort()).toEqual(['packs', 'profile', 'userPacks']);
    expect(r.problems.length).toBe(1);
    expect(r.problems[0]).toMatch(/pack "altered-rules" has a signature that does not match/);
    expect(r.profiles.map((p) => p.id)).toEqual(expect.arrayContaining(['nato-opord', 'mandate']));
    const refused = ImportPackReply.parse(await handleRequest({ type: 'import-pack', name: 'x.json', data: pack('x-rules', 'x desk') }, undefined));
    expect(refused).toEqual({ ok: false, problems: ['Not added: your organisation does not allow packs of your own.'] });

    managed.data = {};
    r = await rules();
    expect(r.organisation).toBe(false);
    expect(r.packs).toEqual([]);
    expect(r.locked).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('import-pack checks a user\'s pack against the organisation key and stores only what loads', async () => {
    managed.data = { packKeys: [keys.publicKey] };
    const unsigned = ImportPackReply.parse(await handleRequest({ type: 'import-pack', name: 'mine.json', data: pack('my-rules', 'my desk') }, undefined));
    expect(unsigned).toEqual({ ok: false, problems: ['mine.json: pack "my-rules" is not signed; this organisation accepts only packs signed with its key'] });
    const bad = ImportPackReply.parse(await handleRequest({ type: 'import-pack', name: 'bad.json', data: { format: 'wps-lens-pack/1', pack: { id: 'Bad Id', name: '', version: '1', publisher: 'x' } } }, undefined));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.length).toBe(3);
      for (const p of bad.problems) expect(p).toMatch(/^bad\.json: /);
    }
    expect((await loadSettings(area)).settings.packs).toEqual([]);
    const ok = ImportPackReply.parse(await handleRequest({ type: 'import-pack', name: 'signed.json', data: signed }, undefined));
    expect(ok).toMatchObject({ ok: true, info: { id: 'command-rules', trust: 'verified' } });
    expect((await loadSettings(area)).settings.packs.map((p) => p.name)).toEqual(['signed.json']);
    expect((await rules()).packs.map((p) => p.id)).toEqual(['command-rules']);
    // Stored settings written by an older version (no pack fields) still read.
    const old = defaultSettings() as Partial<Settings>;
    delete old.packs; delete old.builtinPacks;
    await fakeBrowser.storage.local.set({ 'wpsLens.settings': old });
    expect((await loadSettings(area)).settings.packs).toEqual([]);
    await saveSettings(area, defaultSettings());
  });
});
