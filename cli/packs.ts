// `wps-lens packs …` (list, show, validate, sign, keygen) and reading --pack / --pack-key for scans.
// Packs and keys are files the user names; nothing is fetched.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PackKey, PackOptions, PackSource } from '../core/packs/index.ts';
import type { CliIO } from './main.ts';

const PACKS_USAGE = `Usage: wps-lens packs [list]                       the built-in packs
       wps-lens packs show <id|file> [--json]         a pack's header, document types and rules
       wps-lens packs validate <file…> [--pack-key <file>]
                                                      check pack files (and their signatures)
       wps-lens packs sign <file> --key <private.jwk> [--out <file>]
                                                      sign a pack with the organisation's private key
       wps-lens packs keygen --out-dir <folder> [--kid <name>]
                                                      make an organisation key pair (ECDSA P-256, JWK)

A pack adds concepts, document types and gap rules to the built-in ones; scan with --pack <id|file>.
With an organisation key (--pack-key, or WPS_LENS_PACK_KEY=<file>) only packs signed with it load.

Exit codes: 0 done, 2 a pack or key is invalid, or a usage error.
`;

type Core = typeof import('../core/packs/index.ts');
const loadCore = async (): Promise<Core> => (await import('../core/packs/index.ts')) as Core;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

async function readJson(file: string, what: string): Promise<unknown> {
  let raw: string;
  try { raw = await readFile(file, 'utf8'); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`${file}: cannot read ${what}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : oneLine((e as Error).message)}`);
  }
  try { return JSON.parse(raw.replace(/^\uFEFF/, '')); } catch (e) {
    throw new Error(`${file}: ${what} is not valid JSON: ${oneLine((e as Error).message)}`);
  }
}

/** A --pack value: a built-in id (when no file of that name exists) or a pack file. */
export async function readPackArg(value: string, builtinIds: readonly string[]): Promise<string | PackSource> {
  if (builtinIds.includes(value) && !existsSync(value)) return value;
  if (/^[a-z0-9-]+$/.test(value) && !existsSync(value)) {
    throw new Error(`pack '${value}': no built-in pack has this id and no such file (built-in: ${builtinIds.join(', ')})`);
  }
  return { name: value, data: await readJson(value, 'pack file') };
}

/** Organisation public keys: a JWK file, or a JWK set ({"keys": […]}). */
export async function readKeys(files: readonly string[]): Promise<PackKey[]> {
  const out: PackKey[] = [];
  for (const f of files) {
    const d = await readJson(f, 'key file') as { keys?: unknown[] };
    const list = Array.isArray(d?.keys) ? d.keys : [d];
    for (const k of list) out.push({ ...(k as PackKey), kid: (k as PackKey).kid ?? path.basename(f) });
  }
  return out;
}

/** --pack and --pack-key (and WPS_LENS_PACK_KEY) into what core.loadPackLexicon takes. */
export async function packOptions(packs: readonly string[], keyFiles: readonly string[], env: Record<string, string | undefined>): Promise<{ selected: (string | PackSource)[]; options: PackOptions }> {
  const core = await loadCore();
  const ids = core.builtinPacks().map((p) => p.pack.id);
  const selected: (string | PackSource)[] = [];
  for (const p of packs) selected.push(await readPackArg(p, ids));
  const files = [...keyFiles, ...(env.WPS_LENS_PACK_KEY ? [env.WPS_LENS_PACK_KEY] : [])];
  return { selected, options: { keys: await readKeys(files) } };
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`option '${name}' needs a value`);
  args.splice(i, 2);
  return v;
}

function flags(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let v = flag(args, name); v !== undefined; v = flag(args, name)) out.push(v);
  return out;
}

export async function runPacks(argv: string[], io: CliIO): Promise<number> {
  const out = (s: string) => { io.stdout.write(s); };
  const err = (s: string) => { io.stderr.write(`wps-lens packs: ${s}\n`); };
  const args = [...argv];
  const sub = args[0] && !args[0].startsWith('-') ? args.shift()! : 'list';
  if (args.includes('--help') || args.includes('-h') || sub === 'help') { out(PACKS_USAGE); return 0; }
  try {
    const core = await loadCore();
    switch (sub) {
      case 'list': {
        for (const p of core.builtinPacks()) {
          out(`${p.pack.id.padEnd(6)} ${p.pack.version.padEnd(7)} ${p.pack.name} — ${p.profiles.map((x) => x.id).join(', ')}\n`);
        }
        out('\nScan with: wps-lens scan FILE --pack <id|file>   ·   details: wps-lens packs show <id>\n');
        return 0;
      }
      case 'show': {
        const json = args.includes('--json');
        const target = args.filter((a) => a !== '--json')[0];
        if (!target) { err('show needs a pack id or file'); return 2; }
        const src = await readPackArg(target, core.builtinPacks().map((p) => p.pack.id));
        const pack = typeof src === 'string' ? core.builtinPacks().find((p) => p.pack.id === src)! : core.PackFile.safeParse(src.data);
        const file = 'success' in pack ? (pack.success ? pack.data : undefined) : pack;
        if (!file) { const v = await core.validatePack(src as PackSource); v.issues.forEach((l) => err(l)); return 2; }
        if (json) { out(`${JSON.stringify(file, null, 2)}\n`); return 0; }
        const h = file.pack;
        out(`${h.name} (${h.id} ${h.version}), published by ${h.publisher}${file.signature ? `, signed${file.signature.keyId ? ` by ${file.signature.keyId}` : ''}` : ''}\n`);
        if (h.description) out(`${h.description}\n`);
        if (h.extends.length) out(`Extends: ${h.extends.join(', ')}\n`);
        if (file.concepts.length) out(`\nConcepts (${file.concepts.length}): ${file.concepts.map((c) => c.id).join(', ')}\n`);
        for (const p of file.profiles) {
          out(`\n${p.label} (${p.id}): ${p.rules.length} rules\n`);
          for (const r of p.rules) out(`  ${r.level === 'required' ? 'required   ' : 'recommended'} ${r.where.padEnd(9)} ${r.id}\n`);
        }
        return 0;
      }
      case 'validate': {
        const keys = await readKeys([...flags(args, '--pack-key'), ...(io.env.WPS_LENS_PACK_KEY ? [io.env.WPS_LENS_PACK_KEY] : [])]);
        if (!args.length) { err('validate needs one or more pack files'); return 2; }
        let bad = 0;
        for (const f of args) {
          let data: unknown;
          try { data = await readJson(f, 'pack file'); } catch (e) { err((e as Error).message); bad++; continue; }
          const v = await core.validatePack({ name: f, data }, { keys });
          if (v.issues.length) { bad++; for (const l of v.issues) err(l); continue; }
          const i = v.info!;
          out(`${f}: ok — ${i.id} ${i.version} (${i.publisher}), ${i.trust}${i.keyId ? ` by ${i.keyId}` : ''}\n`);
        }
        return bad ? 2 : 0;
      }
      case 'sign': {
        const keyFile = flag(args, '--key');
        const outFile = flag(args, '--out');
        const file = args[0];
        if (!file || !keyFile) { err('sign needs a pack file and --key <private.jwk>'); return 2; }
        const data = await readJson(file, 'pack file');
        const checked = await core.validatePack({ name: file, data: stripSignature(data) });
        if (checked.issues.length) { for (const l of checked.issues) err(l); return 2; }
        const priv = await readJson(keyFile, 'key file') as { d?: string };
        if (!priv || typeof priv !== 'object' || !priv.d) { err(`${keyFile}: not a private key (a JWK with "d")`); return 2; }
        const signed = await core.signPack(stripSignature(data) as object, priv);
        const text = `${JSON.stringify(signed, null, 2)}\n`;
        if (outFile) { await writeFile(outFile, text); io.stderr.write(`wps-lens packs: signed ${file} → ${outFile}\n`); } else out(text);
        return 0;
      }
      case 'keygen': {
        const dir = flag(args, '--out-dir');
        const kid = flag(args, '--kid');
        if (!dir) { err('keygen needs --out-dir <folder>'); return 2; }
        const { publicKey, privateKey } = await core.generatePackKeys(kid);
        const pub = path.join(dir, 'wps-lens-org-public.jwk'), priv = path.join(dir, 'wps-lens-org-private.jwk');
        if (existsSync(pub) || existsSync(priv)) { err(`${dir} already holds a key pair; move it away first`); return 2; }
        await writeFile(priv, `${JSON.stringify(privateKey, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        await writeFile(pub, `${JSON.stringify(publicKey, null, 2)}\n`, { flag: 'wx' });
        out(`public key (give to every desk, policy or build): ${pub}\nprivate key (keep offline; signs packs): ${priv}\n`);
        return 0;
      }
      default:
        err(`unknown packs command '${sub}'`);
        io.stderr.write(PACKS_USAGE);
        return 2;
    }
  } catch (e) {
    err(oneLine(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}

function stripSignature(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const { signature: _drop, ...rest } = data as Record<string, unknown>;
  return rest;
}
