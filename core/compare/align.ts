// Align the units of two versions by content, not by number: weighted Jaccard similarity of their
// content signatures (rare words weigh more: boilerplate shared by many paragraphs tells little), a
// one-to-one assignment greedy by best score above a threshold, then splits (one old paragraph whose
// content is now in several adjacent new ones) and merges (the reverse), and finally which aligned
// units moved: those off the heaviest order-preserving chain, or now under another parent paragraph.
import type { Unit } from './provisions.ts';

export interface Group {
  /** Old and new unit indices; the first of each is the primary pair, the rest split or merged parts. */
  old: number[];
  new: number[];
  similarity: number;
  moved: boolean;
  join?: 'split' | 'merged';
}

export interface AlignOptions {
  /** Lowest similarity for two paragraphs to count as versions of each other (default 0.3). */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.3;
/** A split or merged part must have at least this share of its content in the other side's paragraph. */
const PART_CONTAINMENT = 0.6;
/** Parts of a split stand within this many units of each other. */
const PART_WINDOW = 3;

/** A unit's token ids (sorted), their total weight, and the weight of its common tokens. */
interface Sig { ids: Int32Array; total: number; common: number }

/** Shared weights of candidate pairs: a flat array for documents of ordinary size, a map beyond. */
class SharedTable {
  private readonly flat?: Float64Array;
  private readonly map?: Map<number, number>;
  constructor(private readonly na: number, private readonly nb: number) {
    if (na * nb <= 4_000_000) this.flat = new Float64Array(na * nb); else this.map = new Map();
  }
  set(i: number, j: number, v: number): void { if (this.flat) this.flat[i * this.nb + j] = v; else this.map!.set(i * this.nb + j, v); }
  get(i: number, j: number): number { return this.flat ? this.flat[i * this.nb + j]! : this.map!.get(i * this.nb + j) ?? 0; }
}

/** Dense ids for both sides' token hashes (sorted per unit); weights are ln(1 + N / df) over the units of both sides. */
function signatures(a: readonly Unit[], b: readonly Unit[]): { sa: Sig[]; sb: Sig[]; w: Float64Array; df: Int32Array } {
  const ids = new Map<number, number>();
  const dfList: number[] = [];
  const intern = (u: Unit) => {
    const out = new Int32Array(u.tokens.length);
    for (let i = 0; i < u.tokens.length; i++) {
      const t = u.tokens[i]!;
      let id = ids.get(t);
      if (id === undefined) { id = dfList.length; ids.set(t, id); dfList.push(0); }
      out[i] = id;
      dfList[id]!++;
    }
    return out.sort();
  };
  const ia = a.map(intern), ib = b.map(intern);
  const n = a.length + b.length;
  const w = new Float64Array(dfList.length);
  for (let i = 0; i < dfList.length; i++) w[i] = Math.log(1 + n / dfList[i]!);
  const df = Int32Array.from(dfList);
  const rare = rareLimit(n);
  const sig = (x: Int32Array): Sig => {
    let t = 0, c = 0;
    for (const id of x) { t += w[id]!; if (df[id]! > rare) c += w[id]!; }
    return { ids: x, total: t, common: c };
  };
  return { sa: ia.map(sig), sb: ib.map(sig), w, df };
}

/** Tokens in more units than this propose no candidate pair (boilerplate words most paragraphs share). */
const rareLimit = (units: number) => Math.max(6, Math.ceil(0.1 * units));

/** Weight of the tokens two sorted id lists share. */
function shared(x: Int32Array, y: Int32Array, w: Float64Array): number {
  let i = 0, j = 0, s = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!, b = y[j]!;
    if (a === b) { s += w[a]!; i++; j++; } else if (a < b) i++; else j++;
  }
  return s;
}

function union(list: Int32Array[]): Int32Array {
  const set = new Set<number>();
  for (const x of list) for (const id of x) set.add(id);
  return Int32Array.from(set).sort();
}

const jaccard = (inter: number, ta: number, tb: number) => (ta + tb - inter > 0 ? inter / (ta + tb - inter) : 0);

export function align(a: readonly Unit[], b: readonly Unit[], options: AlignOptions = {}): Group[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const { sa, sb, w, df } = signatures(a, b);
  // Candidate pairs share at least one rare token (an inverted index of the new side). The rare tokens'
  // shared weight is summed on the way; with the common tokens' weight it bounds the shared weight, so the
  // exact weight is computed only for pairs that could reach the threshold or be a split or merged part.
  const rare = rareLimit(a.length + b.length);
  // Postings of the new side's rare tokens, in flat arrays indexed by token id (ids are dense).
  const counts = new Int32Array(w.length + 1);
  for (const s of sb) for (const id of s.ids) if (df[id]! <= rare) counts[id + 1]!++;
  for (let k = 0; k < w.length; k++) counts[k + 1]! += counts[k]!;
  const fill = counts.slice(0, w.length);
  const postList = new Int32Array(counts[w.length]!);
  sb.forEach((s, j) => { for (const id of s.ids) if (df[id]! <= rare) postList[fill[id]!++] = j; });
  const inter = new SharedTable(a.length, b.length);
  const acc = new Float64Array(b.length);
  const touched: number[] = [];
  const pairs: { i: number; j: number; sim: number; dist: number }[] = [];
  const bound = threshold / (1 + threshold);
  for (let i = 0; i < a.length; i++) {
    const x = sa[i]!;
    touched.length = 0;
    for (const id of x.ids) {
      const wt = w[id]!;
      for (let q = counts[id]!, e = counts[id + 1]!; q < e; q++) { const j = postList[q]!; if (acc[j] === 0) touched.push(j); acc[j] = acc[j]! + wt; }
    }
    for (const j of touched) {
      const y = sb[j]!;
      const most = acc[j]! + Math.min(x.common, y.common);
      acc[j] = 0;
      if (most < bound * (x.total + y.total) && most < PART_CONTAINMENT * Math.min(x.total, y.total)) continue;
      const s = shared(x.ids, y.ids, w);
      inter.set(i, j, s);
      const sim = a[i]!.wording === b[j]!.wording ? 1 : jaccard(s, x.total, y.total);
      if (sim >= threshold) pairs.push({ i, j, sim, dist: Math.abs(i / Math.max(1, a.length) - j / Math.max(1, b.length)) });
    }
  }
  // Best score first; between equals (repeated boilerplate), the pair nearest in relative position.
  pairs.sort((x, y) => y.sim - x.sim || x.dist - y.dist || x.i + x.j - (y.i + y.j) || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i);
  const ofOld = new Int32Array(a.length).fill(-1), ofNew = new Int32Array(b.length).fill(-1);
  const groups: Group[] = [];
  for (const p of pairs) {
    if (ofOld[p.i]! >= 0 || ofNew[p.j]! >= 0) continue;
    ofOld[p.i] = ofNew[p.j] = groups.length;
    groups.push({ old: [p.i], new: [p.j], similarity: p.sim, moved: false });
  }

  fillGaps(a, b, sa, sb, w, ofOld, ofNew, groups, threshold);
  fillNearby(a.length, b.length, sa, sb, w, ofOld, ofNew, groups, threshold);

  const sharedOf = (i: number, j: number) => inter.get(i, j);
  const unionSim = (x: Sig, ys: Sig[]) => { const u = union(ys.map((y) => y.ids)); return jaccard(shared(x.ids, u, w), x.total, sigTotal(u, w)); };
  // Splits (free new units most of whose content is in one old unit, next to its partner) and merges (the
  // same, sides swapped), both proposed on the same alignment; where they claim the same unit or group the
  // larger gain wins (none on a tie), so that swapping the sides swaps splits and merges.
  const splits = joinParts(a.length, b.length, (i, j) => sharedOf(i, j) / Math.max(1e-9, sb[j]!.total), ofOld, ofNew, groups, 'split',
    (i, js) => unionSim(sa[i]!, js.map((j) => sb[j]!)), threshold);
  const merges = joinParts(b.length, a.length, (j, i) => sharedOf(i, j) / Math.max(1e-9, sa[i]!.total), ofNew, ofOld, groups, 'merged',
    (j, is) => unionSim(sb[j]!, is.map((i) => sa[i]!)), threshold);
  for (const p of resolveParts(splits, merges)) applyPart(p, ofOld, ofNew, groups);

  markMoves(groups, a, b, ofOld, ofNew, sa, sb);
  return groups;
}

/** In a gap between aligned neighbours, units may be versions of each other at a lower similarity. */
export const GAP_THRESHOLD = 0.12;

/**
 * Between two aligned pairs (in order on both sides), the units left over on each side stand where the
 * other's would: a rewritten paragraph in its old place. Pair them, best first, at a lower threshold.
 */
function fillGaps(a: readonly Unit[], b: readonly Unit[], sa: Sig[], sb: Sig[], w: Float64Array, ofOld: Int32Array, ofNew: Int32Array, groups: Group[], threshold: number): void {
  const low = Math.min(threshold, GAP_THRESHOLD);
  // Anchors: the aligned pairs on the order-keeping chain (a moved paragraph anchors nothing).
  const on = chain(groups, b.length, sa, sb);
  const anchors = groups.filter((g, k) => on.has(k)).map((g): [number, number] => [g.old[0]!, g.new[0]!]).sort((x, y) => x[0] - y[0]);
  const bounds: [number, number][] = [[-1, -1], ...anchors, [a.length, b.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!, [i1, j1] = bounds[k + 1]!;
    if (j1 <= j0 + 1 || i1 <= i0 + 1) continue; // nothing left over on one side, or the anchors cross
    const olds: number[] = [], news: number[] = [];
    for (let i = i0 + 1; i < i1; i++) if (ofOld[i]! < 0) olds.push(i);
    for (let j = j0 + 1; j < j1; j++) if (ofNew[j]! < 0) news.push(j);
    if (!olds.length || !news.length || olds.length * news.length > 400) continue;
    const pairs: { i: number; j: number; sim: number }[] = [];
    for (const i of olds) for (const j of news) {
      const sim = jaccard(shared(sa[i]!.ids, sb[j]!.ids, w), sa[i]!.total, sb[j]!.total);
      if (sim >= low) pairs.push({ i, j, sim });
    }
    pairs.sort((x, y) => y.sim - x.sim || x.i + x.j - (y.i + y.j) || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i);
    for (const p of pairs) {
      if (ofOld[p.i]! >= 0 || ofNew[p.j]! >= 0) continue;
      ofOld[p.i] = ofNew[p.j] = groups.length;
      groups.push({ old: [p.i], new: [p.j], similarity: p.sim, moved: false });
    }
  }
}

/** How far from where its neighbours put it a left-over paragraph may stand and still be paired. */
const NEAR = 3;

/**
 * Left-over units near where the nearest aligned pair before them says they should stand (on either
 * side's reading, so that swapping the sides changes nothing), paired at the lower threshold, best first:
 * catches rewritten paragraphs next to paragraphs that moved, where the chain leaves no gap.
 */
function fillNearby(na: number, nb: number, sa: Sig[], sb: Sig[], w: Float64Array, ofOld: Int32Array, ofNew: Int32Array, groups: Group[], threshold: number): void {
  const low = Math.min(threshold, GAP_THRESHOLD);
  // For each unit, the aligned pair nearest before it on its own side: [its index, its partner's index].
  const before = (n: number, of: Int32Array, side: 'old' | 'new', other: 'old' | 'new') => {
    const out: [number, number][] = [];
    let last: [number, number] = [-1, -1];
    for (let k = 0; k < n; k++) { out.push(last); if (of[k]! >= 0) last = [k, groups[of[k]!]![other][0]!]; }
    void side;
    return out;
  };
  const bo = before(na, ofOld, 'old', 'new'), bn = before(nb, ofNew, 'new', 'old');
  const pairs: { i: number; j: number; sim: number }[] = [];
  const seen = new Set<number>();
  const consider = (i: number, j: number) => {
    if (i < 0 || j < 0 || i >= na || j >= nb || ofOld[i]! >= 0 || ofNew[j]! >= 0 || seen.has(i * nb + j)) return;
    seen.add(i * nb + j);
    const sim = jaccard(shared(sa[i]!.ids, sb[j]!.ids, w), sa[i]!.total, sb[j]!.total);
    if (sim >= low) pairs.push({ i, j, sim });
  };
  for (let i = 0; i < na; i++) {
    if (ofOld[i]! >= 0) continue;
    const [i0, j0] = bo[i]!;
    const at = j0 + (i - i0);
    for (let j = at - NEAR; j <= at + NEAR; j++) consider(i, j);
  }
  for (let j = 0; j < nb; j++) {
    if (ofNew[j]! >= 0) continue;
    const [j0, i0] = bn[j]!;
    const at = i0 + (j - j0);
    for (let i = at - NEAR; i <= at + NEAR; i++) consider(i, j);
  }
  pairs.sort((x, y) => y.sim - x.sim || x.i + x.j - (y.i + y.j) || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i);
  for (const p of pairs) {
    if (ofOld[p.i]! >= 0 || ofNew[p.j]! >= 0) continue;
    ofOld[p.i] = ofNew[p.j] = groups.length;
    groups.push({ old: [p.i], new: [p.j], similarity: p.sim, moved: false });
  }
}

function sigTotal(ids: Int32Array, w: Float64Array): number {
  let t = 0;
  for (const id of ids) t += w[id]!;
  return t;
}

/** A proposed split (x old, parts new) or merge (x new, parts old): `group` is x's group when it had one. */
interface Part { join: 'split' | 'merged'; x: number; parts: number[]; sim: number; gain: number; group: number }

/**
 * One side's unit (`x`, of nx) whose content went into several units of the other side (of ny): parts not
 * yet aligned, most of whose content is in x, standing next to x's partner (or to each other), joined
 * when together they match x better than its partner alone (and at least the threshold).
 */
function joinParts(
  nx: number, ny: number, containment: (x: number, y: number) => number,
  ofX: Int32Array, ofY: Int32Array, groups: Group[], join: 'split' | 'merged',
  simOf: (x: number, ys: number[]) => number, threshold: number,
): Part[] {
  const ys = join === 'split' ? 'new' : 'old';
  // Each free y goes to the x holding most of its content.
  const byX = new Map<number, number[]>();
  for (let y = 0; y < ny; y++) {
    if (ofY[y]! >= 0) continue;
    let best = -1, bestC = PART_CONTAINMENT;
    for (let x = 0; x < nx; x++) { const c = containment(x, y); if (c >= bestC) { bestC = c; best = x; } }
    if (best >= 0) { const l = byX.get(best); if (l) l.push(y); else byX.set(best, [y]); }
  }
  const out: Part[] = [];
  for (const [x, free] of byX) {
    const g = ofX[x]! >= 0 ? groups[ofX[x]!]! : undefined;
    const parts = g ? [g[ys][0]!] : [];
    const base = g ? g.similarity : 0;
    let sim = base;
    for (const y of free.sort((p, q) => p - q)) {
      if (parts.length && Math.min(...parts.map((p) => Math.abs(p - y))) > PART_WINDOW) continue;
      const s = simOf(x, [...parts, y]);
      if (s > sim + 0.02) { parts.push(y); sim = s; }
    }
    if (parts.length < 2 || sim < threshold) continue;
    out.push({ join, x, parts, sim: Math.min(1, sim), gain: sim - base, group: g ? ofX[x]! : -1 });
  }
  return out;
}

/** Splits and merges that claim the same group or unit: the larger gain stays, neither on a tie. */
function resolveParts(splits: Part[], merges: Part[]): Part[] {
  const claims = (p: Part) => [
    ...(p.group >= 0 ? [`g${p.group}`] : []),
    `${p.join === 'split' ? 'o' : 'n'}${p.x}`, ...p.parts.map((y) => `${p.join === 'split' ? 'n' : 'o'}${y}`),
  ];
  const bySplit = new Map<string, Part>();
  for (const p of splits) for (const c of claims(p)) bySplit.set(c, p);
  const dropped = new Set<Part>();
  for (const m of merges) {
    for (const c of claims(m)) {
      const s = bySplit.get(c);
      if (!s || dropped.has(s)) continue;
      if (s.gain > m.gain) dropped.add(m); else if (m.gain > s.gain) dropped.add(s); else { dropped.add(s); dropped.add(m); }
    }
  }
  return [...splits, ...merges].filter((p) => !dropped.has(p));
}

function applyPart(p: Part, ofOld: Int32Array, ofNew: Int32Array, groups: Group[]): void {
  const [ofX, ofY] = p.join === 'split' ? [ofOld, ofNew] : [ofNew, ofOld];
  const xs = p.join === 'split' ? 'old' : 'new', ys = p.join === 'split' ? 'new' : 'old';
  if (p.group >= 0) {
    const g = groups[p.group]!;
    for (const y of p.parts.slice(1)) ofY[y] = p.group;
    g[ys] = p.parts;
    g.similarity = p.sim;
    g.join = p.join;
  } else {
    const k = groups.length;
    ofX[p.x] = k;
    for (const y of p.parts) ofY[y] = k;
    groups.push({ [xs]: [p.x], [ys]: [...p.parts].sort((q, r) => q - r), similarity: p.sim, moved: false, join: p.join } as unknown as Group);
  }
}

/**
 * Moved: off the heaviest chain of groups whose order is the same on both sides (weights: content, so a
 * short paragraph is the one said to move, not the long ones around it), under another parent
 * paragraph, or between preamble and operative part.
 */
/**
 * The heaviest chain of groups in the same order on both sides (weights: the paragraphs' content), as
 * group indices: O(n log n) with a Fenwick tree of maxima over new positions.
 */
function chain(groups: readonly Group[], nb: number, sa: Sig[], sb: Sig[]): Set<number> {
  const order = groups.map((g, k) => k).sort((x, y) => groups[x]!.old[0]! - groups[y]!.old[0]!);
  const weight = order.map((k) => sa[groups[k]!.old[0]!]!.total + sb[groups[k]!.new[0]!]!.total + 1e-6);
  const treeVal = new Float64Array(nb + 1), treeArg = new Int32Array(nb + 1).fill(-1);
  const best = new Float64Array(order.length), prev = new Int32Array(order.length).fill(-1);
  for (let t = 0; t < order.length; t++) {
    const pos = groups[order[t]!]!.new[0]!; // 0-based; query prefix [0, pos)
    let v = 0, arg = -1;
    for (let q = pos; q > 0; q -= q & -q) if (treeVal[q]! > v) { v = treeVal[q]!; arg = treeArg[q]!; }
    best[t] = v + weight[t]!;
    prev[t] = arg;
    for (let q = pos + 1; q <= nb; q += q & -q) if (best[t]! > treeVal[q]!) { treeVal[q] = best[t]!; treeArg[q] = t; }
  }
  let end = -1;
  for (let t = 0; t < order.length; t++) if (end < 0 || best[t]! > best[end]!) end = t;
  const on = new Set<number>();
  for (let t = end; t >= 0; t = prev[t]!) on.add(order[t]!);
  return on;
}

function markMoves(groups: Group[], a: readonly Unit[], b: readonly Unit[], ofOld: Int32Array, ofNew: Int32Array, sa: Sig[], sb: Sig[]): void {
  const onChain = chain(groups, b.length, sa, sb);

  // A parent paragraph's own unit: the first unit of its section (its lead-in, before the sub-paragraphs).
  const firstOf = (units: readonly Unit[]) => {
    const m = new Map<string, number>();
    units.forEach((u, k) => { if (u.section && !m.has(u.section.id)) m.set(u.section.id, k); });
    return m;
  };
  const firstA = firstOf(a), firstB = firstOf(b);
  const parentUnit = (units: readonly Unit[], u: Unit): number => {
    const pid = u.section?.parent;
    return pid ? (units === a ? firstA : firstB).get(pid) ?? -1 : -1;
  };
  const side = (kind: string | undefined) => (kind === 'preambular' || kind === 'preamble' ? 'pre' : kind === 'operative' ? 'op' : 'other');
  groups.forEach((g, k) => {
    const i = g.old[0]!, j = g.new[0]!;
    let moved = !onChain.has(k);
    const pi = parentUnit(a, a[i]!), pj = parentUnit(b, b[j]!);
    const pgi = pi >= 0 ? ofOld[pi]! : -1, pgj = pj >= 0 ? ofNew[pj]! : -1;
    // Under another parent: the old parent is aligned elsewhere, or the new parent aligned with another.
    if ((pgi >= 0 && pgi !== pgj) || (pgj >= 0 && pgj !== pgi)) moved = true;
    const ka = side(a[i]!.section?.kind), kb = side(b[j]!.section?.kind);
    if (ka !== kb && ka !== 'other' && kb !== 'other') moved = true;
    g.moved = moved;
  });
}
