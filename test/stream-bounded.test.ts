// Streaming with bounded memory: with `keep`, StreamingAnalysis holds no findings, sections or
// figures between chunks (they go to onChunk), yet its counts, per-concept totals, coverage and
// gaps equal those of the keep-everything path; the CLI's streamed JSON, CSV, text and Markdown
// match that path (JSON byte for byte) and say plainly what a capped list leaves out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze, loadLexicon, CliOutput, PROFILE_IDS, type Report } from '../core/index.ts';
import { pillarCoverage, withScore } from '../core/report/coverage.ts';
import { outcomesFromGaps } from '../core/report/gaps.ts';
import { conceptTotals, formatCsv, formatJson, formatMarkdown, formatText, LIST_CAPS } from '../core/report/format.ts';
import { analyzeStream, StreamingAnalysis, type ChunkResult, type StreamOptions } from '../core/stream.ts';
import { LISTED_WHEN_STREAMED, type CoreApi } from '../cli/main.ts';
import { runCli } from './support/cli-run.ts';
import { JsonOutput } from '../cli/json-stream.ts';
import { streamableSize } from '../cli/read.ts';
import { readResolution, WPS_RESOLUTIONS } from './support/corpus.ts';
import { expectExactOffsets } from './robustness/invariants.ts';

const lexicon = loadLexicon();

// Our own sentences: an order with numbered paragraphs, negation, advice, figures and filler.
const PARAS = [
  '3. EXECUTION',
  'The brigade will appoint a gender adviser to each battalion headquarters.',
  'Company commanders should consult women in the villages before planning patrols.',
  'No gender focal point has been named in the northern sector so far.',
  'Women make up 9 per cent of the deployed police officers.',
  'Engineers will rebuild the culvert on the supply route before the rains.',
  'Units will report every case of sexual exploitation and abuse to the force headquarters.',
  'Patrols will protect civilians at the water points and markets.',
  'Annex K (Gender) sets out how the mission will train staff on sexual and gender-based violence.',
  'The signals platoon will keep two radio nets open during the move.',
];
const ownText = (n: number) => Array.from({ length: n }, (_, i) => PARAS[i % PARAS.length]).join('\n\n') + '\n';

function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0, k = 0; i < text.length; k++) { const n = size + ((k * 7919) % size); yield text.slice(i, i + n); i += n; }
}

/** Run the bounded analysis, checking after every piece that it holds no lists, and collect what onChunk gave. */
function bounded(text: string, options: StreamOptions & { keep: number }) {
  const got = { findings: [] as Report['findings'], structure: [] as Report['structure'], figures: [] as Report['figures'],
    languages: [] as NonNullable<Report['languages']>, bySection: {} as Report['coverage']['bySection'], calls: [] as ChunkResult['last'][] };
  const s = new StreamingAnalysis({
    ...options,
    onChunk: (c) => {
      got.findings.push(...c.findings); got.structure.push(...c.structure); got.figures.push(...c.figures);
      got.languages.push(...c.languages); Object.assign(got.bySection, c.bySection); got.calls.push(c.last);
      expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    },
  });
  let maxBuffered = 0;
  for (const p of pieces(text, 700)) {
    s.push(p);
    const held = s.retained();
    maxBuffered = Math.max(maxBuffered, held.buffered);
    if (options.keep === 0) expect({ ...held, buffered: 0 }).toEqual({ findings: 0, structure: 0, figures: 0, languages: 0, bySection: 0, buffered: 0 });
  }
  const report = s.finish();
  return { report, totals: s.totals(), got, maxBuffered };
}

/** Every equality between the bounded and the keep-everything paths, on one text. */
function expectSameAsKeepAll(text: string, options: StreamOptions & { chunkChars: number }) {
  const all = analyzeStream(pieces(text, 1000), options);
  expectExactOffsets(text, all);
  const { report, totals, got, maxBuffered } = bounded(text, { ...options, keep: 0 });
  expect(got.calls.length).toBeGreaterThan(3); // really several chunks
  expect(got.calls.at(-1)).toBe(true);
  expect(maxBuffered).toBeLessThanOrEqual(options.chunkChars + 2 * 1000);

  // Everything the keep-everything report lists went through onChunk, in the same order.
  expect(got.findings).toEqual(all.findings);
  expect(got.structure).toEqual(all.structure);
  expect(got.figures).toEqual(all.figures);
  expect(got.languages).toEqual(all.languages);
  expect(got.bySection).toEqual(all.coverage.bySection);
  // The bounded report keeps none of it, but its summaries are those of the whole text.
  expect(report.findings).toEqual([]);
  expect(report.figures).toEqual([]);
  expect({ ...report.coverage, bySection: all.coverage.bySection }).toEqual(all.coverage);
  expect(report.gaps).toEqual(all.gaps);
  expect(report.length).toBe(text.length);
  expect({ ...report, findings: [], structure: [], figures: [], languages: [], coverage: null, gaps: null })
    .toEqual({ ...all, findings: [], structure: [], figures: [], languages: [], coverage: null, gaps: null });
  expect(totals.findings).toBe(all.findings.length);
  expect(totals.figures).toBe(all.figures.length);
  expect(totals.sections).toBe(all.structure.length);
  expect(new Map(totals.concepts)).toEqual(conceptTotals({ report: all, text }));
  // The merged coverage is the counts over every finding, and the score is read from the merged gaps.
  const profile = lexicon.profiles.get(all.profile.id);
  expect(all.coverage).toEqual(withScore(pillarCoverage(all.findings), outcomesFromGaps(profile, all.gaps), all.language));
  expect(all.coverage.score === null).toBe(profile!.rules.length === 0);
  // CSV from the totals alone is byte-identical to CSV from every finding and the whole text.
  expect(formatCsv([{ report, totals }])).toBe(formatCsv([{ report: all, text }]));
  return { all, report, totals };
}

describe('StreamingAnalysis with keep (bounded memory)', () => {
  it('our own order text, many chunks: same findings, coverage, gaps, totals and CSV as keeping everything', () => {
    const text = ownText(1500);
    const { all } = expectSameAsKeepAll(text, { lexicon, profile: 'oporder', chunkChars: 8192 });
    expect(all.findings.length).toBeGreaterThan(1000);
    expect(all.figures.length).toBeGreaterThan(100);
    expect(all.gaps.length).toBeGreaterThan(0);
    const pillars = Object.values(all.coverage.byPillar);
    expect(pillars.filter((c) => c.findings > 0).length).toBeGreaterThan(3);
    for (const k of ['tasks', 'advice', 'negated'] as const) expect(pillars.reduce((n, c) => n + c[k], 0), k).toBeGreaterThan(0);
  });

  it('corpus resolutions (read at run time), profile detected from the first chunk', () => {
    const text = WPS_RESOLUTIONS.map((sym) => readResolution(sym).map((b) => b.text).join('\n\n')).join('\n\n');
    const { all } = expectSameAsKeepAll(text, { lexicon, chunkChars: 16 * 1024 });
    expect(all.findings.length).toBeGreaterThan(500);
    expect(Object.keys(all.coverage.bySection).length).toBeGreaterThan(50);
  });

  it('keep: N lists the first N findings and figures, and every section they or the gaps refer to', () => {
    const text = ownText(800);
    const all = analyzeStream([text], { lexicon, profile: 'oporder', chunkChars: 4096 });
    const { report, totals } = bounded(text, { lexicon, profile: 'oporder', chunkChars: 4096, keep: 50 });
    expect(report.findings).toEqual(all.findings.slice(0, 50));
    expect(report.figures).toEqual(all.figures.slice(0, 50));
    expect(totals.findings).toBe(all.findings.length);
    const ids = new Set(report.structure.map((s) => s.id));
    for (const f of report.findings) if (f.section) expect(ids.has(f.section)).toBe(true);
    // (a gap may name a section the text lacks, e.g. an order paragraph that is not there)
    for (const g of report.gaps) if (g.section && all.structure.some((x) => x.id === g.section)) expect(ids.has(g.section)).toBe(true);
    for (const s of report.structure) expect(all.structure).toContainEqual(s);
    expect(report.structure.length).toBeLessThan(all.structure.length);
    for (const id of Object.keys(report.coverage.bySection)) expect(ids.has(id)).toBe(true);
  });

  it('language runs: a run that goes on across a cut is one run, delivered once, in both modes', () => {
    const en = 'The brigade will appoint a gender adviser to each battalion and report on it every month.\n\n'.repeat(60);
    const fr = 'La brigade nommera un conseiller pour les questions de genre dans chaque bataillon et en rendra compte chaque mois.\n\n'.repeat(60);
    const text = [en, fr, en, fr, en].join('');
    const all = analyzeStream([text], { lexicon, profile: 'generic', chunkChars: 4096 });
    const { got, report } = bounded(text, { lexicon, profile: 'generic', chunkChars: 4096, keep: 0 });
    expect(all.languages!.map((x) => x.language)).toEqual(['en', 'fr', 'en', 'fr', 'en']);
    expect(got.languages).toEqual(all.languages);
    expect(report.languages).toEqual([]);
    expect(all.languages!.at(-1)!.end).toBeGreaterThan(text.length - 3); // the last run is delivered too
  });

  it('section ids stay unique across chunks, and findings name sections of the merged structure', () => {
    const text = ownText(600);
    const r = analyzeStream([text], { lexicon, profile: 'oporder', chunkChars: 4096 });
    const ids = r.structure.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.includes('~')).length).toBeGreaterThan(0);
    for (const f of r.findings) if (f.section) expect(ids).toContain(f.section);
  });
});

describe('streamed JSON (cli/json-stream.ts)', () => {
  it('writes the bytes of formatJson: documents in order, a streamed one from its spools', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wps-json-'));
    try {
      const text = ownText(900);
      const small = analyze('The unit will engage women leaders.', { lexicon, source: 'small.txt' });
      const all = analyzeStream([text], { lexicon, source: 'big.txt', chunkChars: 4096 });
      let out = '';
      const json = new JsonOutput({ write: (s) => { out += s; } }, dir);
      await json.report(small);
      const doc = json.streamed();
      const s = new StreamingAnalysis({ lexicon, source: 'big.txt', chunkChars: 4096, keep: 0, onChunk: doc.add });
      for (const p of pieces(text, 3000)) s.push(p);
      await doc.write(s.finish());
      // A streamed document that fails midway leaves nothing in the output.
      const dropped = json.streamed();
      new StreamingAnalysis({ lexicon, chunkChars: 4096, keep: 0, onChunk: dropped.add }).push(text);
      dropped.discard();
      await json.report(small);
      const errors = [{ source: 'bad.txt', message: 'binary file (contains NUL bytes), not text' }];
      await json.end(errors);
      expect(out).toBe(formatJson([small, all, small], { errors }));
      expect(CliOutput.parse(JSON.parse(out)).documents).toHaveLength(3);
      expect(await readdir(dir)).toEqual([]); // spools are gone
      let empty = '';
      const none = new JsonOutput({ write: (x) => { empty += x; } }, dir);
      await none.end([]);
      expect(empty).toBe(formatJson([]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the CLI on files streamed with --stream-above', () => {
  let dir: string;
  const p = (name: string) => path.join(dir, name);
  const bigText = ownText(2500); // ~190 KB, >1,000 findings
  const smallText = 'The battalion will appoint a gender adviser.\n';
  const CHUNK = 16 * 1024;

  const run = (argv: string[], core?: CoreApi) => runCli(argv, { deps: { chunkChars: CHUNK, ...(core ? { core } : {}) } });
  const keepAll = () => analyzeStream([bigText], { lexicon, source: p('big.txt'), profile: 'auto', language: 'auto', chunkChars: CHUNK });
  const one = (name: string, text: string) => analyze(text, { lexicon, source: p(name), profile: 'auto', language: 'auto' });
  const stream = ['--stream-above', '0.05']; // 52 KB: big.txt is streamed, the others are not

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wps-stream-cli-'));
    await writeFile(p('a-small.txt'), smallText);
    await writeFile(p('big.txt'), bigText);
    await writeFile(p('c-small.md'), smallText);
    // Valid UTF-8 for 150 KB, then a byte that is not: fails after several chunks were analysed.
    await writeFile(p('broken.txt'), Buffer.concat([Buffer.from(bigText.slice(0, 150_000)), Buffer.from([0xff, 0x0a])]));
    await writeFile(p('mid.txt'), 'BIGINT women\n');
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('streamableSize: the size of a plain-text file above the threshold, undefined otherwise', async () => {
    expect(await streamableSize(p('big.txt'), 1000)).toBe(Buffer.byteLength(bigText));
    expect(await streamableSize(p('a-small.txt'), 1000)).toBeUndefined();
    expect(await streamableSize(p('no-such.txt'), 0)).toBeUndefined();
  });

  it('--format json: one valid document in input order, streamed and not, equal to the keep-everything path', async () => {
    const r = await run(['scan', p('a-small.txt'), p('big.txt'), p('c-small.md'), ...stream, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = formatJson([one('a-small.txt', smallText), keepAll(), one('c-small.md', smallText)]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(expected));
    expect(r.stdout).toBe(expected);
  });

  it('--format json --out: the same bytes in the file, nothing left beside it; a failed streamed input is left out', async () => {
    const target = p('out.json');
    const r = await run(['scan', p('big.txt'), p('broken.txt'), p('a-small.txt'), ...stream, '--format', 'json', '--out', target]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/broken\.txt: not valid UTF-8/);
    const out = CliOutput.parse(JSON.parse(await readFile(target, 'utf8')));
    expect(out.documents.map((d) => path.basename(d.source))).toEqual(['big.txt', 'a-small.txt']);
    expect(out.errors.map((e) => path.basename(e.source))).toEqual(['broken.txt']);
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual(JSON.parse(formatJson([keepAll(), one('a-small.txt', smallText)], { errors: out.errors })));
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
    await rm(target);
  });

  it('--out stays all-or-nothing when writing fails after a streamed document was written', async () => {
    // A stand-in core for the files read whole: its report cannot be serialised (a BigInt).
    const core = {
      LexiconError: Error,
      loadLexicon: () => lexicon,
      analyze: (text: string, o: { source?: string } = {}) => ({ ...one('mid.txt', text), source: o.source ?? '-', length: BigInt(text.length) }),
    } as unknown as CoreApi;
    const target = p('never.json');
    const r = await run(['scan', p('big.txt'), p('mid.txt'), ...stream, '--format', 'json', '--out', target], core);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never\.json: cannot write the report: .*BigInt/);
    const left = await readdir(dir);
    expect(left).not.toContain('never.json');
    expect(left.filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--format csv: byte-identical to CSV over every finding and the whole text', async () => {
    const r = await run(['scan', p('a-small.txt'), p('big.txt'), ...stream, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(formatCsv([{ report: one('a-small.txt', smallText), text: smallText }, { report: keepAll(), text: bigText }]));
    // The first sentence is the sentence, not just the matched words.
    expect(r.stdout).toContain('The brigade will appoint a gender adviser to each battalion headquarters.');
  });

  it('--format text: summaries, coverage and gaps exact; the first 1,000 findings listed and one plain line for the rest', async () => {
    const all = keepAll();
    expect(all.findings.length).toBeGreaterThan(LISTED_WHEN_STREAMED);
    const r = await run(['scan', p('big.txt'), ...stream]);
    expect(r.code).toBe(0);
    const reference = formatText([{ report: all }]);
    const block = (s: string, from: string, to: string) => s.slice(s.indexOf(from), s.indexOf(to));
    expect(block(r.stdout, 'Profile', 'Findings (')).toBe(block(reference, 'Profile', 'Findings ('));
    // One entry per sentence of the findings listed, capped; the count of all findings in the heading.
    expect(r.stdout).toMatch(new RegExp(`Findings \\(${all.findings.length} in [\\d,]+ sentences\\)`));
    const entries = r.stdout.split('\n').filter((l) => l.startsWith('    • ')).length;
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThanOrEqual(LIST_CAPS.sentences);
    expect(r.stdout).toMatch(/… [\d,]+ more sentences with findings in [\d,]+ more sections? not listed/);
    const rest = all.findings.length - LISTED_WHEN_STREAMED;
    expect(r.stdout).toContain(`… ${rest.toLocaleString('en-US')} more findings not listed: this large file was read in chunks and only the first 1,000 are listed here (--format json lists every finding, --format csv counts them per concept).`);
    expect(r.stdout).toContain(`Figures (${all.figures.length})`);
    if (all.figures.length > LISTED_WHEN_STREAMED) expect(r.stdout).toMatch(/more figures not listed/);
  });

  it('--format md: exact summary table and coverage, capped findings with the same line', async () => {
    const all = keepAll();
    const r = await run(['scan', p('big.txt'), ...stream, '--format', 'md']);
    expect(r.code).toBe(0);
    const reference = formatMarkdown([{ report: all }], { date: 'x' });
    const block = (s: string, from: string, to: string) => s.slice(s.indexOf(from), s.indexOf(to));
    expect(block(r.stdout, '## Summary', '### Findings')).toBe(block(reference, '## Summary', '### Findings'));
    expect(r.stdout).toMatch(/^\*… [\d,]+ more findings not listed: this large file was read in chunks/m);
  });

  it('documents that are not streamed format exactly as before (no totals, no extra line)', () => {
    const r = one('a-small.txt', smallText);
    expect(formatText([{ report: r, text: smallText }])).not.toContain('not listed');
    expect(formatCsv([{ report: r, totals: { findings: r.findings.length, figures: 0, concepts: conceptTotals({ report: r, text: smallText }) } }]))
      .toBe(formatCsv([{ report: r, text: smallText }]));
    expect(PROFILE_IDS).toContain(r.profile.id);
  });
});
