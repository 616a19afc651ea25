// Report formatters: pure functions from reports (plus, optionally, the analysed text) to a string.
// No I/O here: the CLI, the extension and the add-ins all export through these.
import { PILLAR_IDS, WPS_PILLARS, THEMATIC_GROUPS, type Report, type Finding, type Gap, type PillarId, type CliOutput, type Section, type TextBlock } from './schema.ts';

export const FORMATS = ['text', 'json', 'csv', 'md'] as const;
export type FormatName = (typeof FORMATS)[number];

/**
 * A report with the exact input it was computed from (needed to quote sentences; optional): the
 * string, or the blocks when the report was computed from blocks (its offsets are then block-local).
 */
export interface DocInput {
  report: Report;
  text?: string;
  blocks?: readonly TextBlock[];
  /**
   * The whole document's counts when report.findings and report.figures list only the first ones
   * (a huge text streamed with bounded memory): summaries and CSV rows use these, and the text and
   * Markdown reports say how many findings and figures are not listed.
   */
  totals?: DocTotals;
}

/** One concept of one document, as a CSV row reports it. */
export interface ConceptTotal {
  pillar: PillarId;
  genderSpecific: boolean;
  findings: number;
  tasks: number;
  advice: number;
  negated: number;
  /** The whole sentence of the concept's first finding in reading order, whitespace collapsed. */
  firstSentence: string;
}

export interface DocTotals {
  findings: number;
  figures: number;
  concepts: ReadonlyMap<string, ConceptTotal>;
}

export interface InputFailure {
  source: string;
  message: string;
}

export interface FormatOptions {
  /** Inputs that could not be read or analysed. */
  errors?: InputFailure[];
  /** ANSI colours (text format only). */
  color?: boolean;
  /** Date shown in the Markdown title block (default: today). */
  date?: Date | string;
  /** Tool version shown in the Markdown report. */
  toolVersion?: string;
  /** Page or document title and URL shown in the Markdown/HTML title block. */
  title?: string;
  url?: string;
}

export type FormatterInput = DocInput[] | Report[];

function toDocs(input: FormatterInput): DocInput[] {
  return (input as (DocInput | Report)[]).map((d) => ('report' in d ? d : { report: d }));
}

// ---------------------------------------------------------------- shared helpers

/** The text a finding's offsets refer to: its block's text for block input, else the whole text. */
export type TextOf = (f: { block?: string }) => string | undefined;

export function textResolver(d: DocInput): TextOf {
  if (!d.blocks) return () => d.text;
  const byId = new Map(d.blocks.map((b) => [b.id, b.text]));
  return (f) => (f.block !== undefined ? byId.get(f.block) : d.text);
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** A gap that makes `--fail-on-gaps` fail: level "required", or severity "high" when the level is absent. */
export function isRequiredGap(gap: Gap): boolean {
  return gap.level !== undefined ? gap.level === 'required' : gap.severity === 'high';
}

export function hasRequiredGap(reports: Report[]): boolean {
  return reports.some((r) => r.gaps.some(isRequiredGap));
}

function sortedGaps(gaps: Gap[]): Gap[] {
  return [...gaps].sort((a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (isRequiredGap(a) ? 0 : 1) - (isRequiredGap(b) ? 0 : 1) ||
    a.rule.localeCompare(b.rule));
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

interface Quote { before: string; match: string; after: string }

/**
 * The finding's sentence split around the match, whitespace collapsed. Without the text (or with
 * offsets that do not fit it), only the matched words.
 */
function quoteFinding(f: Finding, text: string | undefined, maxContext = 160): Quote {
  if (text === undefined || f.end > text.length || f.start > f.end) return { before: '', match: collapseWhitespace(f.text), after: '' };
  const sStart = Math.min(f.sentence.start, f.start);
  const sEnd = Math.max(f.sentence.end, f.end);
  let before = text.slice(sStart, f.start).replace(/\s+/g, ' ').replace(/^ /, '');
  let after = text.slice(f.end, Math.min(sEnd, text.length)).replace(/\s+/g, ' ').replace(/ $/, '');
  if (before.length > maxContext) before = '…' + before.slice(before.length - maxContext).replace(/^\S*\s/, '');
  if (after.length > maxContext) after = after.slice(0, maxContext).replace(/\s\S*$/, '') + '…';
  return { before, match: collapseWhitespace(text.slice(f.start, f.end)), after };
}

/** The whole text of the finding's sentence, whitespace collapsed (the matched words without the text). */
export function sentenceText(f: Finding, text: string | undefined): string {
  if (text === undefined || f.sentence.end > text.length || f.sentence.start > f.sentence.end) return collapseWhitespace(f.text);
  return collapseWhitespace(text.slice(f.sentence.start, f.sentence.end));
}

/** Findings in reading order: by block (block input has block-local offsets), then offset. */
/** Findings in reading order: by block first for block input (offsets are block-local), then by offset. */
export function findingsInOrder(r: Report): Finding[] {
  const order = new Map(r.blocks?.map((b, i) => [b.id, i]));
  const blockIndex = (f: Finding) => (f.block !== undefined ? order.get(f.block) ?? 0 : 0);
  return [...r.findings].sort((a, b) => blockIndex(a) - blockIndex(b) || a.start - b.start || a.end - b.end);
}

function howSaid(f: Finding): string {
  const s = f.strength;
  const parts: string[] = [s.mode];
  if (s.verbClass) parts.push(s.verbClass);
  parts.push(`level ${s.level}`);
  let out = parts.join(', ');
  if (s.cue) out += ` ("${collapseWhitespace(s.cue)}")`;
  const flags: string[] = [];
  if (f.negated) flags.push('negated');
  if (f.scopeLimited) flags.push('scope-limited');
  if (f.boilerplate) flags.push('boilerplate');
  if (f.procedural) flags.push('procedural');
  if (f.unverified) flags.push('unverified');
  if (f.annex) flags.push('annex');
  if (flags.length) out += '; ' + flags.join(', ');
  return out;
}

const SECTION_KIND_LABEL: Record<string, string> = {
  preamble: 'Preamble', preambular: 'Preambular paragraph', operative: 'Operative paragraph',
  'opord-paragraph': 'Paragraph', annex: 'Annex', heading: 'Heading', body: 'Body',
  paragraph: 'Paragraph', contents: 'Contents', notes: 'Notes', references: 'References', table: 'Table', furniture: 'Page furniture',
};

/** A section's kind and number without its title: "Operative paragraph 4", "Annex K", "Preamble". */
export function sectionName(s: Section): string {
  const kind = SECTION_KIND_LABEL[s.kind] ?? s.kind;
  if (!s.number || (s.kind === 'heading' && s.title?.startsWith(s.number))) return kind; // "Heading: IV. Observations"
  return s.kind === 'annex' && /^annex\b/i.test(s.number) ? s.number : `${kind} ${s.number}`;
}

function sectionLabel(r: Report, id: string | undefined): string {
  if (!id) return 'No section';
  const s = r.structure.find((x) => x.id === id);
  if (!s) return id;
  const num = sectionName(s);
  return s.title ? `${num}: ${collapseWhitespace(s.title)}` : num;
}

function groupBySection(r: Report): { label: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findingsInOrder(r)) {
    const key = f.section ?? '';
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups].map(([id, findings]) => ({ label: sectionLabel(r, id || undefined), findings }));
}

function pillarCounts(r: Report, p: PillarId) {
  return r.coverage.byPillar[p] ?? { findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 };
}

function conceptCount(r: Report): number {
  return new Set(r.findings.map((f) => f.concept)).size;
}

/** The document's counts: its totals when its lists were capped, else the lists' lengths. */
function countsOf(d: DocInput): { findings: number; figures: number; concepts: number } {
  const r = d.report;
  return { findings: d.totals?.findings ?? r.findings.length, figures: d.totals?.figures ?? r.figures.length, concepts: d.totals?.concepts.size ?? conceptCount(r) };
}

/** The plain line after a capped list, or undefined when everything is listed. */
function notListed(what: 'finding' | 'figure', listed: number, total: number): string | undefined {
  if (total <= listed) return undefined;
  const rest = total - listed;
  const how = what === 'finding' ? '--format json lists every finding, --format csv counts them per concept' : '--format json lists every figure';
  return `… ${rest.toLocaleString('en-US')} more ${rest === 1 ? what : what + 's'} not listed: this large file was read in chunks and only the first ${listed.toLocaleString('en-US')} are listed here (${how}).`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function profileLine(r: Report): string {
  return `${r.profile.id} (${r.profile.detected ? 'detected' : 'chosen'}, ${pct(r.profile.confidence)} confidence)`;
}

// ---------------------------------------------------------------- json

export function formatJson(input: FormatterInput, options: FormatOptions = {}): string {
  const out: CliOutput = { version: 1, documents: toDocs(input).map((d) => d.report), errors: options.errors ?? [] };
  return JSON.stringify(out, null, 2) + '\n';
}

// ---------------------------------------------------------------- csv

export const CSV_COLUMNS = ['source', 'profile', 'language', 'pillar', 'concept', 'genderSpecific', 'findings', 'tasks', 'advice', 'negated', 'firstSentence'] as const;

/**
 * One CSV cell: formula-like cells (=, +, -, @, and tab/CR per OWASP) get a leading apostrophe, then
 * RFC 4180 quoting.
 */
export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  if (/[",\r\n]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"';
  return s;
}

/**
 * One row per document × concept found (ordered by pillar, then concept). A document with no findings
 * gets one row with empty pillar and concept and zero counts, so every scanned document appears.
 */
export function formatCsv(input: FormatterInput, _options: FormatOptions = {}): string {
  const rows: (string | number | boolean)[][] = [[...CSV_COLUMNS]];
  for (const d of toDocs(input)) {
    const r = d.report;
    const byConcept = d.totals?.concepts ?? conceptTotals(d);
    const base = [r.source, r.profile.id, r.language];
    if (byConcept.size === 0) {
      rows.push([...base, '', '', '', 0, 0, 0, 0, '']);
      continue;
    }
    const order = (p: PillarId) => (PILLAR_IDS as readonly string[]).indexOf(p);
    const concepts = [...byConcept].sort(([a, x], [b, y]) => order(x.pillar) - order(y.pillar) || (a < b ? -1 : a > b ? 1 : 0));
    for (const [concept, c] of concepts) {
      rows.push([...base, c.pillar, concept, c.genderSpecific, c.findings, c.tasks, c.advice, c.negated, c.firstSentence]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Per concept of a document (in order of first finding): counts and the first finding's sentence. */
export function conceptTotals(d: DocInput): Map<string, ConceptTotal> {
  const textOf = textResolver(d);
  const byConcept = new Map<string, ConceptTotal>();
  for (const f of findingsInOrder(d.report)) {
    let c = byConcept.get(f.concept);
    if (!c) {
      c = { pillar: f.pillar, genderSpecific: f.genderSpecific, findings: 0, tasks: 0, advice: 0, negated: 0, firstSentence: sentenceText(f, textOf(f)) };
      byConcept.set(f.concept, c);
    }
    c.findings++;
    if (f.strength.mode === 'task') c.tasks++;
    if (f.strength.mode === 'advice') c.advice++;
    if (f.negated) c.negated++;
    if (f.genderSpecific) c.genderSpecific = true;
  }
  return byConcept;
}

// ---------------------------------------------------------------- text

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', blue: '\x1b[34m', magenta: '\x1b[35m', cyan: '\x1b[36m', inverse: '\x1b[7m' };
type Style = keyof typeof ANSI;

/** Remove control characters from document text before it reaches a terminal (no escape-sequence injection). */
function safeTerm(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

function bar(n: number, max: number, width: number): [string, string] {
  if (max <= 0 || n <= 0) return ['', '░'.repeat(width)];
  const filled = Math.max(1, Math.round((n / max) * width));
  return ['█'.repeat(filled), '░'.repeat(width - filled)];
}

export function formatText(input: FormatterInput, options: FormatOptions = {}): string {
  const color = options.color === true;
  const st = (style: Style | Style[], s: string): string => {
    if (!color || s === '') return s;
    const codes = (Array.isArray(style) ? style : [style]).map((k) => ANSI[k]).join('');
    return codes + s + ANSI.reset;
  };
  const sevStyle: Record<Gap['severity'], Style> = { high: 'red', medium: 'yellow', low: 'dim' };
  const lines: string[] = [];
  const docs = toDocs(input);

  docs.forEach((d, i) => {
    const r = d.report;
    const textOf = textResolver(d);
    if (i > 0) lines.push('');
    const title = `━━ ${safeTerm(r.source)} `;
    lines.push(st(['bold', 'cyan'], title + '━'.repeat(Math.max(3, 72 - title.length))));
    lines.push(`${st('bold', 'Profile ')}  ${profileLine(r)}`);
    lines.push(`${st('bold', 'Language')}  ${r.language}${r.length !== undefined ? `    ${r.length.toLocaleString('en-US')} characters` : ''}`);
    const [sf, se] = bar(r.coverage.score, 100, 20);
    const scoreStyle: Style = r.coverage.score >= 70 ? 'green' : r.coverage.score >= 40 ? 'yellow' : 'red';
    lines.push(`${st('bold', 'Score   ')}  ${st(['bold', scoreStyle], `${Math.round(r.coverage.score)}/100`)}  ${st(scoreStyle, sf)}${st('dim', se)}`);
    const highGaps = r.gaps.filter((g) => g.severity === 'high').length;
    const n = countsOf(d);
    lines.push(`${st('bold', 'Summary ')}  ${plural(n.findings, 'finding')} of ${plural(n.concepts, 'concept')} · ${plural(r.gaps.length, 'gap')}${highGaps ? ` (${highGaps} high)` : ''} · ${plural(n.figures, 'figure')}`);

    // Coverage
    lines.push('');
    lines.push(st('bold', 'Coverage') + st('dim', ' '.repeat(26) + 'findings  tasks  advice  negated'));
    const max = Math.max(0, ...PILLAR_IDS.map((p) => pillarCounts(r, p).findings));
    const row = (p: PillarId): string => {
      const c = pillarCounts(r, p);
      const [f, e] = bar(c.findings, max, 10);
      const name = c.findings ? p.padEnd(20) : st('dim', p.padEnd(20));
      const nums = `${String(c.findings).padStart(8)}  ${String(c.tasks).padStart(5)}  ${String(c.advice).padStart(6)}  ${String(c.negated).padStart(7)}`;
      return `  ${name}${st('cyan', f)}${st('dim', e)}  ${c.findings ? nums : st('dim', nums)}`;
    };
    for (const p of WPS_PILLARS) lines.push(row(p));
    const activeGroups = THEMATIC_GROUPS.filter((p) => pillarCounts(r, p).findings > 0);
    const idleGroups = THEMATIC_GROUPS.filter((p) => pillarCounts(r, p).findings === 0);
    if (activeGroups.length) {
      lines.push(st('dim', '  thematic groups'));
      for (const p of activeGroups) lines.push(row(p));
    }
    if (idleGroups.length) lines.push(st('dim', `  no findings: ${idleGroups.join(', ')}`));

    // Gaps
    lines.push('');
    if (r.gaps.length === 0) {
      lines.push(st('bold', 'Gaps') + '  none');
    } else {
      lines.push(st('bold', `Gaps (${r.gaps.length})`));
      for (const g of sortedGaps(r.gaps)) {
        const level = g.level ?? (g.severity === 'high' ? 'required' : '');
        const where = [g.concept ? `concept ${g.concept}` : '', g.section ? `in ${sectionLabel(r, g.section)}` : ''].filter(Boolean).join(', ');
        lines.push(`  ${st(['bold', sevStyle[g.severity]], g.severity.toUpperCase().padEnd(6))} ${level ? level + '  ' : ''}${safeTerm(g.rule)}  ${st('magenta', g.kind)}${where ? st('dim', `  (${safeTerm(where)})`) : ''}`);
        lines.push(`         ${safeTerm(collapseWhitespace(g.reason))}`);
        lines.push(`         ${st('green', '→ ' + safeTerm(collapseWhitespace(g.suggestion)))}`);
        if (g.basis) lines.push(st('dim', `         basis: ${safeTerm(collapseWhitespace(g.basis))}`));
      }
    }

    // Findings
    lines.push('');
    if (n.findings === 0) {
      lines.push(st('bold', 'Findings') + '  none');
    } else {
      lines.push(st('bold', `Findings (${n.findings})`));
      for (const group of groupBySection(r)) {
        lines.push(`  ${st(['bold', 'blue'], '§ ' + safeTerm(group.label))}`);
        for (const f of group.findings) {
          const label = f.label ?? f.concept;
          lines.push(`    • ${st('bold', safeTerm(label))} ${st('dim', `[${f.pillar}${f.label ? ` · ${f.concept}` : ''}]`)}  ${f.negated ? st('red', howSaid(f)) : howSaid(f)}`);
          const q = quoteFinding(f, textOf(f));
          lines.push(`      “${safeTerm(q.before)}${st(['bold', 'yellow'], '[[' + safeTerm(q.match) + ']]')}${safeTerm(q.after)}”`);
        }
      }
      const more = notListed('finding', r.findings.length, n.findings);
      if (more) lines.push(`  ${st('bold', more)}`);
    }

    // Figures
    if (n.figures) {
      lines.push('');
      lines.push(st('bold', `Figures (${n.figures})`));
      for (const fig of [...r.figures].sort((a, b) => a.start - b.start)) {
        lines.push(`  ${String(fig.percent).padStart(5)}%  ${safeTerm(fig.group)} ${st('dim', `(${fig.category})`)}  “${safeTerm(collapseWhitespace(fig.text))}”`);
      }
      const more = notListed('figure', r.figures.length, n.figures);
      if (more) lines.push(`  ${st('bold', more)}`);
    }
  });

  const errors = options.errors ?? [];
  if (errors.length) {
    if (lines.length) lines.push('');
    lines.push(st(['bold', 'red'], `Not scanned (${errors.length})`));
    for (const e of errors) lines.push(`  ${safeTerm(e.source)}: ${safeTerm(e.message)}`);
  }
  if (docs.length === 0 && errors.length === 0) lines.push('No documents.');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- markdown

/**
 * Escape document text (or any data) for inline Markdown: HTML special characters become entities and
 * Markdown punctuation is backslash-escaped, so the text renders literally and never as markup.
 * Newlines are collapsed, so the result is safe in table cells and list items.
 */
export function mdEscape(s: string, trim = true): string {
  let out = s.replace(/\s+/g, ' ');
  if (trim) out = out.trim();
  out = out
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~$]/g, (c) => '\\' + c);
  // Characters that only matter at the start of a line (lists, setext underlines).
  return out.replace(/^([ ]*)([-+=])(?=\s|$|\2)/, '$1\\$2').replace(/^([ ]*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function isoDate(d: Date | string | undefined): string {
  if (typeof d === 'string') return d;
  return (d ?? new Date()).toISOString().slice(0, 10);
}

export function formatMarkdown(input: FormatterInput, options: FormatOptions = {}): string {
  const docs = toDocs(input);
  const errors = options.errors ?? [];
  const out: string[] = [];
  out.push('# WPS Lens report', '');
  if (options.title) out.push(`**${mdEscape(options.title)}**  `);
  if (options.url) out.push(`${mdEscape(options.url)}  `);
  const meta = [`Generated ${mdEscape(isoDate(options.date))}`];
  if (options.toolVersion) meta.push(`by wps-lens ${mdEscape(options.toolVersion)}`);
  out.push(`${meta.join(' ')} · ${plural(docs.length, 'document')} scanned${errors.length ? ` · ${plural(errors.length, 'input')} not scanned` : ''}`, '');

  if (docs.length) {
    out.push('## Summary', '');
    out.push('| Document | Profile | Language | Score | Findings | Concepts | Gaps | High gaps |');
    out.push('|---|---|---|---:|---:|---:|---:|---:|');
    for (const d of docs) {
      const r = d.report;
      const n = countsOf(d);
      out.push(`| ${mdEscape(r.source)} | ${mdEscape(r.profile.id)} | ${r.language} | ${Math.round(r.coverage.score)} | ${n.findings} | ${n.concepts} | ${r.gaps.length} | ${r.gaps.filter((g) => g.severity === 'high').length} |`);
    }
    out.push('');
  }

  docs.forEach((d, i) => {
    const r = d.report;
    const textOf = textResolver(d);
    out.push(`## ${i + 1}. ${mdEscape(r.source)}`, '');
    out.push(`- **Profile:** ${mdEscape(profileLine(r))}`);
    out.push(`- **Language:** ${r.language}`);
    out.push(`- **Score:** ${Math.round(r.coverage.score)}/100`);
    const n = countsOf(d);
    out.push(`- **Findings:** ${n.findings} of ${plural(n.concepts, 'concept')}; ${plural(r.gaps.length, 'gap')}; ${plural(n.figures, 'figure')}`);
    out.push('');

    out.push('### Coverage', '');
    out.push('| Pillar | Findings | Tasks | Advice | Negated | Concepts |');
    out.push('|---|---:|---:|---:|---:|---|');
    for (const p of PILLAR_IDS) {
      const c = pillarCounts(r, p);
      if (c.findings === 0 && !(WPS_PILLARS as readonly string[]).includes(p)) continue;
      out.push(`| ${p} | ${c.findings} | ${c.tasks} | ${c.advice} | ${c.negated} | ${c.concepts.map((x) => mdEscape(x)).join(', ')} |`);
    }
    const idle = THEMATIC_GROUPS.filter((p) => pillarCounts(r, p).findings === 0);
    out.push('');
    if (idle.length) out.push(`Thematic groups with no findings: ${idle.join(', ')}.`, '');

    out.push('### Gaps', '');
    if (r.gaps.length === 0) out.push('None.', '');
    for (const g of sortedGaps(r.gaps)) {
      const level = g.level ? ` · ${g.level}` : '';
      const where = [g.concept ? `concept ${mdEscape(g.concept)}` : '', g.section ? `in ${mdEscape(sectionLabel(r, g.section))}` : ''].filter(Boolean).join(', ');
      out.push(`- **${g.severity.toUpperCase()}**${level} · ${mdEscape(g.rule)} · *${g.kind}*${where ? ` (${where})` : ''}  `);
      out.push(`  *Why:* ${mdEscape(g.reason)}  `);
      out.push(`  **Suggestion:** ${mdEscape(g.suggestion)}  `);
      out.push(`  *Basis:* ${mdEscape(g.basis)}`);
    }
    if (r.gaps.length) out.push('');

    out.push('### Findings', '');
    if (n.findings === 0) out.push('None.', '');
    for (const group of groupBySection(r)) {
      out.push(`#### ${mdEscape(group.label)}`, '');
      for (const f of group.findings) {
        const q = quoteFinding(f, textOf(f), 300);
        out.push(`- **${mdEscape(f.label ?? f.concept)}** (${f.pillar}) — ${mdEscape(howSaid(f))}  `);
        out.push(`  “${mdEscape(q.before, false)}**${mdEscape(q.match)}**${mdEscape(q.after, false)}”`);
      }
      out.push('');
    }
    const moreFindings = notListed('finding', r.findings.length, n.findings);
    if (moreFindings) out.push(`*${mdEscape(moreFindings)}*`, '');

    if (n.figures) {
      out.push('### Figures', '');
      out.push('| Percent | Group | Category | Text |');
      out.push('|---:|---|---|---|');
      for (const fig of [...r.figures].sort((a, b) => a.start - b.start)) {
        out.push(`| ${fig.percent} | ${mdEscape(fig.group)} | ${fig.category} | ${mdEscape(fig.text)} |`);
      }
      out.push('');
      const moreFigures = notListed('figure', r.figures.length, n.figures);
      if (moreFigures) out.push(`*${mdEscape(moreFigures)}*`, '');
    }
  });

  if (errors.length) {
    out.push('## Inputs not scanned', '');
    for (const e of errors) out.push(`- ${mdEscape(e.source)}: ${mdEscape(e.message)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

// ---------------------------------------------------------------- findings and gaps as tables

export const FINDING_COLUMNS = ['source', 'block', 'section', 'concept', 'label', 'pillar', 'genderSpecific', 'mode', 'verbClass', 'level', 'negated', 'scopeLimited', 'boilerplate', 'procedural', 'unverified', 'annex', 'start', 'end', 'text', 'sentence'] as const;

/** One row per finding, in text order: for spreadsheets and pivot tables. */
export function findingRows(input: FormatterInput): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  for (const d of toDocs(input)) {
    const textOf = textResolver(d);
    for (const f of findingsInOrder(d.report)) {
      rows.push([d.report.source, f.block ?? '', f.section ?? '', f.concept, f.label ?? f.concept, f.pillar, f.genderSpecific,
        f.strength.mode, f.strength.verbClass ?? '', f.strength.level, f.negated, f.scopeLimited, f.boilerplate, f.procedural,
        f.unverified, f.annex ?? false, f.start, f.end, collapseWhitespace(f.text), sentenceText(f, textOf(f))]);
    }
  }
  return rows;
}

export const GAP_COLUMNS = ['source', 'profile', 'rule', 'level', 'severity', 'kind', 'concept', 'section', 'reason', 'suggestion', 'basis'] as const;

/** One row per gap, most severe first. */
export function gapRows(input: FormatterInput): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  for (const { report: r } of toDocs(input)) {
    for (const g of sortedGaps(r.gaps)) {
      rows.push([r.source, r.profile.id, g.rule, g.level ?? '', g.severity, g.kind, g.concept ?? '', g.section ? sectionLabel(r, g.section) : '', g.reason, g.suggestion, g.basis]);
    }
  }
  return rows;
}

function toCsv(header: readonly string[], rows: (string | number | boolean)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function formatFindingsCsv(input: FormatterInput): string {
  return toCsv(FINDING_COLUMNS, findingRows(input));
}

export function formatGapsCsv(input: FormatterInput): string {
  return toCsv(GAP_COLUMNS, gapRows(input));
}

/** Plain-text gap summary (for the clipboard or a comment): one paragraph per gap. */
export function gapSummary(report: Report, options: Pick<FormatOptions, 'title' | 'url'> = {}): string {
  const head = `WPS Lens: ${options.title ? options.title + ' — ' : ''}${report.profile.id}, score ${Math.round(report.coverage.score)}/100, ${plural(report.gaps.length, 'gap')}`;
  const lines = [head];
  if (options.url) lines.push(options.url);
  for (const g of sortedGaps(report.gaps)) {
    const where = g.section ? ` (${sectionLabel(report, g.section)})` : '';
    lines.push('', `[${g.severity.toUpperCase()}${g.level ? ', ' + g.level : ''}] ${collapseWhitespace(g.reason)}${where}`, `Suggestion: ${collapseWhitespace(g.suggestion)}`);
  }
  if (report.gaps.length === 0) lines.push('', 'No gaps for this document type.');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- html

/** Escape any text for HTML element content and attribute values. */
export function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const HTML_STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse}td,th{border:1px solid #c8c8c8;padding:.2rem .5rem;text-align:left}td.n{text-align:right}
.high{color:#a4262c}.medium{color:#8a5300}.low{color:#555}mark{background:#fff1a8}.meta{color:#555}`;

/**
 * A standalone HTML report. Every piece of document text is escaped: the report never carries markup
 * or script from the document, and it has no external resources.
 */
export function formatHtml(input: FormatterInput, options: FormatOptions = {}): string {
  const e = htmlEscape;
  const docs = toDocs(input);
  const out: string[] = [];
  const title = options.title ? `WPS Lens report: ${options.title}` : 'WPS Lens report';
  out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8">', `<title>${e(title)}</title>`, `<style>${HTML_STYLE}</style></head><body>`);
  out.push(`<h1>${e(title)}</h1>`);
  const meta = [`Generated ${e(isoDate(options.date))}`];
  if (options.url) meta.push(`from ${e(options.url)}`);
  out.push(`<p class="meta">${meta.join(' ')}</p>`);
  for (const d of docs) {
    const r = d.report;
    const textOf = textResolver(d);
    out.push(`<h2>${e(r.source)}</h2>`);
    out.push(`<p>Profile <b>${e(profileLine(r))}</b> · language ${e(r.language)} · score <b>${Math.round(r.coverage.score)}/100</b> · ${plural(r.findings.length, 'finding')}, ${plural(r.gaps.length, 'gap')}</p>`);
    out.push('<h3>Coverage</h3><table><thead><tr><th>Pillar</th><th>Findings</th><th>Tasks</th><th>Advice</th><th>Negated</th><th>Concepts</th></tr></thead><tbody>');
    for (const p of PILLAR_IDS) {
      const c = pillarCounts(r, p);
      if (c.findings === 0 && !(WPS_PILLARS as readonly string[]).includes(p)) continue;
      out.push(`<tr><td>${p}</td><td class="n">${c.findings}</td><td class="n">${c.tasks}</td><td class="n">${c.advice}</td><td class="n">${c.negated}</td><td>${e(c.concepts.join(', '))}</td></tr>`);
    }
    out.push('</tbody></table>', '<h3>Gaps</h3>');
    if (r.gaps.length === 0) out.push('<p>None.</p>');
    else {
      out.push('<ul>');
      for (const g of sortedGaps(r.gaps)) {
        const where = g.section ? ` (${e(sectionLabel(r, g.section))})` : '';
        out.push(`<li><b class="${g.severity}">${g.severity.toUpperCase()}</b>${g.level ? ' · ' + e(g.level) : ''} · ${e(g.rule)} · <i>${e(g.kind)}</i>${where}<br>${e(collapseWhitespace(g.reason))}<br><b>Suggestion:</b> ${e(collapseWhitespace(g.suggestion))}<br><small>Basis: ${e(collapseWhitespace(g.basis))}</small></li>`);
      }
      out.push('</ul>');
    }
    out.push('<h3>Findings</h3>');
    if (r.findings.length === 0) out.push('<p>None.</p>');
    for (const group of groupBySection(r)) {
      out.push(`<h4>${e(group.label)}</h4><ul>`);
      for (const f of group.findings) {
        const q = quoteFinding(f, textOf(f), 300);
        out.push(`<li><b>${e(f.label ?? f.concept)}</b> (${e(f.pillar)}) — ${e(howSaid(f))}<br>“${e(q.before)}<mark>${e(q.match)}</mark>${e(q.after)}”</li>`);
      }
      out.push('</ul>');
    }
  }
  const errors = options.errors ?? [];
  if (errors.length) {
    out.push('<h2>Inputs not scanned</h2><ul>');
    for (const x of errors) out.push(`<li>${e(x.source)}: ${e(x.message)}</li>`);
    out.push('</ul>');
  }
  out.push('</body></html>');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- dispatch

export function formatReports(format: FormatName, input: FormatterInput, options: FormatOptions = {}): string {
  switch (format) {
    case 'json': return formatJson(input, options);
    case 'csv': return formatCsv(input, options);
    case 'md': return formatMarkdown(input, options);
    case 'text': return formatText(input, options);
  }
}
