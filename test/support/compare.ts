// Helpers for the comparison tests: every counted WPS finding of each side must sit in exactly one change.
import type { Change, Comparison, Report } from '../../core/index.ts';

/** The findings a comparison must account for: not procedural, not in a reference section. */
export function counted(r: Report): Report['findings'] {
  return r.findings.filter((f) => !f.procedural && !f.reference);
}

const key = (w: { start: number; end: number; block?: string }) => `${w.block ?? ''}:${w.start}:${w.end}`;

/** How often each finding of each side is cited by the changes (words of old/new and of split or merged parts). */
export function citations(c: Comparison): { old: Map<string, number>; new: Map<string, number> } {
  const out = { old: new Map<string, number>(), new: new Map<string, number>() };
  const add = (m: Map<string, number>, ws: { start: number; end: number; block?: string }[]) => { for (const w of ws) m.set(key(w), (m.get(key(w)) ?? 0) + 1); };
  for (const x of c.changes) {
    add(out.old, [...(x.old?.words ?? []), ...(x.alsoOld ?? []).flatMap((y) => y.words)]);
    add(out.new, [...(x.new?.words ?? []), ...(x.alsoNew ?? []).flatMap((y) => y.words)]);
  }
  return out;
}

/** Problems: findings cited never or more than once, or cited words that are no finding of that side. */
export function accountingProblems(c: Comparison, oldReport: Report, newReport: Report): string[] {
  const cites = citations(c);
  const problems: string[] = [];
  for (const [side, r] of [['old', oldReport], ['new', newReport]] as const) {
    const expected = new Set(counted(r).map(key));
    for (const f of counted(r)) {
      const n = cites[side].get(key(f)) ?? 0;
      if (n !== 1) problems.push(`${side} ${f.section ?? ''} "${f.text}" cited ${n} times`);
    }
    for (const k of cites[side].keys()) if (!expected.has(k)) problems.push(`${side}: cited ${k} is no counted finding`);
  }
  return problems;
}

/** The changes holding a WPS word (on either side) with this text. */
export function changesWith(c: Comparison, text: string): Change[] {
  const has = (ws: { text: string }[] | undefined) => (ws ?? []).some((w) => w.text === text);
  return c.changes.filter((x) => has(x.old?.words) || has(x.new?.words) || (x.alsoOld ?? []).some((y) => has(y.words)) || (x.alsoNew ?? []).some((y) => has(y.words)));
}

/** The one change holding this word (throws when none or several: the test then says which). */
export function changeWith(c: Comparison, text: string): Change {
  const list = changesWith(c, text);
  if (list.length !== 1) throw new Error(`"${text}" is in ${list.length} changes: ${list.map((x) => `${x.id} ${x.status}`).join(', ')}`);
  return list[0]!;
}

/** The status the other direction must give. */
export function swapped(status: Change['status']): Change['status'] {
  const map: Record<string, Change['status']> = {
    added: 'removed', removed: 'added', strengthened: 'weakened', weakened: 'strengthened',
    'moved+strengthened': 'moved+weakened', 'moved+weakened': 'moved+strengthened',
  };
  return map[status] ?? status;
}
