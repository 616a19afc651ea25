// The core's throughput and peak memory, in a process of its own: it holds only the texts (read from
// the JSON file given, one array of blocks per document) and the compiled lexicon, so its peak
// resident memory is the analysis's, not the benchmark harness's (corpus metadata, baselines).
// Prints one JSON line: { mbPerSec, peakMB, baseMB, mb, findings, cold }. `cold` is the start of a
// fresh process: ms to load the bundle (from process start), to compile the lexicon, and for the first
// analysis (one resolution), which compiles the patterns it needs.
import { readFileSync } from 'node:fs';
import { analyze, loadLexicon } from '../core/index.ts';

const docs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { id: string; text: string }[][];
const MB = 1024 * 1024;
const bytes = docs.reduce((s, d) => s + d.reduce((t, b) => t + Buffer.byteLength(b.text, 'utf8'), 0), 0);
const loadMs = performance.now(); // since the process started: Node and this bundle's modules
const lexicon = loadLexicon();
const lexiconMs = performance.now() - loadMs;
analyze(docs[0]!, { lexicon }); // compile the patterns it needs
const firstMs = performance.now() - loadMs - lexiconMs;
const baseMB = process.memoryUsage().rss / MB;
let best = Infinity;
let findings = 0;
for (let round = 0; round < Number(process.argv[3] ?? 4); round++) {
  const t = performance.now();
  findings = 0;
  for (const d of docs) findings += analyze(d, { lexicon }).findings.length;
  best = Math.min(best, performance.now() - t);
}
const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ mbPerSec: bytes / MB / (best / 1000), peakMB, baseMB, mb: bytes / MB, findings, cold: { loadMs, lexiconMs, firstMs } }));
