// Verb strengths and cues from lexicon files and packs, merged over the built-in ones (data/verbs.json,
// the order headings of text/sections.ts, the profiles' type cues). Nothing built-in is replaced
// silently: a cue moved to the other mode, a verb form given another class or level, a heading given
// another number or a type cue given another weight is an error naming the file, entry and field,
// unless the entry says "override". Restating what is already known changes nothing and is no error.
import verbData from '../data/verbs.json' with { type: 'json' };
import type { Profile, VerbClass, Level, VerbsSpec, CuesSpec } from '../schema.ts';

/** A resolution verb form a file adds or replaces. */
export interface ExtraVerbForm { form: string; lemma: string; verbClass: VerbClass; level: Level; finite: boolean; french: boolean }

/** What the files add to the built-in verb tables (strength.ts reads it; undefined when nothing is added). */
export interface VerbExtras {
  task: string[];
  advice: string[];
  taskFr: string[];
  adviceFr: string[];
  /** Built-in cues (lower case) an override moved to the other mode: left out of their old list. */
  moved: Set<string>;
  resolution: ExtraVerbForm[];
}

/** Order paragraph headings the files add: each title read only under its number. */
export interface OrderTitle { number: string; title: string }

export interface SourceCues { name: string; verbs?: VerbsSpec; cues?: CuesSpec }

const key = (s: string) => s.toLowerCase().replace(/[\s\u00A0]+/g, ' ').replace(/[\u2019\u2018\u02BC]/g, "'").trim();
const BUILTIN_VERBS = 'built-in verbs (core/data/verbs.json)';

type Mode = 'task' | 'advice';
interface Known { mode: Mode; origin: string }
interface KnownForm { lemma: string; verbClass: string; level: number; origin: string }

function builtinModes(): Map<string, Known> {
  const m = new Map<string, Known>();
  const o = verbData.orders;
  for (const p of [...o.task, ...o.taskFr]) m.set(key(p), { mode: 'task', origin: BUILTIN_VERBS });
  for (const p of [...o.advice, ...o.adviceFr]) m.set(key(p), { mode: 'advice', origin: BUILTIN_VERBS });
  return m;
}

function builtinForms(): Map<string, KnownForm> {
  const m = new Map<string, KnownForm>();
  const fr = verbData.resolutionFr as Record<string, { finite: string[]; participle: string[] } | string>;
  for (const v of verbData.resolution) {
    const info = { lemma: v.lemma, verbClass: v.class, level: v.level, origin: BUILTIN_VERBS };
    const f = fr[v.lemma];
    for (const form of [...v.finite, ...v.participle, ...(typeof f === 'object' ? [...f.finite, ...f.participle] : [])]) m.set(key(form), info);
  }
  return m;
}

/**
 * Merge the files' verbs and order headings, and add their type cues to `profiles` (in place). Problems go
 * to `issues`, one line each.
 */
export function mergeVerbCues(
  sources: readonly SourceCues[], profiles: Map<string, { p: Profile; origin: string }>, issues: string[],
): { verbs?: VerbExtras; orderTitles?: OrderTitle[] } {
  if (!sources.some((s) => s.verbs || s.cues)) return {};
  const modes = builtinModes();
  const forms = builtinForms();
  const extras: VerbExtras = { task: [], advice: [], taskFr: [], adviceFr: [], moved: new Set(), resolution: [] };
  const titles = new Map<string, { number: string; origin: string }>();
  let anyVerb = false;

  for (const src of sources) {
    const o = src.verbs?.orders;
    if (o) {
      const override = new Set((o.override ?? []).map(key));
      for (const [field, mode, list] of [['task', 'task', extras.task], ['advice', 'advice', extras.advice], ['taskFr', 'task', extras.taskFr], ['adviceFr', 'advice', extras.adviceFr]] as const) {
        (o[field] ?? []).forEach((p, i) => {
          const k = key(p);
          const prev = modes.get(k);
          if (prev && prev.mode === mode) return; // restated: already read this way
          if (prev && !override.has(k)) {
            issues.push(`${src.name}: verbs.orders field "${field}[${i}]": "${p}" is already ${prev.mode === 'task' ? 'a task' : 'an advice'} cue in ${prev.origin}; list it in "verbs.orders.override" to read it as ${mode === 'task' ? 'a task' : 'advice'}`);
            return;
          }
          if (prev) extras.moved.add(k);
          modes.set(k, { mode, origin: src.name });
          list.push(p);
          anyVerb = true;
        });
      }
      (o.override ?? []).forEach((p, i) => {
        const k = key(p);
        if (![...(o.task ?? []), ...(o.advice ?? []), ...(o.taskFr ?? []), ...(o.adviceFr ?? [])].some((x) => key(x) === k)) {
          issues.push(`${src.name}: verbs.orders field "override[${i}]": "${p}" is not listed under task, advice, taskFr or adviceFr`);
        }
      });
    }
    (src.verbs?.resolution ?? []).forEach((v, i) => {
      const entry = `verbs.resolution[${i}] (lemma "${v.lemma}")`;
      const add = (list: readonly string[], finite: boolean, french: boolean, field: string) => list.forEach((f, j) => {
        const k = key(f);
        const prev = forms.get(k);
        if (prev && prev.verbClass === v.class && prev.level === v.level && prev.lemma === v.lemma) return; // restated
        if (prev && !v.override) {
          issues.push(`${src.name}: ${entry} field "${field}[${j}]": "${f}" is already the verb "${prev.lemma}" (${prev.verbClass}, level ${prev.level}) in ${prev.origin}; add "override": true to replace it`);
          return;
        }
        forms.set(k, { lemma: v.lemma, verbClass: v.class, level: v.level, origin: src.name });
        extras.resolution.push({ form: f, lemma: v.lemma, verbClass: v.class, level: v.level, finite, french });
        anyVerb = true;
      });
      add(v.finite, true, false, 'finite');
      add(v.participle, false, false, 'participle');
      add(v.fr?.finite ?? [], true, true, 'fr.finite');
      add(v.fr?.participle ?? [], false, true, 'fr.participle');
    });

    (src.cues?.orderParagraphs ?? []).forEach((h, i) => {
      h.titles.forEach((t, j) => {
        const k = key(t);
        const prev = titles.get(k);
        if (prev && prev.number !== h.number && !h.override) {
          issues.push(`${src.name}: cues.orderParagraphs[${i}] field "titles[${j}]": "${t}" is already the heading of paragraph ${prev.number} in ${prev.origin}; add "override": true to read it as paragraph ${h.number}`);
          return;
        }
        titles.set(k, { number: h.number, origin: src.name });
      });
    });

    for (const [pid, cues] of Object.entries(src.cues?.profiles ?? {})) {
      const target = profiles.get(pid);
      if (!target) { issues.push(`${src.name}: cues.profiles field "${pid}": unknown profile "${pid}"`); continue; }
      const list = [...target.p.cues];
      cues.forEach((c, i) => {
        const at = list.findIndex((x) => key(x.phrase) === key(c.phrase));
        const { override, ...cue } = c;
        const prev = at >= 0 ? list[at]! : undefined;
        if (prev && prev.weight === cue.weight && Boolean(prev.line) === Boolean(cue.line) && Boolean(prev.title) === Boolean(cue.title)) return;
        if (prev && !override) {
          issues.push(`${src.name}: cues.profiles.${pid}[${i}] field "phrase": "${c.phrase}" is already a cue of "${pid}" (weight ${prev.weight}) in ${target.origin}; add "override": true to replace it`);
          return;
        }
        if (prev) list[at] = cue; else list.push(cue);
      });
      // A copy: the built-in profile objects are shared by every lexicon.
      profiles.set(pid, { p: { ...target.p, cues: list }, origin: target.origin });
    }
  }
  const orderTitles = [...titles].map(([title, v]) => ({ number: v.number, title }));
  return { ...(anyVerb ? { verbs: extras } : {}), ...(orderTitles.length ? { orderTitles } : {}) };
}
