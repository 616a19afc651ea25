// A comparison (or a series) as text, Markdown, HTML, CSV or JSON. Pure: the CLI writes what this returns,
// and the surfaces may reuse it for exports.
import { csvCell } from '../report/format.ts';
import { FAMILIES, familyLabel, pillarLabel } from '../lexicon/pillars.ts';
import type { Change, Cite, Comparison, ComparisonSeries } from './schema.ts';
import { where } from './summary.ts';
import { pillarName } from './words.ts';

export const COMPARISON_FORMATS = ['text', 'json', 'md', 'html', 'csv'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

type Lang = 'en' | 'fr';

/** The pillars a change touches, as a reader names them (ids stay in JSON and CSV). */
const pillarsOf = (x: Change, lang: Lang): string => x.pillars.map((p) => pillarName(p, lang === 'fr', pillarLabel as (id: string) => string)).join(', ');

const WORDS = {
  en: {
    title: 'WPS comparison', profile: 'Profile', changes: 'Changes', kept: 'Kept in place', none: 'none',
    pillar: 'Pillar', old: 'old', new: 'new', change: 'change', gapsOpened: 'Gaps opened', gapsClosed: 'Gaps closed',
    gapsChanged: 'Gaps changed', figures: 'Figures', series: 'WPS trend', version: 'Version', step: 'Step',
    status: { added: 'added', removed: 'removed', kept: 'kept', strengthened: 'strengthened', weakened: 'weakened', moved: 'moved', 'moved+strengthened': 'moved, strengthened', 'moved+weakened': 'moved, weakened' },
  },
  fr: {
    title: 'Comparaison FPS', profile: 'Profil', changes: 'Changements', kept: 'Maintenues en place', none: 'aucune',
    pillar: 'Pilier', old: 'ancien', new: 'nouveau', change: 'écart', gapsOpened: 'Lacunes ouvertes', gapsClosed: 'Lacunes comblées',
    gapsChanged: 'Lacunes modifiées', figures: 'Chiffres', series: 'Tendance FPS', version: 'Version', step: 'Étape',
    status: { added: 'ajoutée', removed: 'supprimée', kept: 'maintenue', strengthened: 'renforcée', weakened: 'affaiblie', moved: 'déplacée', 'moved+strengthened': 'déplacée, renforcée', 'moved+weakened': 'déplacée, affaiblie' },
  },
} as const;

/** A change's status as a person reads it ("moved, strengthened"; French « déplacée, renforcée »), for tables the surfaces draw. */
export function changeStatusLabel(status: keyof typeof WORDS.en.status, lang: Lang = 'en'): string {
  return WORDS[lang].status[status];
}

const CAP = 100;
function clip(s: string, n = CAP): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

function wrap(s: string, width = 100, indent = ''): string {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width - indent.length) { out.push(indent + line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

const listed = (c: Comparison) => c.changes.filter((x) => x.status !== 'kept');
const keptOnes = (c: Comparison) => c.changes.filter((x) => x.status === 'kept');
const sideLabel = (x: Cite | undefined, lang: Lang) => (x ? where(x, lang) : '—');
const arrow = (x: Change, lang: Lang) => `${sideLabel(x.old, lang)} → ${sideLabel(x.new, lang)}`;

function text(c: Comparison): string {
  const L = WORDS[c.language];
  const out: string[] = [];
  out.push(`${L.title}: ${c.old.source} → ${c.new.source}`, `${L.profile}: ${c.profile.id}`, '', wrap(c.summary), '');
  const list = listed(c);
  out.push(`${L.changes} (${list.length})`);
  for (const x of list) {
    out.push(`  ${L.status[x.status].padEnd(20)} ${arrow(x, c.language).padEnd(18)} ${pillarsOf(x, c.language)}`);
    if (x.note) out.push(wrap(x.note, 100, '      '));
    if (x.old?.text) out.push(`      ${L.old}: ${clip(x.old.text, 90)}`);
    if (x.new?.text) out.push(`      ${L.new}: ${clip(x.new.text, 90)}`);
  }
  const kept = keptOnes(c);
  out.push('', `${L.kept} (${kept.length}): ${kept.length ? kept.map((x) => sideLabel(x.new, c.language)).join(', ') : L.none}`);
  out.push('', `${L.pillar.padEnd(24)} ${L.old.padStart(6)} ${L.new.padStart(6)} ${L.change.padStart(7)}`);
  for (const f of FAMILIES) {
    const x = c.byFamily[f]!;
    out.push(`${pillarName(f, c.language === 'fr', familyLabel as (id: string) => string).padEnd(24)} ${String(x.old).padStart(6)} ${String(x.new).padStart(6)} ${signed(x.change).padStart(7)}`);
  }
  out.push(...gapLines(c).map((l) => `${l}`));
  return out.join('\n') + '\n';
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function gapLines(c: Comparison): string[] {
  const L = WORDS[c.language];
  const out: string[] = [''];
  out.push(`${L.gapsOpened}: ${c.gapsOpened.join(', ') || L.none}`);
  out.push(`${L.gapsClosed}: ${c.gapsClosed.join(', ') || L.none}`);
  if (c.gapsChanged.length) out.push(`${L.gapsChanged}: ${c.gapsChanged.map((g) => `${g.rule} (${g.old} → ${g.new})`).join(', ')}`);
  if (c.figures.length) out.push(`${L.figures}: ${c.figures.map((f) => `${f.group} ${f.old ? `${f.old.percent}%` : '—'} → ${f.new ? `${f.new.percent}%` : '—'}`).join('; ')}`);
  return out;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function md(c: Comparison, level = 1): string {
  const L = WORDS[c.language];
  const h = '#'.repeat(level);
  const out: string[] = [`${h} ${L.title}: ${mdCell(c.old.source)} → ${mdCell(c.new.source)}`, '', c.summary, ''];
  out.push(`${h}# ${L.changes}`, '', `| | ${L.old} | ${L.new} | ${L.pillar} | |`, '|---|---|---|---|---|');
  for (const x of listed(c)) {
    out.push(`| ${L.status[x.status]} | ${mdCell(sideLabel(x.old, c.language))}${x.old?.text ? `: ${mdCell(clip(x.old.text, 80))}` : ''} | ${mdCell(sideLabel(x.new, c.language))}${x.new?.text ? `: ${mdCell(clip(x.new.text, 80))}` : ''} | ${mdCell(pillarsOf(x, c.language))} | ${mdCell(x.note ?? '')} |`);
  }
  const kept = keptOnes(c);
  out.push('', `${L.kept} (${kept.length}): ${kept.map((x) => sideLabel(x.new, c.language)).join(', ') || L.none}`, '');
  out.push(`| ${L.pillar} | ${L.old} | ${L.new} | ${L.change} |`, '|---|---:|---:|---:|');
  for (const f of FAMILIES) {
    const x = c.byFamily[f]!;
    out.push(`| ${pillarName(f, c.language === 'fr', familyLabel as (id: string) => string)} | ${x.old} | ${x.new} | ${signed(x.change)} |`);
  }
  out.push(...gapLines(c).map((l) => (l ? `- ${l}` : l)));
  return out.join('\n') + '\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlBody(c: Comparison): string {
  const L = WORDS[c.language];
  const rows = c.changes.map((x) => `<tr class="${esc(x.status.replace('+', ' '))}"><td>${esc(L.status[x.status])}</td>`
    + `<td>${esc(sideLabel(x.old, c.language))}${x.old?.text ? `<br><small>${esc(clip(x.old.text, 120))}</small>` : ''}</td>`
    + `<td>${esc(sideLabel(x.new, c.language))}${x.new?.text ? `<br><small>${esc(clip(x.new.text, 120))}</small>` : ''}</td>`
    + `<td>${esc(pillarsOf(x, c.language))}</td><td>${esc(x.note ?? '')}</td></tr>`).join('\n');
  const fam = FAMILIES.map((f) => { const x = c.byFamily[f]!; return `<tr><td>${esc(pillarName(f, c.language === 'fr', familyLabel as (id: string) => string))}</td><td>${x.old}</td><td>${x.new}</td><td>${signed(x.change)}</td></tr>`; }).join('\n');
  return `<h1>${esc(L.title)}: ${esc(c.old.source)} → ${esc(c.new.source)}</h1>\n<p>${esc(c.summary)}</p>\n`
    + `<div class="scroll"><table><thead><tr><th></th><th>${esc(L.old)}</th><th>${esc(L.new)}</th><th>${esc(L.pillar)}</th><th></th></tr></thead><tbody>\n${rows}\n</tbody></table></div>\n`
    + `<div class="scroll"><table><thead><tr><th>${esc(L.pillar)}</th><th>${esc(L.old)}</th><th>${esc(L.new)}</th><th>${esc(L.change)}</th></tr></thead><tbody>\n${fam}\n</tbody></table></div>\n`
    + `<ul>${gapLines(c).filter(Boolean).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>\n`;
}

function htmlPage(title: string, lang: Lang, body: string): string {
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>\n`
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">\n'
    + '<style>body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}h1{font-size:1.4rem;overflow-wrap:anywhere}'
    + '.scroll{overflow-x:auto}table{border-collapse:collapse;margin:1rem 0;width:100%}'
    + 'td,th{border:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}tr.removed td:first-child,tr.weakened td:first-child,tr.moved.weakened td:first-child{color:#a40000;font-weight:600}'
    + 'tr.added td:first-child,tr.strengthened td:first-child,tr.moved.strengthened td:first-child{color:#0a6b2b;font-weight:600}small{color:#454545}'
    + '@media (prefers-color-scheme: dark){body{color:#ececec;background:#1b1b1b}td,th{border-color:#5a5a5a}small{color:#c4c4c4}'
    + 'tr.removed td:first-child,tr.weakened td:first-child,tr.moved.weakened td:first-child{color:#ff9b9b}tr.added td:first-child,tr.strengthened td:first-child,tr.moved.strengthened td:first-child{color:#8fe0a8}}</style></head>\n'
    + `<body>\n${body}</body></html>\n`;
}

const CSV_HEADER = ['step', 'old_source', 'new_source', 'id', 'status', 'scope', 'moved', 'pillars', 'concepts', 'old_section', 'old_number', 'old_words', 'old_verb', 'new_section', 'new_number', 'new_words', 'new_verb', 'note'];

function csvRows(c: Comparison, step: number): string[] {
  return c.changes.map((x) => [step, c.old.source, c.new.source, x.id, x.status, x.scope ?? '', x.moved, x.pillars.join(' '), x.concepts.join(' '),
    x.old?.section ?? '', x.old?.number ?? '', x.old?.text ?? '', x.old?.verb ?? '', x.new?.section ?? '', x.new?.number ?? '', x.new?.text ?? '', x.new?.verb ?? '', x.note ?? '']
    .map((v) => csvCell(v)).join(','));
}

export function formatComparison(format: ComparisonFormat, c: Comparison): string {
  switch (format) {
    case 'json': return JSON.stringify(c, null, 2) + '\n';
    case 'text': return text(c);
    case 'md': return md(c);
    case 'html': return htmlPage(`${WORDS[c.language].title}: ${c.old.source} → ${c.new.source}`, c.language, htmlBody(c));
    case 'csv': return [CSV_HEADER.join(','), ...csvRows(c, 1)].join('\r\n') + '\r\n';
  }
}

/** Rows a table shows: the five families, then the thematic groups that occur (the families' own pillar rows stay in the JSON). */
function shownRows(s: ComparisonSeries) {
  const families = new Set<string>(FAMILIES);
  return s.trend.rows.filter((r) => r.kind !== 'pillar' || (!families.has(r.key) && r.values.some((v) => v > 0)));
}

function trendTable(s: ComparisonSeries, md: boolean): string[] {
  const cols = s.trend.columns.map((x) => x.split(/[\\/]/).pop()!.replace(/\.[a-z]+$/i, ''));
  const rows = shownRows(s);
  if (md) {
    return [`| | ${cols.map(mdCell).join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`, ...rows.map((r) => `| ${r.label} | ${r.values.join(' | ')} |`)];
  }
  const w = Math.max(...rows.map((r) => r.label.length), 10);
  const cw = cols.map((x, k) => Math.max(x.length, ...rows.map((r) => String(r.values[k]).length)));
  return [`${''.padEnd(w)}  ${cols.map((x, k) => x.padStart(cw[k]!)).join('  ')}`, ...rows.map((r) => `${r.label.padEnd(w)}  ${r.values.map((v, k) => String(v).padStart(cw[k]!)).join('  ')}`)];
}

export function formatSeries(format: ComparisonFormat, s: ComparisonSeries): string {
  const lang: Lang = s.steps[0]?.language ?? 'en';
  const L = WORDS[lang];
  switch (format) {
    case 'json': return JSON.stringify(s, null, 2) + '\n';
    case 'csv': return [CSV_HEADER.join(','), ...s.steps.flatMap((c, k) => csvRows(c, k + 1))].join('\r\n') + '\r\n';
    case 'text': return [`${L.series}`, '', wrap(s.summary), '', ...trendTable(s, false), '', ...s.steps.map((c, k) => `${L.step} ${k + 1}\n${text(c)}`)].join('\n');
    case 'md': return [`# ${L.series}`, '', s.summary, '', ...trendTable(s, true), '', ...s.steps.map((c) => md(c, 2))].join('\n');
    case 'html': {
      const cols = s.trend.columns.map((x) => x.split(/[\\/]/).pop()!);
      const table = `<div class="scroll"><table><thead><tr><th></th>${cols.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>`
        + shownRows(s).map((r) => `<tr><td>${esc(r.label)}</td>${r.values.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('') + '</tbody></table></div>';
      return htmlPage(L.series, lang, `<h1>${esc(L.series)}</h1>\n<p>${esc(s.summary)}</p>\n${table}\n${s.steps.map(htmlBody).join('\n')}`);
    }
  }
}
