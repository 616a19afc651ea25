// npm run bench [-- --json] [-- --skip extension,excel,scale,startup,compare]
// Throughput (MB of UTF-8 text per second) and peak memory of the whole analysis over the
// corpus resolutions, beside baselines measured in the same run: alex's text(), a full
// compromise parse, one RegExp per lexicon phrase (the naive approach) and one RegExp alternation
// of every lexicon phrase (the single-pass ceiling). Then the surfaces' own benchmarks (the
// extension's paint in Chromium vs mark.js, the Excel functions over every corpus paragraph) and
// how time and memory grow with input size. Figures are ratios within one run on one machine;
// absolute numbers move with the machine.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from 'node:path';
import { loadLexicon } from '../core/index.ts';
import { normKey } from '../core/text/text.ts';
import { allResolutionFiles, asBlocks, readResolution, repoRoot } from '../test/support/corpus.ts';

const json = process.argv.includes('--json');
const skipArg = process.argv.find((a) => a.startsWith('--skip'));
const skip = new Set((skipArg?.includes('=') ? skipArg.split('=')[1]! : skipArg ? process.argv[process.argv.indexOf(skipArg) + 1] ?? '' : '').split(','));
const log = (...a: unknown[]) => { if (!json) console.log(...a); };
const MB = 1024 * 1024;

interface Doc { blocks: { id: string; text: string }[]; joined: string; bytes: number }
const docs: Doc[] = allResolutionFiles().map((f) => {
  const blocks = asBlocks(readResolution(f).filter((b) => b.type === 'paragraph'));
  const joined = blocks.map((b) => b.text).join('\n');
  return { blocks, joined, bytes: Buffer.byteLength(blocks.map((b) => b.text).join(''), 'utf8') };
});
const totalBytes = docs.reduce((s, d) => s + d.bytes, 0);
const allText = docs.map((d) => d.joined).join('\n');
log(`corpus: ${docs.length} resolutions, ${docs.reduce((s, d) => s + d.blocks.length, 0)} paragraphs, ${(totalBytes / MB).toFixed(2)} MB`);

function time(fn: () => void): number { const t = performance.now(); fn(); return (performance.now() - t) / 1000; }
function best(runs: number, fn: () => void): number { let b = Infinity; for (let i = 0; i < runs; i++) b = Math.min(b, time(fn)); return b; }

// ---- core: whole analysis, one report per resolution (blocks in, report out). In a child process of
// its own, bundled and run by plain Node, holding only the texts: its peak resident memory is the
// analysis's (plus Node and the compiled lexicon), not this harness's.
const lex = loadLexicon();
const core = await (async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const { buildSync } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'wps-bench-core-'));
  try {
    writeFileSync(join(dir, 'blocks.json'), JSON.stringify(docs.map((d) => d.blocks)));
    buildSync({ entryPoints: [join(repoRoot, 'bench/core.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'core.mjs'), logLevel: 'warning' });
    const r = spawnSync(process.execPath, [join(dir, 'core.mjs'), join(dir, 'blocks.json'), '4'], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    if (r.status !== 0 || !line.startsWith('{')) throw new Error(`core bench failed: ${r.stderr || r.stdout}`);
    return JSON.parse(line) as { mbPerSec: number; peakMB: number; baseMB: number; mb: number; findings: number; cold: { loadMs: number; lexiconMs: number; firstMs: number } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
const findings = core.findings;
log(`core: ${core.mbPerSec.toFixed(1)} MB/s, peak RSS ${core.peakMB.toFixed(0)} MB (${core.baseMB.toFixed(0)} MB before the run: Node, the compiled lexicon and the texts), ${findings} findings`);
log(`core, fresh process: ${core.cold.loadMs.toFixed(0)} ms to load, lexicon ${core.cold.lexiconMs.toFixed(0)} ms, first analysis ${core.cold.firstMs.toFixed(0)} ms`);

// ---- baseline: one RegExp alternation of all lexicon phrases
const phrases = [...lex.lookup.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const alternation = new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'gi');
let altHits = 0;
const altSec = best(3, () => { altHits = 0; for (const m of allText.matchAll(alternation)) { if (normKey(m[0])) altHits++; } });
const regexAlt = { mbPerSec: totalBytes / MB / altSec, hits: altHits };
log(`regex-alternation: ${regexAlt.mbPerSec.toFixed(1)} MB/s (${altHits} hits)`);

// ---- baselines on a sample (they are slow): alex, a full compromise parse, one RegExp per phrase
const sample = sampleText(allText, 400 * 1024);
const sampleBytes = Buffer.byteLength(sample, 'utf8');
const perTerm = phrases.map((p) => new RegExp(`\\b${p}\\b`, 'gi'));
let perTermHits = 0;
const perTermSec = time(() => { perTermHits = 0; for (const re of perTerm) { re.lastIndex = 0; while (re.exec(sample)) perTermHits++; } });
const regexPerTerm = { mbPerSec: sampleBytes / MB / perTermSec, hits: perTermHits };
log(`regex-per-term: ${regexPerTerm.mbPerSec.toFixed(2)} MB/s on ${(sampleBytes / 1024).toFixed(0)} KB (${perTerm.length} regexes)`);
const { text: alexText } = await import('alex');
const alexSec = time(() => { alexText(sample); });
const nlp = (await import('compromise')).default;
const compSec = time(() => { nlp(sample).json(); });
const alex = { mbPerSec: sampleBytes / MB / alexSec };
const compromiseParse = { mbPerSec: sampleBytes / MB / compSec };
log(`alex text(): ${alex.mbPerSec.toFixed(2)} MB/s on ${(sampleBytes / 1024).toFixed(0)} KB`);
log(`compromise-parse: ${compromiseParse.mbPerSec.toFixed(2)} MB/s on ${(sampleBytes / 1024).toFixed(0)} KB`);

// ---- surfaces and scale, each in its own module (bench/<name>.ts), skippable with --skip
async function surface<T>(name: string, file: string, fn: string): Promise<T | undefined> {
  if (skip.has(name) || !existsSync(join(repoRoot, 'bench', file))) return undefined;
  log(`${name}: running…`);
  const mod = (await import(`./${file}`)) as Record<string, () => Promise<T>>;
  const out = await mod[fn]!();
  log(`${name}: ${JSON.stringify(out)}`);
  return out;
}
// ---- the CLI over the whole corpus as text files (every block of every resolution), in a child process
async function cliCorpus(): Promise<{ files: number; mb: number; seconds: number; peakMB: number; stream100: { mb: number; seconds: number; peakMB: number } } | undefined> {
  if (skip.has('cli')) return undefined;
  // The bin runs the bundled build when it is fresh (as an installed CLI does): make sure it is.
  const { buildCli } = await import('../scripts/build-cli.mjs');
  const { bundleState } = await import('../scripts/cli-bundle.mjs');
  if (!bundleState(repoRoot).fresh) await buildCli({ quiet: true });
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'wps-bench-cli-'));
  try {
    // Resolutions 1995–2025 and presidential statements (JSON blocks), resolutions 1946–1994 (text).
    let bytes = 0;
    const { readdirSync, readFileSync } = await import('node:fs');
    const corpus = join(allResolutionFiles()[0]!, '..', '..');
    const put = (name: string, text: string) => { bytes += Buffer.byteLength(text, 'utf8'); writeFileSync(join(dir, name), text); };
    for (const sub of ['unsc-resolutions', 'unsc-presidential-statements']) {
      for (const n of readdirSync(join(corpus, sub)).filter((x) => x.endsWith('.json'))) {
        put(n.replace(/\.json$/, '.txt'), readResolution(join(corpus, sub, n)).map((b) => b.text).join('\n\n'));
      }
    }
    for (const n of readdirSync(join(corpus, 'unsc-resolutions-1946-1994')).filter((x) => x.endsWith('.txt'))) {
      put(n, readFileSync(join(corpus, 'unsc-resolutions-1946-1994', n), 'utf8'));
    }
    const run = (input: string) => {
      const r = spawnSync(process.execPath, [join(repoRoot, 'bin/wps-lens.mjs'), 'scan', input, '--format', 'csv', '--out', join(tmpdir(), `wps-bench-${process.pid}.csv`), '--stats'], { encoding: 'utf8' });
      const m = /(\d+) scanned.*in ([\d.]+) s; peak memory ([\d.]+) MB/.exec(r.stderr);
      if (!m) throw new Error(`cli bench: unexpected output ${r.stderr}`);
      return { files: Number(m[1]), seconds: Number(m[2]), peakMB: Number(m[3]) };
    };
    const corpusRun = run(dir);
    // A synthetic 100 MB text file (the corpus text repeated), streamed in chunks by the CLI.
    const big = join(dir, '..', `wps-bench-100mb-${process.pid}.txt`);
    const unit = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')).join('\n\n');
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(big, 'w');
    let written = 0;
    while (written < 100 * MB) { writeSync(fd, unit + '\n\n'); written += Buffer.byteLength(unit, 'utf8') + 2; }
    closeSync(fd);
    let streamRun;
    try { streamRun = run(big); } finally { rmSync(big, { force: true }); rmSync(join(tmpdir(), `wps-bench-${process.pid}.csv`), { force: true }); }
    const out = { files: corpusRun.files, mb: round(bytes / MB), seconds: corpusRun.seconds, peakMB: corpusRun.peakMB,
      stream100: { mb: round(written / MB), seconds: streamRun.seconds, peakMB: streamRun.peakMB } };
    log(`cli over the corpus: ${JSON.stringify(out)}`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const cli = await cliCorpus();
const extension = await surface<Record<string, number>>('extension', 'extension.ts', 'benchExtension');
const excel = await surface<Record<string, number>>('excel', 'excel.ts', 'benchExcel');
const startup = await surface<import('./startup.ts').StartupBench>('startup', 'startup.ts', 'benchStartup');
const scale = await surface<{ sizes: { mb: number; ms: number; peakMB: number }[]; linear: boolean } & Record<string, unknown>>('scale', 'scale.ts', 'benchScale');
const compare = await surface<import('./compare.ts').CompareBench>('compare', 'compare.ts', 'benchCompare');

const result = {
  core: { mbPerSec: round(core.mbPerSec), peakMB: round(core.peakMB), baseMB: round(core.baseMB), mb: round(core.mb), findings,
    cold: { loadMs: round(core.cold.loadMs), lexiconMs: round(core.cold.lexiconMs), firstMs: round(core.cold.firstMs) } },
  baselines: {
    alex: { mbPerSec: round(alex.mbPerSec) },
    'compromise-parse': { mbPerSec: round(compromiseParse.mbPerSec) },
    'regex-alternation': { mbPerSec: round(regexAlt.mbPerSec) },
    'regex-per-term': { mbPerSec: round(regexPerTerm.mbPerSec) },
  },
  ...(cli ? { cli } : {}),
  ...(extension ? { extension } : {}),
  ...(excel ? { excel } : {}),
  ...(scale ? { scale } : {}),
  ...(startup ? { startup } : {}),
  ...(compare ? { compare } : {}),
  ratios: {
    'core/alex': round(core.mbPerSec / alex.mbPerSec),
    'core/compromise-parse': round(core.mbPerSec / compromiseParse.mbPerSec),
    'core/regex-alternation': round(core.mbPerSec / regexAlt.mbPerSec),
    'core/regex-per-term': round(core.mbPerSec / regexPerTerm.mbPerSec),
  },
  machine: { node: process.version, date: new Date().toISOString().slice(0, 10) },
};

log('');
log('| engine | MB/s | × vs WPS Lens core |');
log('|---|---:|---:|');
log(`| WPS Lens core (whole analysis) | ${result.core.mbPerSec} | 1 |`);
for (const [k, v] of Object.entries(result.baselines)) log(`| ${k} | ${v.mbPerSec} | ${round(v.mbPerSec / core.mbPerSec)} |`);
writeReport(result);
if (json) console.log(JSON.stringify(result));

function round(x: number): number { return Math.round(x * 100) / 100; }
function sampleText(s: string, bytes: number): string {
  // Paragraphs spread over the whole corpus, not just its first files.
  const paras = s.split('\n');
  const step = Math.max(1, Math.floor(paras.length / (bytes / 350)));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; i < paras.length && size < bytes; i += step) { out.push(paras[i]!); size += paras[i]!.length; }
  return out.join('\n');
}
function writeReport(r: typeof result) {
  const dir = join(repoRoot, 'bench');
  mkdirSync(dir, { recursive: true });
  const lines = [
    '# Benchmark report', '',
    `Measured by \`npm run bench\` on ${r.machine.date} (Node ${r.machine.node}), all in the same run. Corpus: ${r.core.mb} MB of Security Council resolution paragraphs (../shared/corpus).`, '',
    '| engine | MB/s | ratio to WPS Lens |', '|---|---:|---:|',
    `| WPS Lens core (whole analysis, one report per resolution) | ${r.core.mbPerSec} | 1 |`,
    `| alex \`text()\` (retext-equality; on a 400 KB sample) | ${r.baselines.alex.mbPerSec} | ${round(r.baselines.alex.mbPerSec / r.core.mbPerSec)} |`,
    `| compromise \`nlp(text).json()\` full parse (400 KB sample) | ${r.baselines['compromise-parse'].mbPerSec} | ${round(r.baselines['compromise-parse'].mbPerSec / r.core.mbPerSec)} |`,
    `| one RegExp per lexicon phrase, naive (match only; 400 KB sample) | ${r.baselines['regex-per-term'].mbPerSec} | ${round(r.baselines['regex-per-term'].mbPerSec / r.core.mbPerSec)} |`,
    `| one RegExp alternation of all lexicon phrases (match only) | ${r.baselines['regex-alternation'].mbPerSec} | ${round(r.baselines['regex-alternation'].mbPerSec / r.core.mbPerSec)} |`,
    '', `Peak resident memory of the core run (a process of its own, bundled, plain Node, holding only the texts): ${r.core.peakMB} MB (${r.core.baseMB} MB before the first round: Node, the compiled lexicon, the texts). Findings: ${r.core.findings}.`, '',
    `A fresh process (the same bundle): ${Math.round(r.core.cold.loadMs)} ms from start to the modules loaded, ${Math.round(r.core.cold.lexiconMs)} ms to compile the built-in lexicon (from the generated forms table; compromise is not loaded), ${Math.round(r.core.cold.firstMs)} ms for the first analysis (one resolution; it compiles the term patterns of the words it meets).`, '',
  ];
  const x = r as typeof r & { cli?: { files: number; mb: number; seconds: number; peakMB: number; stream100?: { mb: number; seconds: number; peakMB: number } }; extension?: Record<string, number>; excel?: Record<string, number>; scale?: { sizes: { mb: number; ms: number; peakMB: number }[]; linear: boolean } };
  if (x.cli) lines.push('## The CLI over the whole corpus', '', `\`wps-lens scan\` of the whole corpus as ${x.cli.files} text files (resolutions 1946–2025, presidential statements; ${x.cli.mb} MB) to CSV, in a child process (the bin running the bundled build): ${x.cli.seconds} s, peak resident memory ${x.cli.peakMB} MB (Node included).`, '',
    ...(x.cli.stream100 ? [`A synthetic ${x.cli.stream100.mb} MB text file (the corpus text repeated) streamed by the CLI in chunks (\`--stream-above\`, default 16 MB) to CSV: ${x.cli.stream100.seconds} s, peak resident memory ${x.cli.stream100.peakMB} MB. Bounded: the text is read in chunks of 512 K characters and neither the text nor the findings are kept beyond their chunk (CSV from per-concept totals, JSON written document by document through temp files); the peak stays about flat from 25 to 200 MB of text, about 200 MB of it the CLI's start-up.`, ''] : []));
  const st = (r as { startup?: import('./startup.ts').StartupBench }).startup;
  if (st) {
    lines.push('## CLI start-up: bundle vs tsx', '',
      `\`bin/wps-lens.mjs\` through the bundled build (dist/cli, esbuild) and through tsx (the TypeScript compiled at start), interleaved in the same run, median of ${st.runs}; a bare \`node -e 0\` takes ${Math.round(st.nodeMs)} ms here.`, '',
      '| command | bundle ms | tsx ms | bundle ÷ tsx |', '|---|---:|---:|---:|',
      `| \`wps-lens --help\` | ${Math.round(st.helpBundleMs)} | ${Math.round(st.helpTsxMs)} | ${st.helpRatio} |`,
      `| \`wps-lens scan ${st.file} --format csv\` (${Math.round(st.kb)} KB) | ${Math.round(st.scanBundleMs)} | ${Math.round(st.scanTsxMs)} | ${st.scanRatio} |`, '',
      'The scan\'s remaining start-up is the core\'s: loading its modules and data, compiling the built-in lexicon, the first analysis (see the fresh-process line above).', '');
  }
  if (x.extension) {
    const e = x.extension;
    lines.push('## Browser extension (Chromium, headless)', '',
      `A page of about ${e.mb} MB (the ten WPS resolutions interleaved), ${e.findings} findings, same page and same run:`, '',
      '| method | ms | ratio to WPS Lens |', '|---|---:|---:|',
      `| WPS Lens: read the page, scan, paint with the CSS Custom Highlight API | ${e.paintMs} | 1 |`,
      `| mark.js: wrap every lexicon match in \`<mark>\` (${e.markjsMarks ?? '?'} elements) | ${e.markjsMs} | ${round(e.markjsMs! / e.paintMs!)} |`, '',
      'Aim: under 150 ms to paint on that page.', '');
  }
  if (x.excel) {
    const e = x.excel;
    lines.push('## Excel custom functions', '',
      `The functions' code path over ${e.cells} corpus paragraphs, one per cell (${e.mb} MB): ${round(e.totalMs! / 1000)} s in all, ${round(e.perCellUs!)} µs per cell; the first pass in a fresh process (matcher warm-up included) ${round(e.firstPassMs! / 1000)} s; one range call ${round(e.rangeMs! / 1000)} s. Aim: under 5 s in all.`, '');
    if (e.compareColdMs !== undefined) {
      lines.push(`\`=WPS.COMPARE\` of two MONUSCO mandates (S/RES/2717 → S/RES/2765, one paragraph per cell, ${e.compareRows} rows): ${round(e.compareColdMs)} ms cold against ${round(e.compareAnalyseBothMs!)} ms to analyse both texts in the same run (${round(e.compareColdMs / e.compareAnalyseBothMs!)}×); ${round(e.compareWarmMs!)} ms again with both reports cached; in CPU time ${round(e.compareColdCpuMs!)} against ${round(e.compareAnalyseBothCpuMs!)} ms (${round(e.compareColdCpuMs! / e.compareAnalyseBothCpuMs!)}×).`, '');
    }
  }
  if (x.scale) {
    lines.push('## Growth with input size (one-shot analysis in one process)', '', '| input | ms | ms per MB | peak RSS MB | findings |', '|---:|---:|---:|---:|---:|');
    for (const z of x.scale.sizes as { mb: number; ms: number; peakMB: number; findings?: number }[]) {
      lines.push(`| ${z.mb >= 1 ? `${z.mb} MB` : `${Math.round(z.mb * 1024)} KB`} | ${round(z.ms)} | ${z.mb >= 0.1 ? round(z.ms / z.mb) : '—'} | ${round(z.peakMB)} | ${z.findings ?? ''} |`);
    }
    const adv = (x.scale as { adversarial?: { name: string; mb: number; ms: number; findings?: number }[] }).adversarial ?? [];
    if (adv.length) {
      lines.push('', 'Adversarial inputs:', '', '| input | MB | ms | ms per MB | findings |', '|---|---:|---:|---:|---:|');
      for (const a of adv) lines.push(`| ${a.name} | ${a.mb} | ${round(a.ms)} | ${round(a.ms / a.mb)} | ${a.findings ?? ''} |`);
    }
    lines.push('', `Linear (time per MB stays flat from 0.1 MB up): ${x.scale.linear ? 'yes' : 'NO'}. Memory grows with the findings kept (one report for the whole input); the CLI streams plain-text files above 16 MB in chunks.`, '');
  }
  const cmp = (r as typeof r & { compare?: import('./compare.ts').CompareBench }).compare;
  if (cmp) {
    lines.push('## Comparing versions', '',
      `\`compare()\` of two consecutive MONUSCO mandates (2717 → 2765, ${cmp.paragraphs[0]} and ${cmp.paragraphs[1]} paragraphs), their analysis included: ${cmp.compareMs} ms, against ${cmp.analyzeBothMs} ms to analyse both texts in the same run (${cmp.ratio}×; in CPU time ${cmp.cpu.compareMs} against ${cmp.cpu.analyzeBothMs} ms, ${cmp.cpu.ratio}×; aim: at most about 2×). The series of the ${cmp.seriesVersions} MONUSCO renewals 1925 → 2765 (each analysed once, ${cmp.seriesChanges} changes listed): ${cmp.seriesMs} ms (aim: well under a second).`, '');
  }
  writeFileSync(join(dir, 'REPORT.md'), lines.join('\n'));
}
