// Rule packs (core/packs): the built-in NATO and NAP packs, the pack format's errors, extends and
// conflicts, canonical JSON and signatures (WebCrypto ECDSA P-256), and what reports say about packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyze, builtinPacks, canonicalJson, PackFile, generatePackKeys, loadPackLexicon, PackError, resolvePacks, signPack,
  validatePack, verifyPack, effectiveSettings, packsInForce, type Lexicon, type PackKey,
} from '../core/index.ts';
import { repoRoot } from './support/corpus.ts';

const sample = (name: string) => readFileSync(join(repoRoot, 'samples', 'packs', name), 'utf8');

/** A minimal five-paragraph order with `line` in paragraph n (English or French headings). */
function order(kind: 'OPERATION ORDER' | 'OPERATION PLAN' | 'CONCEPT OF OPERATIONS' | 'ORDRE D\'OPÉRATION' | 'PLAN D\'OPÉRATION' | 'CONCEPT D\'OPÉRATION', n: number, line: string): string {
  const fr = /ORDRE|PLAN D|CONCEPT D/.test(kind);
  const heads = fr ? ['SITUATION', 'MISSION', 'EXÉCUTION', 'SOUTIEN LOGISTIQUE', 'COMMANDEMENT ET TRANSMISSIONS'] : ['SITUATION', 'MISSION', 'EXECUTION', 'SERVICE SUPPORT', 'COMMAND AND SIGNAL'];
  const filler = fr ? 'a. Détails à suivre.' : 'a. Details follow.';
  const body = heads.map((h, i) => `${i + 1}. ${h}\n${i + 1 === n ? line : filler}\n`).join('\n');
  return `${fr ? 'OTAN' : 'NATO'} ${kind} 1/26\n\n${body}\n${fr ? 'ACCUSER RÉCEPTION' : 'ACKNOWLEDGE'}\n`;
}

/** A pack file of our own, valid unless a test breaks it. */
function myPack(over: Record<string, unknown> = {}, header: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'wps-lens-pack/1',
    pack: { id: 'brigade-sop', name: 'Brigade SOP rules', version: '1.2.0', publisher: 'Example Brigade HQ', ...header },
    concepts: [{ id: 'brigade-gender-cell', label: 'Brigade gender cell', pillar: 'structures', genderSpecific: true, terms: { en: ['brigade gender cell'], fr: ['cellule genre de la brigade'] } }],
    profiles: [],
    ...over,
  };
}

/** For each relational rule of the built-in packs, its subject named without what the rule asks of it (EN, FR). */
const SUBJECT_ALONE: Record<string, readonly [string, string]> = {
  'gender-adviser-in-command-group': ['A gender adviser helps the logistics cell.', 'Un conseiller pour les questions de genre aide la cellule logistique.'],
  'cross-cutting-topics-tasked': ['The cross-cutting topics apply.', 'Les thèmes transversaux s\'appliquent.'],
  'crsv-apart-from-sea': ['Sexual exploitation and abuse and conflict-related sexual violence are prohibited.', 'L\'exploitation et les abus sexuels et les violences sexuelles liées aux conflits sont interdits.'],
  'budget-with-amount': ['A budget will be sought.', 'Un financement sera recherché.'],
  'civil-society-monitors': ['Civil society will be consulted.', 'La société civile sera consultée.'],
};

let lex: Lexicon;
beforeAll(async () => { lex = await loadPackLexicon(['nato', 'nap']); });

describe('built-in packs', () => {
  it('are valid packs, load over the built-in rules, and every rule has French texts and its profile\'s id', () => {
    const packs = builtinPacks();
    expect(packs.map((p) => p.pack.id)).toEqual(['nato', 'nap']);
    for (const p of packs) {
      // As shipped (not re-parsed): the data file itself is a valid pack.
      const raw = JSON.parse(readFileSync(join(repoRoot, 'core/data/packs', `${p.pack.id}.json`), 'utf8'));
      expect(PackFile.safeParse(raw).success).toBe(true);
      for (const prof of p.profiles) {
        expect(prof.rules.length).toBeGreaterThan(5);
        for (const r of prof.rules) {
          expect(r.id.startsWith(`${prof.id}.`)).toBe(true);
          expect(r.fr?.reason && r.fr.basis && r.fr.suggestion).toBeTruthy();
          // Every basis names its place in the pack brief, and says the grading is inference.
          expect(r.basis).toMatch(/(NATO|NAP) pack [AB]\.\d/);
          expect(r.basis).toMatch(/inference/);
          expect(r.fr!.basis).toMatch(/inférence/);
        }
      }
    }
    for (const id of ['nato-opord', 'nato-oplan', 'nato-conops', 'nap', 'oporder', 'mandate']) expect(lex.profiles.has(id)).toBe(true);
  });

  it('NATO orders expect nothing in paragraph 2 (Mission), which is never subdivided', () => {
    for (const p of builtinPacks()[0]!.profiles) for (const r of p.rules) expect(r.where).not.toBe('opord-2');
  });

  // A suggestion inserted where its rule looks must satisfy that rule: otherwise "insert wording" leaves the gap open.
  it.each(builtinPacks().flatMap((p) => p.profiles.flatMap((prof) => prof.rules.flatMap((r) => (['en', 'fr'] as const).map((lang) => ({ prof: prof.id, rule: r, lang }))))))(
    '$prof $rule.id ($lang): its own suggestion closes the gap', ({ prof, rule, lang }) => {
      const s = lang === 'en' ? rule.suggestion : rule.fr!.suggestion;
      const n = rule.where.startsWith('opord-') ? Number(rule.where.slice(6)) : 3;
      const kinds = { 'nato-opord': ['OPERATION ORDER', 'ORDRE D\'OPÉRATION'], 'nato-oplan': ['OPERATION PLAN', 'PLAN D\'OPÉRATION'], 'nato-conops': ['CONCEPT OF OPERATIONS', 'CONCEPT D\'OPÉRATION'] } as const;
      const text = prof === 'nap'
        ? `${lang === 'en' ? 'NATIONAL ACTION PLAN ON WOMEN, PEACE AND SECURITY' : 'PLAN D\'ACTION NATIONAL FEMMES, PAIX ET SÉCURITÉ'}\n\n${s}\n`
        : order(kinds[prof as keyof typeof kinds][lang === 'en' ? 0 : 1], n, s);
      // A relational rule applies only where its subject is named: the document without it names the subject alone.
      const alone = rule.requires ? SUBJECT_ALONE[rule.id.slice(rule.id.indexOf('.') + 1)]![lang === 'en' ? 0 : 1] : undefined;
      const without = analyze(prof === 'nap'
        ? `${lang === 'en' ? 'NATIONAL ACTION PLAN' : 'PLAN D\'ACTION NATIONAL'}\n\n${alone ?? 'To be written.'}\n`
        : order(kinds[prof as keyof typeof kinds][alone && lang === 'fr' ? 1 : 0], alone ? 4 : n, alone ? `a. ${alone}` : 'a. Details follow.'), { lexicon: lex, profile: prof });
      expect(without.gaps.map((g) => g.rule)).toContain(rule.id);
      const r = analyze(text, { lexicon: lex, profile: prof });
      expect(r.gaps.map((g) => g.rule)).not.toContain(rule.id);
    });
});

describe('detection with packs', () => {
  it('a NATO order of our own is a nato-opord with the pack, a UN oporder without it', async () => {
    const text = sample('nato-opord-task-force-north.txt');
    const withPack = analyze(text, { lexicon: lex });
    expect(withPack.profile).toMatchObject({ id: 'nato-opord', detected: true });
    expect(withPack.profile.confidence).toBeGreaterThanOrEqual(0.6);
    expect(withPack.packs).toEqual([
      { id: 'nato', name: 'NATO plans and orders', version: '1.1.0', publisher: 'WPS Lens (built-in)', origin: 'built-in', trust: 'built-in' },
      { id: 'nap', name: 'National Action Plans on WPS', version: '1.1.0', publisher: 'WPS Lens (built-in)', origin: 'built-in', trust: 'built-in' },
    ]);
    expect(analyze(text).profile.id).toBe('oporder');
    expect(analyze(text).packs).toBeUndefined();
  });

  it('the NATO gaps of that order carry their basis, and what the order says closes its rules', () => {
    const r = analyze(sample('nato-opord-task-force-north.txt'), { lexicon: lex });
    const rules = r.gaps.map((g) => g.rule);
    // said: sexual violence as the enemy's method (para 1), a women's organisation (para 1), SEA (para 3), the 1325 reference
    for (const met of ['nato-opord.situation-crsv-threat', 'nato-opord.situation-womens-organisations', 'nato-opord.coordination-sea', 'nato-opord.references-wps-frame']) expect(rules).not.toContain(met);
    // not said: GENAD in the command group, focal points, training, a CRSV procedure
    for (const gap of ['nato-opord.command-gender-adviser', 'nato-opord.coordination-gender-focal-points', 'nato-opord.support-predeployment-training', 'nato-opord.coordination-crsv-procedure']) expect(rules).toContain(gap);
    const g = r.gaps.find((x) => x.rule === 'nato-opord.command-gender-adviser')!;
    expect(g.basis).toContain('Bi-SCD 40-1 Rev 1 Annex A');
    expect(g.severity).toBe('high');
  });

  it('an operation plan and a concept of operations get their own NATO types', () => {
    expect(analyze(order('OPERATION PLAN', 3, 'a. Concept. The Joint Force Command will run three phases under SACEUR direction.'), { lexicon: lex }).profile.id).toBe('nato-oplan');
    expect(analyze(order('PLAN D\'OPÉRATION', 3, 'a. Concept. Le commandement interarmées de l\'OTAN conduira trois phases.'), { lexicon: lex }).profile.id).toBe('nato-oplan');
  });

  it('a French national action plan of our own is a nap, with its checklist in French terms', () => {
    const r = analyze(sample('plan-action-national-exemple.txt'), { lexicon: lex });
    expect(r.profile.id).toBe('nap');
    expect(r.language).toBe('fr');
    const rules = r.gaps.map((g) => g.rule);
    for (const met of ['nap.context-analysis', 'nap.pillar-participation', 'nap.pillar-protection', 'nap.indicators', 'nap.coordination', 'nap.civil-society', 'nap.monitoring-evaluation', 'nap.reporting']) expect(rules).not.toContain(met);
    for (const gap of ['nap.pillar-relief-recovery', 'nap.budget-allocated', 'nap.baselines-targets']) expect(rules).toContain(gap);
    expect(r.coverage.score).not.toBeNull();
    // A French plan gets the pack's French reasons and wording, ready to insert.
    const budget = r.gaps.find((g) => g.rule === 'nap.budget-allocated')!;
    const rule = builtinPacks()[1]!.profiles[0]!.rules.find((x) => x.id === 'nap.budget-allocated')!;
    expect(budget.reason).toBe(rule.fr!.reason);
    expect(budget.suggestion).toBe(rule.fr!.suggestion);
  });

  it('an English national action plan of our own is a nap; a report that mentions national action plans is not', () => {
    const plan = ['National Action Plan on Women, Peace and Security 2026–2030', '', 'Pillar 1. Participation', 'Objective 1.1: Increase the meaningful participation of women in peace processes.',
      'Indicator 1.1.a: share of women among negotiators. Baseline: 12 per cent. Target: 30 per cent.', '', 'Budget', 'The allocated budget is drawn from budget line 14.'].join('\n');
    const r = analyze(plan, { lexicon: lex });
    expect(r.profile.id).toBe('nap');
    const rules = r.gaps.map((g) => g.rule);
    for (const met of ['nap.pillar-participation', 'nap.indicators', 'nap.baselines-targets', 'nap.budget-allocated']) expect(rules).not.toContain(met);
    const report = 'Review of the mission\n\nThe mission supported two countries in drafting national action plans on women, peace and security. Several national action plans lack budgets.';
    expect(analyze(report, { lexicon: lex }).profile.id).not.toBe('nap');
  });
});

describe('pack files: errors name the file, entry and field', () => {
  const load = async (...sources: (string | { name: string; data: unknown })[]) => {
    try { await resolvePacks(sources); return []; } catch (e) { expect(e).toBeInstanceOf(PackError); return (e as PackError).issues; }
  };
  const compile = async (...sources: (string | { name: string; data: unknown })[]) => {
    try { await loadPackLexicon(sources); return []; } catch (e) { return (e as PackError).issues; }
  };

  it('a valid pack of our own loads, is unsigned, and its concept is found', async () => {
    const l = await loadPackLexicon([{ name: 'sop.json', data: myPack() }]);
    expect(l.packs).toEqual([{ id: 'brigade-sop', name: 'Brigade SOP rules', version: '1.2.0', publisher: 'Example Brigade HQ', origin: 'sop.json', trust: 'unsigned' }]);
    const r = analyze('The brigade gender cell will review every order.', { lexicon: l });
    expect(r.findings.map((f) => f.concept)).toContain('brigade-gender-cell');
  });

  it.each([
    ['not an object', [], ['a.json: expected a JSON object with "format": "wps-lens-pack/1" and a "pack" header']],
    ['wrong format tag', myPack({ format: 'pack/2' }), ['a.json: field "format": Invalid input: expected "wps-lens-pack/1"']],
  ] as const)('%s', async (_name, data, expected) => {
    expect(await load({ name: 'a.json', data })).toEqual(expected);
  });

  it('bad header fields and a bad concept are each one line naming the field', async () => {
    const issues = await load({ name: 'bad.json', data: myPack({ concepts: [{ id: 'Bad Id', label: 'x', pillar: 'nowhere', genderSpecific: true, terms: { en: ['x'] } }] }, { id: 'Brigade', version: 'one' }) });
    expect(issues.length).toBe(4);
    expect(issues.every((l) => l.startsWith('bad.json: '))).toBe(true);
    expect(issues.some((l) => l.includes('pack') && l.includes('"id"') && l.includes('kebab-case'))).toBe(true);
    expect(issues.some((l) => l.includes('"version"') && l.includes('version like 1.0.0'))).toBe(true);
    expect(issues.some((l) => l.includes('concepts[0]') && l.includes('"pillar"'))).toBe(true);
  });

  it('unknown extends, circular extends, a reserved or built-in id, and the same pack twice from two files', async () => {
    expect(await load({ name: 'a.json', data: myPack({}, { extends: ['nowhere'] }) })).toEqual(['a.json: field "pack.extends": unknown pack "nowhere" (load it too, or name a built-in pack)']);
    const a = myPack({ concepts: [] }, { id: 'pack-a', extends: ['pack-b'] });
    const b = myPack({ concepts: [] }, { id: 'pack-b', extends: ['pack-a'] });
    const cyc = await load({ name: 'a.json', data: a }, { name: 'b.json', data: b });
    expect(cyc.length).toBe(1);
    expect(cyc[0]).toMatch(/^(a|b)\.json: field "pack\.extends": circular \(pack-(a|b) → pack-(a|b) → pack-(a|b)\)$/);
    expect(await load({ name: 'u.json', data: myPack({}, { id: 'un' }) })).toEqual(['u.json: pack id "un" is reserved for the built-in rules']);
    expect(await load({ name: 'n.json', data: myPack({}, { id: 'nato' }) })).toEqual(['n.json: pack id "nato" is a built-in pack\'s; choose another id']);
    expect(await load({ name: 'one.json', data: myPack() }, { name: 'two.json', data: myPack() })).toEqual(['two.json: pack "brigade-sop" is already loaded from one.json; give each pack once']);
    expect(await load('nowhere')).toEqual(['pack "nowhere": no built-in pack has this id (built-in: nato, nap); give a file instead']);
  });

  it('extends puts the dependency first and brings a built-in pack along', async () => {
    const base = myPack({}, { id: 'corps-base' });
    const top = myPack({ concepts: [] }, { id: 'corps-top', extends: ['corps-base', 'nato'] });
    const { packs } = await resolvePacks([{ name: 'top.json', data: top }, { name: 'base.json', data: base }]);
    expect(packs.map((p) => p.id)).toEqual(['corps-base', 'nato', 'corps-top']);
  });

  it('a pack never silently replaces a built-in concept or another pack\'s: "override": true is needed', async () => {
    const clash = myPack({ concepts: [{ id: 'str-gender-adviser', label: 'Mine', pillar: 'structures', genderSpecific: true, terms: { en: ['brigade gender adviser'] } }] });
    const issues = await compile({ name: 'clash.json', data: clash });
    expect(issues).toEqual([expect.stringMatching(/^pack "brigade-sop" 1\.2\.0 \(clash\.json\): concepts\[0\] \(id "str-gender-adviser"\): duplicate id, already defined in built-in lexicon/)]);
    const ok = myPack({ concepts: [{ id: 'str-gender-adviser', label: 'Mine', pillar: 'structures', genderSpecific: true, terms: { en: ['brigade gender adviser'] }, override: true }] });
    const l = await loadPackLexicon([{ name: 'ok.json', data: ok }]);
    expect(l.concepts.get('str-gender-adviser')!.label).toBe('Mine');
    const profileClash = myPack({ concepts: [], profiles: [{ ...builtinPacks()[1]!.profiles[0]!, rules: [] }] });
    expect((await compile('nap', { name: 'p.json', data: profileClash }))[0]).toMatch(/profiles\[0\] \(id "nap"\): duplicate id, already defined in pack "nap" 1\.1\.0 \(built-in\)/);
  });

  it('a rule that names a concept nobody defines is refused', async () => {
    const rule = { id: 'brigade.x', level: 'required', concepts: ['no-such-concept'], where: 'any', reason: 'r', basis: 'b', suggestion: 's' };
    const p = myPack({ profiles: [{ id: 'brigade', label: 'Brigade order', cues: [], rules: [rule] }] });
    expect(await compile({ name: 'r.json', data: p })).toEqual(['pack "brigade-sop" 1.2.0 (r.json): profile "brigade" rules[0] (id "brigade.x") field "concepts": unknown concept "no-such-concept"']);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, drops undefined and the top-level signature only', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: 'x', c: null }], u: undefined, signature: { value: 'zz' } })).toBe('{"a":[3,{"c":null,"d":"x"}],"b":1}');
    expect(canonicalJson({ a: { signature: 1 } })).toBe('{"a":{"signature":1}}');
    expect(canonicalJson({ z: 'é\n"' })).toBe('{"z":"é\\n\\""}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
  });
});

describe('signatures', () => {
  let keys: { publicKey: PackKey; privateKey: object };
  let other: { publicKey: PackKey; privateKey: object };
  beforeAll(async () => { keys = await generatePackKeys('example-org-2026'); other = await generatePackKeys('someone-else'); });

  it('a signed pack verifies under its key whatever its key order, and loads as verified', async () => {
    const signed = await signPack(myPack(), keys.privateKey);
    expect(signed.signature).toMatchObject({ alg: 'ES256', keyId: 'example-org-2026' });
    const reordered = JSON.parse(JSON.stringify({ profiles: signed.profiles, signature: signed.signature, concepts: signed.concepts, pack: signed.pack, format: signed.format }));
    expect(await verifyPack(reordered, [keys.publicKey])).toEqual(keys.publicKey);
    const { packs } = await resolvePacks([{ name: 'signed.json', data: reordered }], { keys: [other.publicKey, keys.publicKey] });
    expect(packs[0]).toMatchObject({ id: 'brigade-sop', trust: 'verified', keyId: 'example-org-2026' });
  });

  it('a tampered pack, a pack signed with another key and an unsigned pack are refused when the organisation has a key', async () => {
    const signed = await signPack(myPack(), keys.privateKey);
    const tampered = JSON.parse(JSON.stringify(signed));
    tampered.concepts[0].terms.en.push('any gender word');
    const refused = 'has a signature that does not match its content under the organisation\'s key (altered after signing, or signed with another key); it was not loaded';
    await expect(resolvePacks([{ name: 't.json', data: tampered }], { keys: [keys.publicKey] })).rejects.toThrow(`t.json: pack "brigade-sop" ${refused}`);
    const byOther = await signPack(myPack(), other.privateKey);
    await expect(resolvePacks([{ name: 'o.json', data: byOther }], { keys: [keys.publicKey] })).rejects.toThrow(`o.json: pack "brigade-sop" ${refused}`);
    await expect(resolvePacks([{ name: 'u.json', data: myPack() }], { keys: [keys.publicKey] })).rejects.toThrow('u.json: pack "brigade-sop" is not signed; this organisation accepts only packs signed with its key');
    // Built-in packs ship with the code and need no signature.
    expect((await resolvePacks(['nato'], { keys: [keys.publicKey] })).packs[0]!.trust).toBe('built-in');
  });

  it('without an organisation key a signed pack loads as "signed" (not checked), a garbled signature is a format error', async () => {
    const signed = await signPack(myPack(), keys.privateKey);
    expect((await resolvePacks([{ name: 's.json', data: signed }])).packs[0]).toMatchObject({ trust: 'signed', keyId: 'example-org-2026' });
    const garbled = { ...signed, signature: { alg: 'ES256', value: 'not base64!' } };
    expect((await validatePack({ name: 'g.json', data: garbled })).issues).toEqual(['g.json: signature field "value": must be base64url', 'g.json: signature field "value": is too short for an ES256 signature']);
    expect(await verifyPack({ ...signed, signature: { ...signed.signature, value: signed.signature.value.slice(0, -4) + 'AAAA' } }, [keys.publicKey])).toBeNull();
  });

  it('an organisation key must be a P-256 public key', async () => {
    await expect(resolvePacks(['nato'], { keys: [keys.privateKey as PackKey] })).rejects.toThrow('organisation key example-org-2026: is a private key: give the organisation\'s public key (without "d")');
    await expect(resolvePacks(['nato'], { keys: [{ kty: 'RSA' } as unknown as PackKey] })).rejects.toThrow('organisation key 1: must be an EC P-256 key');
  });
});

describe('organisation policy (managed settings)', () => {
  const userPack = { name: 'mine.json', data: myPack() };
  it('no policy: the user\'s choices, nothing locked', async () => {
    const e = effectiveSettings(undefined, { builtinPacks: ['nap'], packs: [userPack], defaultProfile: 'oporder', autoScanSites: ['https://a.example'] });
    expect(e).toMatchObject({ selected: ['nap', userPack], keys: [], defaultProfile: 'oporder', autoScanSites: ['https://a.example'], allowUserPacks: true, problems: [] });
    expect([...e.locked]).toEqual([]);
  });

  it('a policy wins where it speaks and locks those controls; packs and keys may be JSON text', async () => {
    const { publicKey } = await generatePackKeys('org');
    const signed = await signPack(myPack({}, { id: 'org-rules' }), (await generatePackKeys()).privateKey);
    const e = effectiveSettings({ builtinPacks: ['nato'], packs: [JSON.stringify(signed)], packKeys: [JSON.stringify(publicKey)], defaultProfile: 'nato-opord', autoScanSites: ['https://intranet.example'], allowUserPacks: false },
      { builtinPacks: ['nap'], packs: [userPack], defaultProfile: 'mandate', autoScanSites: ['https://a.example'] });
    expect(e.selected).toEqual(['nato', { name: 'organisation policy (pack 1)', data: JSON.parse(JSON.stringify(signed)) }]);
    expect(e.keys).toEqual([publicKey]);
    expect(e.defaultProfile).toBe('nato-opord');
    expect(e.autoScanSites).toEqual(['https://intranet.example']);
    expect(e.allowUserPacks).toBe(false);
    expect([...e.locked].sort()).toEqual(['autoScan', 'packs', 'profile', 'userPacks']);
    // Signed with another key than the policy's: the organisation's own pack is refused too.
    await expect(resolvePacks(e.selected, { keys: e.keys })).rejects.toThrow('organisation policy (pack 1): pack "org-rules" has a signature that does not match');
  });

  it('user packs stay when the policy allows them; a bad policy entry is a problem line and the rest applies', () => {
    const e = effectiveSettings({ builtinPacks: ['nato'], packKeys: ['{oops', { kty: 'RSA' }] }, { packs: [userPack] });
    expect(e.selected).toEqual(['nato', userPack]);
    expect(e.problems).toEqual(['policy packKeys[0]: not valid JSON', 'policy packKeys[1]: must be an EC P-256 public key (JWK)']);
    expect(effectiveSettings({ autoscan: true, defaultProfile: 'oporder' })).toMatchObject({ defaultProfile: 'oporder', problems: [expect.stringMatching(/^policy: unknown setting "autoscan" \(known: builtinPacks, packs, packKeys/)] });
    const g = effectiveSettings({ autoScanSites: ['intranet'], allowUserPacks: false }, { autoScanSites: ['https://a.example'] });
    expect(g.problems).toEqual(['policy autoScanSites.0: must be an origin like https://example.org']);
    expect(g.autoScanSites).toEqual(['https://a.example']);
    expect(g.allowUserPacks).toBe(false);
    expect(effectiveSettings('nonsense').problems).toEqual(['policy: expected an object']);
  });
});

describe('packs in force (packsInForce: the extension and the Office panes)', () => {
  it('keeps every part that loads with those before it: a tampered organisation pack and a clashing user pack are named, the rest load', async () => {
    const k = await generatePackKeys('org-k');
    const orgA = await signPack(myPack({}, { id: 'org-a', name: 'Org A' }), k.privateKey);
    const orgB = JSON.parse(JSON.stringify(await signPack(myPack({ concepts: [] }, { id: 'org-b', name: 'Org B' }), k.privateKey))) as { pack: { name: string } };
    orgB.pack.name = 'Org B, edited';
    // Signed, but it defines the concept org-a already defines (no "override").
    const clash = await signPack(myPack({}, { id: 'user-c', name: 'User C' }), k.privateKey);
    const fine = await signPack(myPack({ concepts: [{ id: 'user-d-cell', label: 'D', pillar: 'structures', genderSpecific: true, terms: { en: ['delta desk'] } }] }, { id: 'user-d', name: 'User D' }), k.privateKey);
    const users = [{ name: 'c.json', data: clash }, { name: 'd.json', data: fine }];
    const eff = effectiveSettings({ builtinPacks: ['nap'], packs: [orgA, orgB], packKeys: [k.publicKey] }, { packs: users });
    const r = await packsInForce(eff, users);
    expect(r.resolved.packs.map((p) => p.id)).toEqual(['nap', 'org-a', 'user-d']);
    expect(r.base.map((s) => (typeof s === 'string' ? s : s.name))).toEqual(['nap', 'organisation policy (pack 1)']);
    expect(r.accepted.map((s) => s.name)).toEqual(['d.json']);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(/^organisation policy \(pack 2\): pack "org-b" has a signature that does not match/);
    expect(r.problems[1]).toMatch(/brigade-gender-cell/);
    // All well: one pass, no problems, the user's packs accepted.
    const ok = await packsInForce(effectiveSettings(undefined, { packs: [users[1]!] }), [users[1]!]);
    expect(ok.resolved.packs.map((p) => [p.id, p.trust])).toEqual([['user-d', 'signed']]);
    expect(ok.problems).toEqual([]);
    // Users' packs not allowed: they are left out, not reported as refused.
    const no = await packsInForce(effectiveSettings({ allowUserPacks: false }, { packs: users }), users);
    expect(no.resolved.packs).toEqual([]);
    expect(no.accepted).toEqual([]);
  });
});
