// `wps-lens scan --pack …` and `wps-lens packs …` (list, show, validate, sign, keygen), in-process.
import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/corpus.ts';
import { runCli } from './support/cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'wps-packs-'));
const ORDER = join(repoRoot, 'samples', 'packs', 'nato-opord-task-force-north.txt');
const PLAN = join(repoRoot, 'samples', 'packs', 'plan-action-national-exemple.txt');
const myPack = {
  format: 'wps-lens-pack/1',
  pack: { id: 'brigade-sop', name: 'Brigade SOP rules', version: '1.2.0', publisher: 'Example Brigade HQ' },
  concepts: [{ id: 'brigade-gender-cell', label: 'Brigade gender cell', pillar: 'structures', genderSpecific: true, terms: { en: ['brigade gender cell'] } }],
};
const put = (name: string, data: unknown) => { const f = join(dir, name); writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data, null, 2)); return f; };

describe('wps-lens scan --pack', () => {
  it('a NATO order of our own with --pack nato: NATO type, NATO gaps with their basis, and the pack named in the JSON', async () => {
    const r = await runCli(['scan', ORDER, '--pack', 'nato', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.profile.id).toBe('nato-opord');
    expect(doc.packs).toEqual([{ id: 'nato', name: 'NATO plans and orders', version: '1.1.0', publisher: 'WPS Lens (built-in)', origin: 'built-in', trust: 'built-in' }]);
    const gap = doc.gaps.find((g: { rule: string }) => g.rule === 'nato-opord.command-gender-adviser');
    expect(gap.basis).toMatch(/NAT-21/);
  });

  it('relational rules: an order naming its gender adviser outside the command group gets that gap, in English and French', async () => {
    const order = (fr: boolean, five: string) => put(fr ? 'ordre.txt' : 'order.txt', fr
      ? `OTAN ORDRE D'OPÉRATION 9/27\n\n1. SITUATION\na. Calme.\n\n2. MISSION\nLa FO tient le pont.\n\n3. EXÉCUTION\na. Les patrouilles partent à l'aube.\n\n4. SOUTIEN LOGISTIQUE\na. Un conseiller pour les questions de genre aide la cellule logistique.\n\n5. COMMANDEMENT ET TRANSMISSIONS\na. ${five}\n`
      : `NATO OPERATION ORDER 9/27\n\n1. SITUATION\na. Quiet.\n\n2. MISSION\nThe TF holds the bridge.\n\n3. EXECUTION\na. Patrols leave at dawn.\n\n4. SERVICE SUPPORT\na. A gender adviser helps the logistics cell.\n\n5. COMMAND AND SIGNAL\na. ${five}\n`);
    const rule = 'nato-opord.gender-adviser-in-command-group';
    for (const [fr, five, mended] of [[false, 'The headquarters opens at the airfield.', 'The gender adviser is a member of the command group.'], [true, "Le poste de commandement s'ouvre sur l'aérodrome.", 'Le conseiller pour les questions de genre relève directement du commandant.']] as const) {
      const r = await runCli(['scan', order(fr, five), '--pack', 'nato', '--profile', 'nato-opord', '--format', 'json']);
      expect(r.code).toBe(0);
      const gap = JSON.parse(r.stdout).documents[0].gaps.find((g: { rule: string }) => g.rule === rule);
      expect(gap).toMatchObject({ relational: true, kind: 'missing', severity: 'medium' });
      expect(gap.basis).toMatch(/NAT-G2/);
      expect(gap.reason).toMatch(fr ? /groupe de commandement/ : /command group/);
      const ok = await runCli(['scan', order(fr, mended), '--pack', 'nato', '--profile', 'nato-opord', '--format', 'json']);
      expect(JSON.parse(ok.stdout).documents[0].gaps.map((g: { rule: string }) => g.rule)).not.toContain(rule);
    }
  });

  it('the text report of the same order names the NATO type and a NATO gap', async () => {
    const r = await runCli(['scan', ORDER, '--pack', 'nato']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Profile\s+NATO operation order \(OPORD\) \(nato-opord; detected/);
    expect(r.stdout).toContain('nato-opord.coordination-gender-focal-points');
  });

  it('a French national action plan with --pack nap gets the NAP checklist; --fail-on-gaps exits 1 on its required gaps', async () => {
    const r = await runCli(['scan', PLAN, '--pack', 'nap', '--format', 'json', '--fail-on-gaps']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.profile.id).toBe('nap');
    expect(doc.gaps.map((g: { rule: string }) => g.rule)).toContain('nap.budget-allocated');
  });

  it('--profile accepts a pack\'s document type only when the pack is loaded', async () => {
    expect((await runCli(['scan', PLAN, '--pack', 'nap', '--profile', 'nap', '--format', 'json'])).code).toBe(0);
    const r = await runCli(['scan', PLAN, '--profile', 'nap']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown profile 'nap'");
  });

  it('a pack file of our own adds its concept; a missing pack and an unknown id are clear errors (exit 2, nothing scanned)', async () => {
    const file = put('sop.json', myPack);
    const text = put('order.txt', 'The brigade gender cell will review every order.\n');
    const ok = await runCli(['scan', text, '--pack', file, '--format', 'json']);
    expect(ok.code).toBe(0);
    const doc = JSON.parse(ok.stdout).documents[0];
    expect(doc.findings.map((f: { concept: string }) => f.concept)).toContain('brigade-gender-cell');
    expect(doc.packs[0]).toMatchObject({ id: 'brigade-sop', trust: 'unsigned', origin: file });
    const missing = await runCli(['scan', text, '--pack', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('nowhere.json: cannot read pack file: no such file');
    const unknown = await runCli(['scan', text, '--pack', 'natoo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("pack 'natoo': no built-in pack has this id and no such file (built-in: nato, nap)");
  });

  it('a malformed pack lists one line per problem under "invalid pack:"', async () => {
    const bad = put('bad.json', { ...myPack, pack: { ...myPack.pack, version: 'one', id: 'Bad' } });
    const r = await runCli(['scan', ORDER, '--pack', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('wps-lens: invalid pack:');
    expect(r.stderr.split('\n').filter((l) => l.startsWith(`  ${bad}: `)).length).toBe(2);
  });
});

describe('wps-lens packs', () => {
  it('list shows the built-in packs with their versions and document types', async () => {
    const r = await runCli(['packs']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nato\s+1\.1\.0\s+NATO plans and orders — nato-opord, nato-oplan, nato-conops$/m);
    expect(r.stdout).toMatch(/^nap\s+1\.1\.0\s+National Action Plans on WPS — nap$/m);
  });

  it('show lists a pack\'s rules; --json gives the pack itself', async () => {
    const r = await runCli(['packs', 'show', 'nap']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}required {4}any {7}nap\.budget-allocated$/m);
    const j = await runCli(['packs', 'show', 'nato', '--json']);
    expect(JSON.parse(j.stdout).pack.id).toBe('nato');
  });

  it('keygen, sign and validate: a signed pack verifies under the organisation key; a tampered one is refused, by validate and by scan', async () => {
    const keys = mkdtempSync(join(dir, 'keys-'));
    const kg = await runCli(['packs', 'keygen', '--out-dir', keys, '--kid', 'example-org']);
    expect(kg.code).toBe(0);
    const pub = join(keys, 'wps-lens-org-public.jwk'), priv = join(keys, 'wps-lens-org-private.jwk');
    expect(JSON.parse(readFileSync(pub, 'utf8'))).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'example-org' });
    expect(JSON.parse(readFileSync(pub, 'utf8')).d).toBeUndefined();
    expect(statSync(priv).mode & 0o077).toBe(0);
    expect((await runCli(['packs', 'keygen', '--out-dir', keys])).code).toBe(2); // never overwrites a key pair

    const src = put('to-sign.json', myPack);
    const signedFile = join(dir, 'signed.json');
    expect((await runCli(['packs', 'sign', src, '--key', priv, '--out', signedFile])).code).toBe(0);
    const v = await runCli(['packs', 'validate', signedFile, '--pack-key', pub]);
    expect(v.stdout).toBe(`${signedFile}: ok — brigade-sop 1.2.0 (Example Brigade HQ), verified by example-org\n`);
    expect(v.code).toBe(0);

    const tampered = JSON.parse(readFileSync(signedFile, 'utf8'));
    tampered.concepts[0].terms.en.push('women');
    const tf = put('tampered.json', tampered);
    const tv = await runCli(['packs', 'validate', tf, '--pack-key', pub]);
    expect(tv.code).toBe(2);
    expect(tv.stderr).toContain('has a signature that does not match its content');
    const text = put('o.txt', 'The brigade gender cell will review every order.\n');
    const scan = await runCli(['scan', text, '--pack', tf], { env: { WPS_LENS_PACK_KEY: pub } });
    expect(scan.code).toBe(2);
    expect(scan.stdout).toBe('');
    expect(scan.stderr).toContain('it was not loaded');
    // Unsigned with the organisation key set: refused; signed and intact: scanned, and the report says verified.
    expect((await runCli(['scan', text, '--pack', src, '--pack-key', pub])).stderr).toContain('is not signed; this organisation accepts only packs signed with its key');
    const good = await runCli(['scan', text, '--pack', signedFile, '--pack-key', pub, '--format', 'json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).documents[0].packs[0]).toMatchObject({ trust: 'verified', keyId: 'example-org' });
  });

  it('validate reports each bad file and exits 2; sign refuses a public key', async () => {
    const bad = put('v-bad.json', '{ not json');
    const r = await runCli(['packs', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: pack file is not valid JSON`);
    const keys = mkdtempSync(join(dir, 'k2-'));
    await runCli(['packs', 'keygen', '--out-dir', keys]);
    const s = await runCli(['packs', 'sign', put('s.json', myPack), '--key', join(keys, 'wps-lens-org-public.jwk')]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('not a private key');
  });
});
