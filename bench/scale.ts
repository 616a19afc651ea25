// How time and memory grow with input size, 1 KB to 100 MB, through the streaming analyser the
// CLI uses for large files, in its bounded mode (keep: 0: findings handed out per chunk and
// dropped, as the CLI does for CSV, or writes to disk for JSON), plus adversarial inputs. Measured, never asserted: `linear` says
// whether time per MB at the largest size stays within 3× of the per-MB time at 1 MB.
// Run alone: node --import tsx --expose-gc bench/scale.ts
import { analyze, loadLexicon } from '../core/index.ts';
import { StreamingAnalysis } from '../core/stream.ts';

const MB = 1024 * 1024;
const PARAS = [
  'The battalion will appoint a gender adviser for each sector and report monthly.',
  'Engineers will repair the bridge north of the river crossing before the rains.',
  'Patrols will ensure the protection of civilians near the markets and camps.',
  'Logistics will move fuel by road and air to the forward operating bases.',
  'Signals will keep two radio nets open at all times during the move.',
  'Commanders will report conflict-related sexual violence within 24 hours.',
  'Women make up 12 per cent of the deployed personnel in the sector.',
  'The weather in the valley is dry and hot in the summer months.',
];

function gc(): void { (globalThis as { gc?: () => void }).gc?.(); }
function rssMB(): number { return process.memoryUsage().rss / MB; }

/** Feed `bytes` of text, produced piece by piece by `piece(i)`, through the streaming analyser. */
function measure(bytes: number, piece: (i: number) => string): { ms: number; peakMB: number; findings: number } {
  const lexicon = loadLexicon();
  gc();
  let peak = rssMB();
  const t = performance.now();
  const s = new StreamingAnalysis({ lexicon, profile: 'auto', keep: 0, onChunk: () => undefined });
  let fed = 0;
  for (let i = 0; fed < bytes; i++) {
    const p = piece(i);
    s.push(p);
    fed += p.length;
    if ((i & 1023) === 0) peak = Math.max(peak, rssMB());
  }
  s.finish();
  const ms = performance.now() - t;
  return { ms, peakMB: Math.max(peak, rssMB()), findings: s.totals().findings };
}

/** A document-like stream: paragraphs, a WPS term in about one in four. */
const doc = (i: number): string => `${PARAS[(i * 7) % PARAS.length]}\n\n`;

export interface ScaleResult {
  sizes: { mb: number; ms: number; peakMB: number; findings: number }[];
  adversarial: { name: string; mb: number; ms: number; peakMB: number; findings: number }[];
  /** Whole-text analyze() on 10 MB, for comparison with the streamed peak. */
  oneShot: { mb: number; ms: number; peakMB: number };
  linear: boolean;
}

export async function benchScale(options: { maxMB?: number } = {}): Promise<ScaleResult> {
  const maxMB = options.maxMB ?? 100;
  analyze('warm up: the battalion will appoint a gender adviser.', { lexicon: loadLexicon() });
  const sizes: ScaleResult['sizes'] = [];
  for (const mb of [1 / 1024, 0.1, 1, 10, 30, 100].filter((m) => m <= maxMB)) {
    sizes.push({ mb, ...measure(mb * MB, doc) });
  }
  const advMB = Math.min(10, maxMB);
  const run = (ch: string) => () => ch.repeat(64 * 1024);
  const adversarial: ScaleResult['adversarial'] = [];
  for (const [name, piece] of [
    ['one character repeated ("a")', run('a')],
    ['spaces only', run(' ')],
    ['soft hyphens only', run('\u00AD')],
    ['a term repeated, no sentence break', () => 'gender adviser '.repeat(4096)],
    ['no sentence breaks, no terms', () => 'the patrol will move on '.repeat(2048)],
    ['deep negation cues before each term', () => `${'not no never without '.repeat(500)}women participate. `],
    ['hyphenated line breaks inside every word', () => 'gen-\nder ad\u00ADviser pro-\ntec-\ntion '.repeat(1500)],
  ] as const) {
    adversarial.push({ name, mb: advMB, ...measure(advMB * MB, piece as (i: number) => string) });
  }
  // The same 10 MB analysed in one piece: what streaming saves.
  gc();
  const text = Array.from({ length: Math.ceil((advMB * MB) / 80) }, (_, i) => doc(i)).join('');
  const base = rssMB();
  let peak = base;
  const t = performance.now();
  analyze(text, { lexicon: loadLexicon() });
  const oneShot = { mb: text.length / MB, ms: performance.now() - t, peakMB: (peak = Math.max(peak, rssMB())) };

  const perMB = (s: { mb: number; ms: number }) => s.ms / s.mb;
  const ref = sizes.find((s) => s.mb === 1) ?? sizes[0]!;
  const largest = sizes[sizes.length - 1]!;
  const linear = perMB(largest) <= 3 * perMB(ref) && adversarial.every((a) => perMB(a) <= 10 * perMB(ref));
  return { sizes, adversarial, oneShot, linear };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchScale({ maxMB: Number(process.env.SCALE_MAX_MB ?? 100) });
  for (const s of r.sizes) console.log(`${String(s.mb).padStart(9)} MB  ${s.ms.toFixed(0).padStart(7)} ms  ${(s.mb / (s.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak ${s.peakMB.toFixed(0)} MB  ${s.findings} findings`);
  for (const a of r.adversarial) console.log(`${a.name.padEnd(44)} ${a.mb} MB ${a.ms.toFixed(0).padStart(7)} ms  peak ${a.peakMB.toFixed(0)} MB`);
  console.log(`one-shot analyze() of ${r.oneShot.mb.toFixed(0)} MB: ${r.oneShot.ms.toFixed(0)} ms, peak ${r.oneShot.peakMB.toFixed(0)} MB`);
  console.log(`linear: ${r.linear}`);
}
