// What happened to each WPS provision: added, removed, kept, strengthened or weakened (and moved), from
// the aligned groups of units. Strength is read in four signals, each + (stronger) or − (weaker): the
// verb's level (encourages → requests: +), hedges added or dropped ("as appropriate", « le cas
// échéant »: added −, dropped +), concepts gained or lost, and a concrete task becoming general or the
// reverse. The verb counts double; the sum's sign decides, so swapping the sides swaps the verdict.
import type { Finding } from '../schema.ts';
import { PILLAR_IDS, type PillarId } from '../schema.ts';
import type { Group } from './align.ts';
import type { Unit, Version } from './provisions.ts';
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
  const blockIdx = v.blocks ? blockAt(v.blocks, u.start) : -1;
  const b = blockIdx >= 0 ? v.blocks![blockIdx]! : undefined;
  const d = b?.start ?? 0;
  const distinct = [...new Set(words.map((f) => f.text.replace(/\s+/g, ' ')))];
  const first = words[0], last = words.reduce<Finding | undefined>((m, f) => (!m || f.end > m.end ? f : m), undefined);
  const strongest = words.filter((f) => !f.negated).reduce<Finding | undefined>((m, f) => (!m || f.strength.level > m.strength.level ? f : m), undefined) ?? first;
  const out: Cite = {
    ...(u.section ? { section: u.section.id, ...(u.section.number ? { number: u.section.number } : {}) } : {}),
    start: (first?.start ?? u.start) - d,
    end: (last?.end ?? u.end) - d,
    text: distinct.join('; '),
    ...(strongest?.strength.cue ? { verb: strongest.strength.cue } : {}),
    ...(b ? { block: b.id } : {}),
    paragraph: { start: u.start - d, end: u.end - d },
    excerpt: u.excerpt,
    words: words.map((f) => {
      const fb = v.blocks && f.block !== undefined ? v.blocks.find((x) => x.id === f.block) : undefined;
      const o = fb?.start ?? 0;
      return { start: f.start - o, end: f.end - o, text: f.text, concept: f.concept, pillar: f.pillar, ...(f.block !== undefined ? { block: f.block } : {}) };
    }),
    ...(u.section ? { kind: u.section.kind } : {}),
    verbClass: u.verbClass,
    level: u.level,
    mode: u.mode,
    qualifiers: u.qualifiers,
    concreteness: u.concreteness,
    concepts: [...u.concepts].sort(),
  };
  return out;
}

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
