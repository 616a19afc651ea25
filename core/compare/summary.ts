// The words of a comparison: one note per change ("encourages → requests; adds “as appropriate”") and
// the summary paragraph, like an analyst's note, in English or French.
import { familyLabel } from '../lexicon/pillars.ts';
import { WPS_PILLARS } from '../schema.ts';
import type { Change, Cite, Comparison, ComparisonSeries } from './schema.ts';
import { pillarName } from './words.ts';

type Lang = 'en' | 'fr';

/** "OP 12", "PP 3", "§ 4", or the opening words of the paragraph. */
export function where(c: Cite | undefined, lang: Lang): string {
  if (!c) return '';
  const n = c.number;
  if (n) {
    if (c.kind === 'preambular') return n.startsWith('PP') ? n.replace(/^PP/, 'PP ') : `PP ${n}`;
    if (c.kind === 'operative') return `OP ${n}`;
    return lang === 'fr' ? `§ ${n}` : `para. ${n}`;
  }
  const words = c.excerpt.split(' ').slice(0, 6).join(' ');
  return `“${words}${c.excerpt.length > words.length ? '…' : ''}”`;
}

const quote = (s: string, lang: Lang) => (lang === 'fr' ? `« ${s} »` : `“${s}”`);
const verbOf = (s: string | undefined) => (s ?? '').replace(/ \(\d\)$/, '');

/** Why a provision is stronger or weaker, one phrase per signal ("encourages → requests", "adds “as appropriate”"). */
export function signalPhrases(signals: Change['signals'], lang: Lang, label: (id: string) => string = (id) => id): string[] {
  const fr = lang === 'fr';
  const labels = (ids: string | undefined) => (ids ?? '').split(', ').map(label).join(', ');
  return signals.map((s) => {
    if (s.kind === 'verb') return `${verbOf(s.old)} → ${verbOf(s.new)}`;
    if (s.kind === 'qualifier') return s.direction < 0 ? `${fr ? 'ajoute' : 'adds'} ${quote(s.new!, lang)}` : `${fr ? 'retire' : 'drops'} ${quote(s.old!, lang)}`;
    if (s.kind === 'concepts') return s.direction > 0 ? `${fr ? 'ajoute' : 'adds'} ${labels(s.new)}` : `${fr ? 'perd' : 'loses'} ${labels(s.old)}`;
    return s.direction > 0 ? (fr ? 'tâche générale devenue concrète' : 'general wording made a concrete task') : (fr ? 'tâche concrète devenue générale' : 'concrete task made general');
  });
}

/** One change in a few words, for lists and comments. */
export function noteFor(c: Omit<Change, 'id' | 'note'>, lang: Lang, label?: (id: string) => string): string {
  const fr = lang === 'fr';
  const parts: string[] = [];
  if (c.status === 'added') parts.push(c.scope === 'language' ? (fr ? 'langage FPS ajouté à un paragraphe existant' : 'WPS language added to an existing paragraph') : (fr ? 'disposition nouvelle' : 'new provision'));
  if (c.status === 'removed') parts.push(c.scope === 'language' ? (fr ? 'langage FPS retiré d’un paragraphe maintenu' : 'WPS language removed from a paragraph that stays') : (fr ? 'disposition supprimée' : 'provision dropped'));
  parts.push(...signalPhrases(c.signals, lang, label));
  if (c.join === 'split') parts.push(fr ? `scindé en ${1 + (c.alsoNew?.length ?? 0)} paragraphes` : `split into ${1 + (c.alsoNew?.length ?? 0)} paragraphs`);
  if (c.join === 'merged') parts.push(fr ? `${1 + (c.alsoOld?.length ?? 0)} paragraphes fusionnés` : `${1 + (c.alsoOld?.length ?? 0)} paragraphs merged`);
  if (c.moved && c.old && c.new) {
    const from = where(c.old, lang), to = where(c.new, lang);
    // Lettered sub-paragraphs of an order carry their paragraph's number: a move inside it is "within".
    parts.push(from === to ? (fr ? `déplacé à l’intérieur de ${to}` : `moved within ${to}`) : fr ? `déplacé de ${from} à ${to}` : `moved from ${from} to ${to}`);
  }
  if (c.status === 'kept' && c.signals.length) parts.push(fr ? 'effets opposés qui s’annulent' : 'changes that cancel out');
  return parts.join('; ');
}

/** A document's name for the summary: the file name without folder and extension, or a symbol. */
export function docName(source: string, lang: Lang, which: 'old' | 'new'): string {
  if (!source || source === '-') return which === 'old' ? (lang === 'fr' ? 'l’ancien texte' : 'the old text') : (lang === 'fr' ? 'le nouveau texte' : 'the new text');
  // A UN document symbol ("S/RES/2765 (2024)") is a name, not a path.
  if (/^[A-Z]{1,4}\/[A-Z0-9.]+\/\S/.test(source) && !/\.[a-z]{2,5}$/i.test(source)) return source;
  return source.split(/[\\/]/).pop()!.replace(/\.(?:txt|text|md|markdown|html?|xhtml|docx|pdf|json)$/i, '');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 || n === 0 ? one : many}`;

/** The highlights named in the summary: up to three of a status, with where they are and what they cover. */
function named(all: Change[], lang: Lang, side: 'old' | 'new', label?: (id: string) => string): string {
  // Gender-specific provisions first: they are what the note is about.
  const list = [...all.filter((c) => c.genderSpecific), ...all.filter((c) => !c.genderSpecific)];
  const items = list.slice(0, 3).map((c) => {
    const w = where(side === 'old' ? c.old : c.new, lang);
    const what = (side === 'old' ? c.old : c.new)?.text.split('; ').slice(0, 2).join(', ');
    const why = signalPhrases(c.signals, lang, label).join(', ');
    return `${w}${what ? ` (${what}${why ? `${lang === 'fr' ? ' ;' : ';'} ${why}` : ''})` : ''}`;
  });
  const more = list.length > 3 ? (lang === 'fr' ? ` et ${list.length - 3} autres` : ` and ${list.length - 3} more`) : '';
  return items.join(lang === 'fr' ? ' ; ' : '; ') + more;
}

export function summarize(c: Omit<Comparison, 'summary'>, lang: Lang, label?: (id: string) => string, ruleTitle?: (rule: string) => string | undefined): string {
  const gapName = (rule: string) => ruleTitle?.(rule) ?? ruleName(rule);
  const fr = lang === 'fr';
  const n = c.counts;
  const oldName = docName(c.old.source, lang, 'old'), newName = docName(c.new.source, lang, 'new');
  const out: string[] = [];
  const total = c.changes.length;
  if (total === 0) {
    return fr ? `${cap(newName)} et ${oldName} ne contiennent aucune disposition FPS.` : `Neither ${oldName} nor ${newName} holds a WPS provision.`;
  }
  const changed = n.added + n.removed + n.strengthened + n.weakened + n.moved;
  if (fr) {
    out.push(`Par rapport à ${oldName}, ${newName} compte ${plural(c.provisions.new, 'disposition FPS', 'dispositions FPS')} (contre ${c.provisions.old}) : `
      + `${n.kept} ${n.kept <= 1 ? 'maintenue' : 'maintenues'}, ${n.added} ${n.added <= 1 ? 'ajoutée' : 'ajoutées'}, ${n.removed} ${n.removed <= 1 ? 'supprimée' : 'supprimées'}, `
      + `${n.strengthened} ${n.strengthened <= 1 ? 'renforcée' : 'renforcées'} et ${n.weakened} ${n.weakened <= 1 ? 'affaiblie' : 'affaiblies'}`
      + `${n.moved ? ` (dont ${n.moved} ${n.moved <= 1 ? 'déplacée' : 'déplacées'})` : ''}.`);
  } else {
    out.push(`Against ${oldName}, ${newName} has ${plural(c.provisions.new, 'WPS provision', 'WPS provisions')} (${c.provisions.old} before): `
      + `${n.kept} kept, ${n.added} added, ${n.removed} removed, ${n.strengthened} strengthened and ${n.weakened} weakened`
      + `${n.moved ? ` (${n.moved} of them moved)` : ''}.`);
  }
  if (changed === 0 && c.genderSpecific.change === 0) {
    out.push(fr ? 'Aucun changement du langage FPS.' : 'No change to the WPS language.');
  }
  // Counts: gender references first, then the families that changed (or all five when none did).
  const counts: string[] = [`${fr ? 'références au genre :' : 'gender references:'} ${c.genderSpecific.old} → ${c.genderSpecific.new}`];
  const fams = WPS_PILLARS.filter((f) => (c.byFamily[f]?.change ?? 0) !== 0);
  for (const f of fams.length ? fams : WPS_PILLARS) {
    const x = c.byFamily[f]!;
    counts.push(`${fr ? pillarName(f, true, familyLabel as (id: string) => string) : familyLabel(f as never).toLowerCase()}${fr ? ' :' : ':'} ${x.old} → ${x.new}`);
  }
  out.push(cap(counts.join(fr ? ' ; ' : '; ')) + '.');
  const by = (s: (x: Change) => boolean) => c.changes.filter(s);
  const added = by((x) => x.status === 'added'), removed = by((x) => x.status === 'removed');
  const weakened = by((x) => x.status.endsWith('weakened')), strengthened = by((x) => x.status.endsWith('strengthened'));
  const lines: string[] = [];
  if (added.length) lines.push(`${fr ? 'Ajouts' : 'Added'} : ${named(added, lang, 'new', label)}`);
  if (removed.length) lines.push(`${fr ? 'Suppressions' : 'Removed'} : ${named(removed, lang, 'old', label)}`);
  if (strengthened.length) lines.push(`${fr ? 'Renforcements' : 'Strengthened'} : ${named(strengthened, lang, 'new', label)}`);
  if (weakened.length) lines.push(`${fr ? 'Affaiblissements' : 'Weakened'} : ${named(weakened, lang, 'new', label)}`);
  for (const l of lines) out.push((fr ? l : l.replace(' :', ':')) + '.');
  if (c.gapsOpened.length || c.gapsClosed.length) {
    const g: string[] = [];
    if (c.gapsOpened.length) g.push(`${fr ? 'lacunes ouvertes' : 'gaps opened'}${fr ? ' :' : ':'} ${[...new Set(c.gapsOpened.map(gapName))].join(', ')}`);
    if (c.gapsClosed.length) g.push(`${fr ? 'lacunes comblées' : 'gaps closed'}${fr ? ' :' : ':'} ${[...new Set(c.gapsClosed.map(gapName))].join(', ')}`);
    out.push(cap(g.join(fr ? ' ; ' : '; ')) + '.');
  }
  if (c.figures.length) {
    const f = c.figures.slice(0, 3).map((x) => `${x.group} ${x.old ? `${x.old.percent} %` : '—'} → ${x.new ? `${x.new.percent} %` : '—'}`.replace(/ %/g, fr ? ' %' : '%'));
    out.push(`${fr ? 'Chiffres' : 'Figures'}${fr ? ' :' : ':'} ${f.join(fr ? ' ; ' : '; ')}${c.figures.length > 3 ? (fr ? ` et ${c.figures.length - 3} autres` : ` and ${c.figures.length - 3} more`) : ''}.`);
  }
  return out.join(' ');
}

/** "mandate.women-protection-advisers" → "women protection advisers". */
const ruleName = (id: string) => id.replace(/^[^.]+\./, '').replace(/[.-]/g, ' ');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function summarizeSeries(s: Omit<ComparisonSeries, 'summary'>, lang: Lang): string {
  const fr = lang === 'fr';
  const docs = s.documents;
  if (docs.length < 2) return fr ? 'Une seule version : rien à comparer.' : 'One version only: nothing to compare.';
  const first = docName(docs[0]!.source, lang, 'old'), last = docName(docs[docs.length - 1]!.source, lang, 'new');
  const row = (key: string) => s.trend.rows.find((r) => r.key === key)?.values ?? [];
  const gs = row('gender-specific'), prov = row('provisions');
  const sum = (k: 'added' | 'removed' | 'strengthened' | 'weakened') => s.steps.reduce((t, x) => t + x.counts[k], 0);
  const out: string[] = [];
  out.push(fr
    ? `Sur ${docs.length} versions (${first} → ${last}) : références au genre ${gs[0]} → ${gs.at(-1)}, dispositions FPS ${prov[0]} → ${prov.at(-1)}.`
    : `Across ${docs.length} versions (${first} → ${last}): gender references ${gs[0]} → ${gs.at(-1)}, WPS provisions ${prov[0]} → ${prov.at(-1)}.`);
  out.push(fr
    ? `En tout, ${sum('added')} ajoutées, ${sum('removed')} supprimées, ${sum('strengthened')} renforcées et ${sum('weakened')} affaiblies d’une version à l’autre.`
    : `In all, ${sum('added')} added, ${sum('removed')} removed, ${sum('strengthened')} strengthened and ${sum('weakened')} weakened from one version to the next.`);
  // The step that changed most.
  let big = 0;
  s.steps.forEach((x, k) => { if (Math.abs(x.genderSpecific.change) > Math.abs(s.steps[big]!.genderSpecific.change)) big = k; });
  const st = s.steps[big]!;
  if (st.genderSpecific.change !== 0) {
    out.push(fr
      ? `Le plus grand écart : ${docName(st.old.source, lang, 'old')} → ${docName(st.new.source, lang, 'new')} (références au genre ${st.genderSpecific.old} → ${st.genderSpecific.new}).`
      : `Largest step: ${docName(st.old.source, lang, 'old')} → ${docName(st.new.source, lang, 'new')} (gender references ${st.genderSpecific.old} → ${st.genderSpecific.new}).`);
  }
  return out.join(' ');
}

