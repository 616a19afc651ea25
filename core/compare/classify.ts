// What happened to each WPS provision: added, removed, kept, strengthened or weakened (and moved), from
// the aligned groups of units. Strength is read in four signals, each + (stronger) or − (weaker): the
// verb's level (encourages → requests: +), hedges added or dropped ("as appropriate", « le cas
// échéant »: added −, dropped +), concepts gained or lost, and a concrete task becoming general or the
// reverse. The verb counts double; the sum's sign decides, so swapping the sides swaps the verdict.
import type { Finding } from '../schema.ts';
import { PILLAR_IDS, type PillarId } from '../schema.ts';
import type { Group } from './align.ts';
import { excerptOf, type Unit, type Version } from './provisions.ts';
import type { Change, ChangeStatus, Cite, Signal } from './schema.ts';

const PILLAR_ORDER = new Map<string, number>(PILLAR_IDS.map((p, i) => [p, i]));
const byPillarOrder = (a: string, b: string) => (PILLAR_ORDER.get(a) ?? 99) - (PILLAR_ORDER.get(b) ?? 99);

/** Multiset difference: the items of x not matched one for one in y. */
function minus(x: readonly string[], y: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const q of y) left.set(q, (left.get(q) ?? 0) + 1);
  const out: string[] = [];
  for (const q of x) { const n = left.get(q) ?? 0; if (n > 0) left.set(q, n - 1); else out.push(q); }
  return out;
}

/** The combined reading of one side of a group (a split's parts read as one provision). */
interface Side { units: Unit[]; words: Finding[]; concepts: Set<string>; level: number; cue?: string; qualifiers: string[]; concreteness: 'concrete' | 'general' }

function sideOf(units: Unit[]): Side {
  const words = units.flatMap((u) => u.words);
  const strongest = units.filter((u) => u.words.length).reduce<Unit | undefined>((b, u) => (!b || u.level > b.level ? u : b), undefined);
  const withWps = units.filter((u) => u.words.length);
  return {
    units, words,
    concepts: new Set(units.flatMap((u) => [...u.concepts])),
    level: strongest?.level ?? 0,
    cue: strongest?.cue,
    qualifiers: withWps.flatMap((u) => u.qualifiers),
    concreteness: withWps.some((u) => u.concreteness === 'concrete') ? 'concrete' : 'general',
  };
}

/** Plain reading of a cue: "Requests", "will". */
const cueText = (s: Side) => (s.cue ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

export function signals(o: Side, n: Side): Signal[] {
  const out: Signal[] = [];
  if (n.level !== o.level) out.push({ kind: 'verb', direction: n.level > o.level ? 1 : -1, old: `${cueText(o) || '—'} (${o.level})`, new: `${cueText(n) || '—'} (${n.level})` });
  for (const q of minus(n.qualifiers, o.qualifiers)) out.push({ kind: 'qualifier', direction: -1, new: q });
  for (const q of minus(o.qualifiers, n.qualifiers)) out.push({ kind: 'qualifier', direction: 1, old: q });
  const gained = [...n.concepts].filter((c) => !o.concepts.has(c)).sort();
  const lost = [...o.concepts].filter((c) => !n.concepts.has(c)).sort();
  if (gained.length) out.push({ kind: 'concepts', direction: 1, new: gained.join(', ') });
  if (lost.length) out.push({ kind: 'concepts', direction: -1, old: lost.join(', ') });
  if (o.concreteness !== n.concreteness) out.push({ kind: 'concreteness', direction: n.concreteness === 'concrete' ? 1 : -1, old: o.concreteness, new: n.concreteness });
  return out;
}

/** Net direction: the verb weighs 2, every other signal 1. */
export function verdict(list: readonly Signal[]): -1 | 0 | 1 {
  const net = list.reduce((s, x) => s + x.direction * (x.kind === 'verb' ? 2 : 1), 0);
  return net > 0 ? 1 : net < 0 ? -1 : 0;
}

/** One side's citation: offsets in the frame the findings use (block-relative for block input). */
export function cite(v: Version, units: Unit | Unit[]): Cite {
  const u = Array.isArray(units) ? units[0]! : units;
  const words = u.words;
  const b = v.blocks ? v.blocks[blockAt(v.blocks, u.start)] : undefined;
  const d = b ? b.start : 0;
  let first: Finding | undefined, last: Finding | undefined, strongest: Finding | undefined;
  const distinct = new Set<string>();
  const cited: Cite['words'] = [];
  for (const f of words) {
    if (!first) first = f;
    if (!last || f.end > last.end) last = f;
    if (!f.negated && (!strongest || f.strength.level > strongest.strength.level)) strongest = f;
    distinct.add(f.text.includes('\n') ? f.text.replace(/\s+/g, ' ') : f.text);
    // Findings of block input carry block-relative offsets already.
    const w: Cite['words'][number] = { start: f.start - (f.block !== undefined ? blockStart(v, f.block) : 0), end: 0, text: f.text, concept: f.concept, pillar: f.pillar };
    w.end = w.start + (f.end - f.start);
    if (f.block !== undefined) w.block = f.block;
    cited.push(w);
  }
  strongest ??= first;
  const out: Cite = {
    start: (first ? first.start : u.start) - d,
    end: (last ? last.end : u.end) - d,
    text: [...distinct].join('; '),
    paragraph: { start: u.start - d, end: u.end - d },
    excerpt: excerptOf(v, u),
    words: cited,
    verbClass: u.verbClass,
    level: u.level,
    mode: u.mode,
    qualifiers: u.qualifiers,
    concreteness: u.concreteness,
    concepts: [...u.concepts].sort(),
  };
  if (u.section) {
    out.section = u.section.id;
    if (u.section.number) out.number = u.section.number;
    out.kind = u.section.kind;
  }
  if (strongest?.strength.cue) out.verb = strongest.strength.cue;
  if (b) out.block = b.id;
  return out;
}

/** Start of a block in the joined text (words are cited relative to their own block). */
function blockStart(v: Version, id: string): number {
  let m = blockStarts.get(v);
  if (!m) blockStarts.set(v, (m = new Map((v.blocks ?? []).map((x) => [x.id, x.start]))));
  return m.get(id) ?? 0;
}
const blockStarts = new WeakMap<Version, Map<string, number>>();

function blockAt(blocks: { start: number; end: number }[], pos: number): number {
  let lo = 0, hi = blocks.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

function pillarsOf(words: readonly Finding[]): PillarId[] {
  return [...new Set(words.map((f) => f.pillar))].sort(byPillarOrder) as PillarId[];
}

/** A change before its id and note: where it sits in the new text (for ordering). */
export interface RawChange { change: Omit<Change, 'id'>; order: number }

/** Changes for every WPS provision of either side, each exactly once. */
export function classify(a: Version, b: Version, groups: readonly Group[]): RawChange[] {
  const out: RawChange[] = [];
  const inGroup = { old: new Uint8Array(a.units.length), new: new Uint8Array(b.units.length) };
  // Where each old unit's content went: for placing removed provisions among the new ones.
  const newPosOfOld = new Float64Array(a.units.length).fill(-1);
  for (const g of groups) {
    for (const i of g.old) { inGroup.old[i] = 1; newPosOfOld[i] = g.new[0]!; }
    for (const j of g.new) inGroup.new[j] = 1;
  }
  for (const g of groups) {
    const ou = g.old.map((i) => a.units[i]!), nu = g.new.map((j) => b.units[j]!);
    const o = sideOf(ou), n = sideOf(nu);
    if (!o.words.length && !n.words.length) continue;
    const gs = [...o.words, ...n.words].some((f) => f.genderSpecific);
    const concepts = [...new Set([...o.concepts, ...n.concepts, ...o.words.map((f) => f.concept), ...n.words.map((f) => f.concept)])].sort();
    const base = {
      pillars: pillarsOf([...o.words, ...n.words]), concepts, moved: g.moved, genderSpecific: gs, similarity: round(g.similarity),
      old: cite(a, ou), new: cite(b, nu),
      ...(g.join ? { join: g.join } : {}),
      ...(ou.length > 1 ? { alsoOld: ou.slice(1).map((x) => cite(a, x)) } : {}),
      ...(nu.length > 1 ? { alsoNew: nu.slice(1).map((x) => cite(b, x)) } : {}),
      conceptsAdded: [...n.concepts].filter((c) => !o.concepts.has(c)).sort(),
      conceptsRemoved: [...o.concepts].filter((c) => !n.concepts.has(c)).sort(),
    };
    let status: ChangeStatus;
    let sig: Signal[] = [];
    let scope: Change['scope'];
    if (!o.words.length) { status = 'added'; scope = 'language'; } else if (!n.words.length) { status = 'removed'; scope = 'language'; } else {
      sig = signals(o, n);
      const v = verdict(sig);
      const s = v > 0 ? 'strengthened' : v < 0 ? 'weakened' : 'kept';
      status = g.moved ? (s === 'kept' ? 'moved' : (`moved+${s}` as ChangeStatus)) : s;
    }
    out.push({ change: { status, ...base, signals: sig, ...(scope ? { scope } : {}) }, order: g.new[0]! });
  }
  // Provisions with no counterpart.
  for (const u of b.provisions) {
    if (inGroup.new[u.index]) continue;
    out.push({ change: provisionOnly('added', b, u), order: u.index });
  }
  for (const u of a.provisions) {
    if (inGroup.old[u.index]) continue;
    // After the new place of the nearest aligned unit before it.
    let k = u.index - 1;
    while (k >= 0 && newPosOfOld[k]! < 0) k--;
    out.push({ change: provisionOnly('removed', a, u), order: (k >= 0 ? newPosOfOld[k]! : -1) + 0.5 });
  }
  out.sort((x, y) => x.order - y.order);
  return out;
}

function provisionOnly(status: 'added' | 'removed', v: Version, u: Unit): Omit<Change, 'id'> {
  const c = cite(v, u);
  return {
    status, pillars: pillarsOf(u.words), concepts: [...new Set(u.words.map((f) => f.concept))].sort(),
    ...(status === 'added' ? { new: c } : { old: c }),
    scope: 'provision', moved: false, signals: [],
    conceptsAdded: status === 'added' ? c.concepts : [], conceptsRemoved: status === 'removed' ? c.concepts : [],
    genderSpecific: u.words.some((f) => f.genderSpecific),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
