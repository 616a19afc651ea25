// Rule packs in, one lexicon out: parse each pack (zod, one line per problem naming the file, entry
// and field), put them in dependency order ("extends"), check signatures against the organisation's
// keys, and compile them over the built-in lexicon. A pack never silently replaces a built-in or
// another pack's concept or profile: loadLexicon() refuses a duplicate id without "override": true.
import { LexiconError, loadLexicon, zodIssues, type Lexicon, type LexiconSource } from '../lexicon/compile.ts';
import { loadInflection } from '../lexicon/forms.ts';
import { BUILTIN_PACKS } from './builtin.ts';
import { BASE_PACK, PackFile, type PackInfo } from './schema.ts';
import { keyProblem, verifyPack, type PackKey } from './signature.ts';

/** A pack file's content (parsed JSON) and where it came from (a file name, "policy", "organisation pack"). */
export interface PackSource { name: string; data: unknown }

export interface PackOptions {
  /**
   * The organisation's public keys (policy or build configuration). When any is given, every pack that is
   * not built-in must carry a signature one of them verifies, or it is refused.
   */
  keys?: readonly PackKey[];
  /** User lexicon files, compiled after the packs. */
  lexicons?: readonly LexiconSource[];
}

export class PackError extends LexiconError {
  constructor(issues: string[]) {
    super(issues);
    this.name = 'PackError';
  }
}

/** `raw`: the JSON as given; a signature covers it, not the parsed form (zod fills in defaults). */
interface Loaded { file: PackFile; raw: unknown; origin: string; builtIn: boolean }

/** The built-in packs, for lists and the CLI's `packs` command. */
export function builtinPacks(): PackFile[] {
  return BUILTIN_PACKS.map((d) => PackFile.parse(d));
}

function parsePack(src: PackSource, issues: string[]): PackFile | undefined {
  const d = src.data;
  if (d === null || typeof d !== 'object' || Array.isArray(d)) {
    issues.push(`${src.name}: expected a JSON object with "format": "wps-lens-pack/1" and a "pack" header`);
    return undefined;
  }
  const r = PackFile.safeParse(d);
  if (!r.success) { issues.push(...zodIssues(src.name, d, r.error)); return undefined; }
  return r.data;
}

/** Checks one pack file alone (the CLI's `packs validate`): its problems, one per line, or none. */
export async function validatePack(src: PackSource, options: PackOptions = {}): Promise<{ pack?: PackFile; issues: string[]; info?: PackInfo }> {
  try {
    const { packs } = await resolvePacks([src], options);
    const pack = parsePack(src, []);
    return { pack, issues: [], info: packs.find((p) => p.id === pack?.pack.id) };
  } catch (e) {
    if (e instanceof LexiconError) return { issues: e.issues };
    throw e;
  }
}

/**
 * Packs by id (built-in) or as files, in dependency order, with what reports say about them. Throws
 * PackError listing every problem: malformed files, unknown or circular "extends", two packs with one
 * id, unsigned or tampered packs where an organisation key is set.
 */
export async function resolvePacks(selected: readonly (string | PackSource)[], options: PackOptions = {}): Promise<{ ordered: Loaded[]; packs: PackInfo[] }> {
  const issues: string[] = [];
  const keys = options.keys ?? [];
  keys.forEach((k, i) => { const p = keyProblem(k); if (p) issues.push(`organisation key ${k?.kid ?? i + 1}: ${p}`); });
  const builtins = new Map(builtinPacks().map((p) => [p.pack.id, p]));
  const byId = new Map<string, Loaded>();
  const info = new Map<string, PackInfo>();

  const add = (l: Loaded) => {
    const prev = byId.get(l.file.pack.id);
    if (prev) {
      if (prev.origin !== l.origin) issues.push(`${l.origin}: pack "${l.file.pack.id}" is already loaded from ${prev.origin}; give each pack once`);
      return;
    }
    byId.set(l.file.pack.id, l);
  };
  for (const s of selected) {
    if (typeof s === 'string') {
      const b = builtins.get(s);
      if (!b) issues.push(`pack "${s}": no built-in pack has this id (built-in: ${[...builtins.keys()].join(', ')}); give a file instead`);
      else add({ file: b, raw: b, origin: 'built-in', builtIn: true });
      continue;
    }
    const file = parsePack(s, issues);
    if (!file) continue;
    if (builtins.has(file.pack.id)) { issues.push(`${s.name}: pack id "${file.pack.id}" is a built-in pack's; choose another id`); continue; }
    if (file.pack.id === BASE_PACK) { issues.push(`${s.name}: pack id "${BASE_PACK}" is reserved for the built-in rules`); continue; }
    add({ file, raw: s.data, origin: s.name, builtIn: false });
  }
  // A pack may extend a built-in pack that was not selected: it comes along.
  for (const l of [...byId.values()]) {
    for (const dep of l.file.pack.extends) {
      if (dep === BASE_PACK || byId.has(dep)) continue;
      const b = builtins.get(dep);
      if (b) add({ file: b, raw: b, origin: 'built-in', builtIn: true });
      else issues.push(`${l.origin}: field "pack.extends": unknown pack "${dep}" (load it too, or name a built-in pack)`);
    }
  }

  // Dependency order (depth first); a cycle is an error naming its packs.
  const ordered: Loaded[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]) => {
    const l = byId.get(id);
    if (!l || state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') { issues.push(`${l.origin}: field "pack.extends": circular (${[...path, id].join(' → ')})`); return; }
    state.set(id, 'visiting');
    for (const dep of l.file.pack.extends) if (dep !== BASE_PACK) visit(dep, [...path, id]);
    state.set(id, 'done');
    ordered.push(l);
  };
  for (const id of byId.keys()) visit(id, []);

  for (const l of ordered) {
    const h = l.file.pack;
    const base = { id: h.id, name: h.name, version: h.version, publisher: h.publisher, origin: l.origin };
    if (l.builtIn) { info.set(h.id, { ...base, trust: 'built-in' }); continue; }
    if (!l.file.signature) {
      if (keys.length) issues.push(`${l.origin}: pack "${h.id}" is not signed; this organisation accepts only packs signed with its key`);
      else info.set(h.id, { ...base, trust: 'unsigned' });
      continue;
    }
    const keyId = l.file.signature.keyId;
    if (!keys.length) { info.set(h.id, { ...base, trust: 'signed', ...(keyId ? { keyId } : {}) }); continue; }
    const by = await verifyPack(l.raw as { signature?: typeof l.file.signature }, keys);
    if (!by) issues.push(`${l.origin}: pack "${h.id}" has a signature that does not match its content under the organisation's key${keys.length > 1 ? 's' : ''} (altered after signing, or signed with another key); it was not loaded`);
    else info.set(h.id, { ...base, trust: 'verified', ...((by.kid ?? keyId) ? { keyId: by.kid ?? keyId } : {}) });
  }
  if (issues.length) throw new PackError(issues);
  return { ordered, packs: ordered.map((l) => info.get(l.file.pack.id)!) };
}

/** The lexicon sources a pack contributes, named so loadLexicon's messages say which pack a problem is in. */
function sourcesOf(l: Loaded): LexiconSource {
  const { groups, concepts, profiles, verbs, cues } = l.file;
  return { name: `pack "${l.file.pack.id}" ${l.file.pack.version} (${l.origin})`, data: { ...(groups ? { groups } : {}), concepts, profiles, ...(verbs ? { verbs } : {}), ...(cues ? { cues } : {}) } };
}

export type ResolvedPacks = Awaited<ReturnType<typeof resolvePacks>>;

/**
 * Synchronous compile of packs already resolved (and their signatures checked) by resolvePacks: for
 * surfaces that check once and compile at render (the Office panes bundle the inflection tables).
 */
export function compilePacks(resolved: ResolvedPacks, lexicons: readonly LexiconSource[] = []): Lexicon {
  const lex = loadLexicon([...resolved.ordered.map(sourcesOf), ...lexicons]);
  // With packs the lexicon is compiled afresh (never the shared built-in one), so it may carry their names.
  if (resolved.packs.length) lex.packs = resolved.packs;
  return lex;
}

/** Built-in rules, then the packs in dependency order, then user lexicons: one compiled lexicon naming its packs. */
export async function loadPackLexicon(selected: readonly (string | PackSource)[], options: PackOptions = {}): Promise<Lexicon> {
  const resolved = await resolvePacks(selected, options);
  await loadInflection(); // English inflection for the packs' phrases that are new to the built-in lexicon (forms.ts)
  return compilePacks(resolved, options.lexicons);
}
