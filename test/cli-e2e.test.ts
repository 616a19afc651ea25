// End to end: `node bin/wps-lens.mjs` as a child process, with the real core.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliOutput } from '../core/schema.ts';
import { makeDocx, makePdf } from './cli-fixtures.ts';

const BIN = fileURLToPath(new URL('../bin/wps-lens.mjs', import.meta.url));

interface Result { code: number | null; stdout: string; stderr: string }

function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd, env: { ...process.env, NO_COLOR: '', ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

const ORDER = [
  'OPERATION ORDER 7 (EXERCISE NORTHERN LIGHT)',
  '1. SITUATION',
  'a. Area of operations. Armed groups operate along the northern road.',
  '2. MISSION',
  'The battalion protects civilians in the sector.',
  '3. EXECUTION',
  'a. The battalion will ensure the participation of women in community engagement and will consult local women\'s organisations.',
  'b. Company commanders should consider a gender advisor for each patrol base.',
  'c. There is no reporting of conflict-related sexual violence in the sector.',
  '',
].join('\n');

const BARE_ORDER = [
  'OPERATION ORDER 8',
  '1. SITUATION',
  'The road north is open.',
  '2. MISSION',
  'The battalion secures the bridge.',
  '3. EXECUTION',
  'a. Company A will hold the bridge.',
  '4. SUSTAINMENT',
  'Fuel at the depot.',
  '5. COMMAND AND SIGNAL',
  'Radio net one.',
  '',
].join('\n');

let dir: string;
const p = (name: string) => path.join(dir, name);

describe('wps-lens end to end', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wps-lens-e2e-'));
    await writeFile(p('order.txt'), ORDER);
    await writeFile(p('bare-order.txt'), BARE_ORDER);
    await mkdir(p('docs/nested'), { recursive: true });
    await mkdir(p('docs/.cache'), { recursive: true });
    await writeFile(p('docs/a-order.html'), `<html><head><script>var women = 1;</script></head><body><h1>Operation order</h1><p>The battalion will ensure the participation of women &amp; girls in planning.</p></body></html>`);
    await writeFile(p('docs/nested/b-plan.docx'), await makeDocx(['3. EXECUTION', 'The battalion will appoint a gender advisor.']));
    await writeFile(p('docs/nested/c-report.pdf'), makePdf([['Women participated in all community meetings.', 'Sexual violence incidents were reported.']]));
    await writeFile(p('docs/.cache/ignored.txt'), 'women');
    await writeFile(p('lexicon-bad.json'), JSON.stringify({ concepts: [{ id: 'Bad Id', label: 'x', pillar: 'nowhere', genderSpecific: true, terms: { en: ['x'] } }] }));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('--format json prints the contract shape; offsets index the input; exit 0', async () => {
    const r = await cli(['scan', p('order.txt'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.version).toBe(1);
    expect(out.errors).toEqual([]);
    const doc = out.documents[0]!;
    expect(doc.source).toBe(p('order.txt'));
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) expect(f.text).toBe(ORDER.slice(f.start, f.end));
  });

  it('runs from any working directory, with relative paths resolved from there', async () => {
    const r = await cli(['scan', 'order.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(CliOutput.parse(JSON.parse(r.stdout)).documents[0]!.source).toBe('order.txt');
  });

  it('exit 1 for a required gap with --fail-on-gaps; 0 without the flag or with no expectations', async () => {
    const failing = await cli(['scan', p('bare-order.txt'), '--profile', 'oporder', '--fail-on-gaps', '--format', 'json']);
    expect(failing.code).toBe(1);
    const out = CliOutput.parse(JSON.parse(failing.stdout));
    expect(out.documents[0]!.gaps.some((g) => (g.level ?? (g.severity === 'high' ? 'required' : '')) === 'required')).toBe(true);
    expect((await cli(['scan', p('bare-order.txt'), '--profile', 'oporder'])).code).toBe(0);
    expect((await cli(['scan', p('bare-order.txt'), '--profile', 'generic', '--fail-on-gaps'])).code).toBe(0);
  });

  it('exit 2 when an input fails, the others still reported; 2 wins over 1', async () => {
    const r = await cli(['scan', p('bare-order.txt'), p('missing.txt'), '--profile', 'oporder', '--fail-on-gaps', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wps-lens: ${p('missing.txt')}: no such file or folder\n`);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents).toHaveLength(1);
    expect(out.errors).toEqual([{ source: p('missing.txt'), message: 'no such file or folder' }]);
  });

  it('reads stdin with "-"', async () => {
    const r = await cli(['scan', '-', '--format', 'json'], { input: ORDER });
    expect(r.code).toBe(0);
    const doc = CliOutput.parse(JSON.parse(r.stdout)).documents[0]!;
    expect(doc.source).toBe('-');
    for (const f of doc.findings) expect(f.text).toBe(ORDER.slice(f.start, f.end));
  });

  it('scans a folder: html, docx and pdf inside, sorted, dot-folders skipped', async () => {
    const r = await cli(['scan', p('docs'), '--format', 'json']);
    expect(r.stderr).toBe(`wps-lens: ${p('docs')}: 3 files to scan\n`);
    expect(r.code).toBe(0);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents.map((d) => path.relative(dir, d.source).split(path.sep).join('/'))).toEqual([
      'docs/a-order.html', 'docs/nested/b-plan.docx', 'docs/nested/c-report.pdf',
    ]);
    for (const d of out.documents) expect(d.findings.length).toBeGreaterThan(0);
  });

  it('--out writes the report atomically (nothing on stdout, no temp file left)', async () => {
    await mkdir(p('out'), { recursive: true });
    const r = await cli(['scan', p('order.txt'), '--format', 'csv', '--out', p('out/report.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const csv = await readFile(p('out/report.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('source,profile,language,pillar,concept,genderSpecific,findings,tasks,advice,negated,firstSentence,score,scoreBasis,gaps,profileDetected,requiredGaps,highGaps');
    expect(csv.split('\r\n').length).toBeGreaterThan(2);
    expect(await readdir(p('out'))).toEqual(['report.csv']);
  });

  it('text and md formats render', async () => {
    const text = await cli(['scan', p('order.txt')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Coverage');
    expect(text.stdout).toContain('[[');
    expect(text.stdout).not.toContain('\x1b[');
    const md = await cli(['scan', p('order.txt'), '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# WPS Lens report/);
  });

  it('an unknown --profile and a bad --lexicon are one clear error, exit 2, nothing scanned', async () => {
    const prof = await cli(['scan', p('order.txt'), '--profile', 'opord', '--format', 'json']);
    expect(prof.code).toBe(2);
    expect(prof.stdout).toBe('');
    expect(prof.stderr).toMatch(/^wps-lens: unknown profile 'opord' \(use auto or one of: .*oporder.*\)\n$/);
    const lex = await cli(['scan', p('order.txt'), '--lexicon', p('lexicon-bad.json'), '--format', 'json']);
    expect(lex.code).toBe(2);
    expect(lex.stdout).toBe('');
    expect(lex.stderr).toContain('lexicon-bad.json');
  });

  it('no inputs: usage on stderr, exit 2', async () => {
    const r = await cli(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: wps-lens scan');
  });
});

describe('wps-lens without the core', () => {
  it('--help and --version work', async () => {
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Usage: wps-lens scan/);
    const v = await cli(['--version'], { cwd: tmpdir() });
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`wps-lens ${JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  });
});

describe('language', () => {
  const FR = 'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur. Les patrouilles mixtes seront renforcées.';
  it('detects French, and --language overrides the detection; a bad value is a usage error', async () => {
    const auto = CliOutput.parse(JSON.parse((await cli(['scan', '-', '--format', 'json'], { input: FR })).stdout));
    expect(auto.documents[0]!.language).toBe('fr');
    expect(auto.documents[0]!.languages?.[0]?.language).toBe('fr');
    expect(auto.documents[0]!.findings.length).toBeGreaterThan(0);
    const en = CliOutput.parse(JSON.parse((await cli(['scan', '-', '--format', 'json', '--language', 'en'], { input: FR })).stdout));
    expect(en.documents[0]!.language).toBe('en');
    // Read as English, the French-only forms no longer count.
    expect(en.documents[0]!.findings.length).toBeLessThan(auto.documents[0]!.findings.length);
    const bad = await cli(['scan', '-', '--language', 'de'], { input: FR });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown language 'de'/);
  });
});
