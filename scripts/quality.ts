// npm run quality: runs the core on every labelled text (test/quality/labels), prints the figures per
// split (dev / held-out) and language, and writes them into docs/QUALITY.md beside the resolution-corpus
// figures. Options:
//   --unjudged        list sampled gender-specific findings and out-of-gold negated findings not judged yet
//   --add-unjudged    also add them to test/quality/judgments.json with "ok": null, ready to be judged
//   --sample          print the whole judged sample with its verdicts
//   --details         print what is wrong on the DEV split (never the held-out one), for tuning
//   --no-resolutions  skip the resolution corpus (faster); --no-write  do not touch docs/QUALITY.md
import { analyze } from '../core/index.ts';
import { writeSection } from './quality/doc.ts';
import { loadLabelled, type LabelledText } from './quality/labels.ts';
import {
  decisionAccuracy, decisions, docType, figureRates, figures, GROUPS, groupOf, negation, negationPrecision, negationRecall,
  ratio, samplePrecision, type Case, type DecisionResult, type FigureResult, type GroupKey, type NegResult, type Ratio,
  type ReportLike, type TypeResult,
} from './quality/metrics.ts';
import { resolutionFigures, type ResolutionFigures } from './quality/resolutions.ts';
import { keyFindings, ownSentence, readJudgments, sampleOf, writeJudgments, type Keyed } from './quality/sample.ts';

const args = new Set(process.argv.slice(2));
const t0 = performance.now();

const texts: LabelledText[] = loadLabelled();
const cases: Case[] = texts.map((t) => ({ ...t, report: analyze(t.text, { source: t.id }) as unknown as ReportLike }));
const tAnalyse = performance.now();
const judgments = readJudgments();

// ---------------------------------------------------------------- per-case results

interface PerCase {
  c: Case; type: TypeResult; neg: NegResult; dec: DecisionResult[]; fig: FigureResult;
  sample: Keyed[]; negKeys: Map<object, string>;
}
const per: PerCase[] = cases.map((c) => {
  const negKeys = new Map<object, string>();
  for (const k of keyFindings(c.id, c.text, c.report.findings)) if (k.finding.negated) negKeys.set(k.finding, k.key);
  const verdict = (f: object) => judgments.negation[negKeys.get(f) ?? '']?.ok;
  return {
    c, type: docType(c), neg: negation(c, verdict), dec: decisions(c), fig: figures(c),
    sample: sampleOf(c.id, c.text, c.report.findings), negKeys,
  };
});

// ---------------------------------------------------------------- listing modes

const sentenceOf = (c: Case, k: Keyed) => c.text.slice(k.sentence.start, k.sentence.end).replace(/\s+/g, ' ').trim();

if (args.has('--unjudged') || args.has('--add-unjudged')) {
  console.log('# Lists held-out passages too: for judging (the lead), not for tuning.');
  let n = 0;
  for (const p of per) {
    for (const k of p.sample) {
      if (typeof judgments.genderSpecific[k.key]?.ok === 'boolean') continue;
      n++;
      console.log(`gender-specific  ${k.key}\n  ${k.finding.concept} "${k.finding.text}" in: ${sentenceOf(p.c, k).slice(0, 400)}`);
      if (args.has('--add-unjudged')) judgments.genderSpecific[k.key] ??= { ok: null };
    }
    for (const x of p.neg.negated) {
      if (x.verdict !== 'unjudged') continue;
      const key = p.negKeys.get(x.finding)!;
      const k = { key, finding: x.finding, sentence: ownSentence(p.c.text, x.finding.start, x.finding.end) };
      n++;
      console.log(`negation        ${key}\n  ${x.finding.concept} "${x.finding.text}" in: ${sentenceOf(p.c, k).slice(0, 400)}`);
      if (args.has('--add-unjudged')) judgments.negation[key] ??= { ok: null };
    }
  }
  if (args.has('--add-unjudged')) writeJudgments(judgments);
  console.log(`${n} unjudged${args.has('--add-unjudged') ? ' (added to test/quality/judgments.json with "ok": null)' : ''}`);
  process.exit(0);
}

if (args.has('--sample')) {
  console.log('# Lists held-out passages too: for reviewing the judgments, not for tuning.');
  for (const p of per) {
    for (const k of p.sample) {
      const v = judgments.genderSpecific[k.key];
      const mark = v?.ok === true ? 'right' : v?.ok === false ? `WRONG (${v.why})` : 'unjudged';
      console.log(`${mark.padEnd(9)} ${p.c.id} ${k.finding.concept} "${k.finding.text}" — ${sentenceOf(p.c, k).slice(0, 300)}`);
    }
  }
  process.exit(0);
}

// ---------------------------------------------------------------- aggregate

type Cols = GroupKey | 'dev' | 'held';
const COLS: { key: Cols; label: string }[] = [
  { key: 'dev-en', label: 'dev EN' }, { key: 'dev-fr', label: 'dev FR' },
  { key: 'held-en', label: 'held-out EN' }, { key: 'held-fr', label: 'held-out FR' },
  { key: 'dev', label: 'dev' }, { key: 'held', label: 'held-out' },
];
const inCol = (p: PerCase, col: Cols) => col === 'dev' || col === 'held' ? groupOf(p.c).startsWith(col) : groupOf(p.c) === col;
const byCol = <T>(f: (ps: PerCase[]) => T) => Object.fromEntries(COLS.map(({ key }) => [key, f(per.filter((p) => inCol(p, key)))])) as Record<Cols, T>;

const kinds = [...new Set(per.map((p) => p.type.expected))].sort();
const rows: { label: string; aim: string; cells: Record<Cols, string> }[] = [];
const pct = (r: Ratio) => (r.rate === null ? '–' : `${(100 * r.rate).toFixed(1)} % (${r.num}/${r.den})`);
const row = (label: string, aim: string, f: (ps: PerCase[]) => string) => rows.push({ label, aim, cells: byCol(f) });

row('Document type right (all texts)', '', (ps) => pct(ratio(ps.filter((p) => p.type.ok).length, ps.length)));
for (const k of kinds) {
  row(`  type ${k}`, '', (ps) => { const q = ps.filter((p) => p.type.expected === k); return pct(ratio(q.filter((p) => p.type.ok).length, q.length)); });
}
row('Typed as resolution/order/ROE (forbidden)', '0', (ps) => String(ps.filter((p) => p.type.forbidden).length));
row('  wrong type, but an accepted one among profile.candidates', '', (ps) => {
  const q = ps.filter((p) => !p.type.ok && p.type.inCandidates !== null);
  return q.length ? pct(ratio(q.filter((p) => p.type.inCandidates).length, q.length)) : '– (no candidates)';
});
row('Gender-specific findings right (judged sample)', '≥ 95 %', (ps) => {
  const v = ps.flatMap((p) => p.sample.map((k) => judgments.genderSpecific[k.key]?.ok));
  const s = samplePrecision(v);
  return `${pct(s.precision)}${s.unjudged ? `, ${s.unjudged} unjudged` : ''}`;
});
row('Negation precision', '≥ 90 %', (ps) => pct(negationPrecision(ps.map((p) => p.neg))));
row('Negation recall (gold absences found negated)', '', (ps) => pct(negationRecall(ps.map((p) => p.neg))));
row('Reported decisions read as task/advice', '≥ 90 %', (ps) => pct(decisionAccuracy(ps.flatMap((p) => p.dec)).mode));
row('  … and reported/actor right where given', '', (ps) => pct(decisionAccuracy(ps.flatMap((p) => p.dec)).full));
row('Shares of women found', '≥ 90 %', (ps) => pct(figureRates(ps.map((p) => p.fig)).found));
row('Reported shares of women wrong', '≤ 5 %', (ps) => pct(figureRates(ps.map((p) => p.fig)).wrong));
row('  figures carrying their sentence', '', (ps) => {
  const r = figureRates(ps.map((p) => p.fig)).withSentence;
  return r ? pct(r) : '– (no sentence field)';
});
row('  wrong: distractor / unlabelled / value / girls / target', '', (ps) => {
  const b = figureRates(ps.map((p) => p.fig)).byReason;
  return `${b.distractor} / ${b.unlabelled} / ${b.value} / ${b['women-vs-girls']} / ${b.target}`;
});

const unjudgedNeg = per.flatMap((p) => p.neg.negated).filter((x) => x.verdict === 'unjudged').length;
const res: ResolutionFigures | null = args.has('--no-resolutions') ? null : resolutionFigures();
const tEnd = performance.now();

// ---------------------------------------------------------------- label counts

function labelCounts(): string[] {
  const lines = ['| labels | dev EN | dev FR | held-out EN | held-out FR |', '|---|---|---|---|---|'];
  const count = (f: (p: PerCase) => number) => GROUPS.map((g) => per.filter((p) => groupOf(p.c) === g.key).reduce((s, p) => s + f(p), 0));
  const add = (label: string, f: (p: PerCase) => number) => lines.push(`| ${label} | ${count(f).join(' | ')} |`);
  add('texts (document type)', () => 1);
  add('negation gold (absences)', (p) => p.c.labels.negations?.length ?? 0);
  add('not-absence traps (all kinds)', (p) => p.c.labels.traps?.length ?? 0);
  add('  degree (neutral)', (p) => p.c.labels.traps?.filter((t) => t.kind === 'degree').length ?? 0);
  add('reported decisions', (p) => p.c.labels.decisions?.length ?? 0);
  add('figures: shares of women', (p) => p.c.labels.figures?.filter((f) => f.kind === 'share').length ?? 0);
  add('figures: distractors', (p) => p.c.labels.figures?.filter((f) => f.kind === 'distractor').length ?? 0);
  add('gender-specific findings sampled (current output)', (p) => p.sample.length);
  return lines;
}

// ---------------------------------------------------------------- output

const table = [
  `| metric | ${COLS.map((c) => c.label).join(' | ')} | aim |`,
  `|---|${COLS.map(() => '---').join('|')}|---|`,
  ...rows.map((r) => `| ${r.label.replace(/^ {2}/, '&nbsp;&nbsp;')} | ${COLS.map((c) => r.cells[c.key]).join(' | ')} | ${r.aim} |`),
];
const resTable = res ? [
  '| resolution corpus (test/corpus.test.ts) | value | bar |', '|---|---|---|',
  `| content paragraphs of the ten WPS resolutions flagged | ${pct(res.wpsContent)} | ≥ 90 % |`,
  `| all paragraphs of the ten WPS resolutions flagged | ${pct(res.wpsAll)} | ≥ 85 % |`,
  `| paragraphs of the six non-gender resolutions flagged | ${pct(res.nonGenderFlagged)} | ≤ 3 % |`,
  `| leading action verb agrees with the UN label | ${pct(res.leadingVerb)} | ≥ 98 % |`,
  `| verb class agrees with mandates[] labels | ${pct(res.verbClass)} | ≥ 95 % |`,
] : ['(resolution corpus skipped: --no-resolutions)'];
const timing = `Analysis of the ${per.length} labelled texts: ${((tAnalyse - t0) / 1000).toFixed(1)} s; whole run ${((tEnd - t0) / 1000).toFixed(1)} s.`;

console.log(table.join('\n'));
console.log(`\n${unjudgedNeg} negated findings outside the gold are unjudged (counted wrong); npm run quality -- --unjudged lists them.`);
console.log(`\n${resTable.join('\n')}\n\n${labelCounts().join('\n')}\n\n${timing}`);

if (args.has('--details')) details();

if (!args.has('--no-write')) {
  const section = [
    '<!-- quality:start (written by npm run quality) -->',
    '## Labelled development set',
    '',
    'Each cell: share (right/counted). Dev = odd-numbered passages and the two documents of `corpus/reports/`; held-out = even-numbered passages (nobody tunes on them). How the labels were decided: [LABELLING.md](LABELLING.md).',
    '',
    ...table,
    '',
    `Negated findings outside every negation-gold snippet count as wrong unless judged right in \`test/quality/judgments.json\` (${unjudgedNeg} unjudged now); negated findings inside a hedged near-absence ("rarely", « largement exclues ») are left out. Figures: a reported share is wrong when the percentage is a distractor, is not a labelled percentage, has another value, says women for girls (when the report gives \`women\`) or confuses a target with an observed share (when it gives \`target\`).`,
    '',
    ...resTable,
    '',
    ...labelCounts(),
    '',
    timing,
    '<!-- quality:end -->',
  ].join('\n');
  writeSection(section, 'quality');
  console.log('\nwrote docs/QUALITY.md');
}

function details(): void {
  const dev = per.filter((p) => p.c.split === 'dev');
  console.log('\n# Details on the dev split');
  for (const p of dev) {
    const out: string[] = [];
    if (!p.type.ok) out.push(`type ${p.type.got} (expected ${p.c.labels.type.accept.join('|')})`);
    for (const x of p.neg.negated) if (x.verdict === 'trap' || x.verdict === 'unjudged' || x.verdict === 'judged-wrong') out.push(`negated wrongly (${x.trap ?? x.verdict}): ${x.finding.concept} "${x.finding.text}"`);
    for (const g of p.neg.gold) if (g.status !== 'negated') out.push(`absence missed (${g.status}): "${g.text}"`);
    for (const d of p.dec) if (d.status !== 'ok') out.push(`decision ${d.status}: "${d.text}" expected ${d.expected}${d.actor ? ` ${d.actor}` : ''}, got ${d.got.join(', ') || 'nothing'}`);
    for (const s of p.fig.shares) if (s.status === 'missed') out.push(`share missed: "${s.text}"`);
    for (const r of p.fig.reported) if (r.wrong) out.push(`figure wrong (${r.wrong}${r.distractor ? ` ${r.distractor}` : ''}): "${r.figure.text}" ${r.figure.percent} ${r.figure.category}`);
    if (out.length) console.log(`${p.c.id}\n  ${out.join('\n  ')}`);
  }
}
