// The bundled CLI (scripts/build-cli.mjs → dist/cli/) and how bin/wps-lens.mjs picks it: the bundle
// gives the same output as the sources, keeps the heavy modules out of its start-up, and is used
// only while no source is newer than it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { bundleState, BUNDLE_DIR, BUNDLE_ENTRY, SOURCES_FILE } from '../scripts/cli-bundle.mjs';
import { USAGE } from '../cli/args.ts';
import { CliOutput } from '../core/schema.ts';
import { makeDocx, makePdf } from './cli-fixtures.ts';
import { runCli } from './support/cli-run.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so the parsers left in node_modules resolve as they do from dist/cli.
const out = path.join(root, 'dist', `cli-test-${process.pid}`);
const work = mkdtempSync(path.join(tmpdir(), 'wps-bundle-'));
let built: Awaited<ReturnType<typeof buildCli>>;

const node = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(async () => {
  built = await buildCli({ outDir: out, quiet: true });
  writeFileSync(path.join(work, 'order.txt'), 'The battalion will consult women leaders in every village.\nPatrols should include female engagement teams.\n');
  writeFileSync(path.join(work, 'page.html'), '<html><body><p>The mission will protect women and girls from sexual violence.</p></body></html>');
  writeFileSync(path.join(work, 'plan.docx'), await makeDocx(['Commanders will appoint a gender advisor.']));
  writeFileSync(path.join(work, 'report.pdf'), makePdf([['Women took part in every community meeting.']]));
}, 120_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the bundle', () => {
  it('prints the same help and version as the sources', () => {
    const help = node([path.join(out, BUNDLE_ENTRY), '--help']);
    expect(help).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(node([path.join(out, BUNDLE_ENTRY), '--version']).stdout).toBe(`wps-lens ${pkg.version}\n`);
  });

  it('scans text, HTML, .docx and PDF as the sources do (same JSON, same exit code)', async () => {
    const files = ['order.txt', 'page.html', 'plan.docx', 'report.pdf'].map((f) => path.join(work, f));
    const bundled = node([path.join(out, BUNDLE_ENTRY), 'scan', ...files, '--format', 'json', '--profile', 'oporder']);
    const sources = await runCli(['scan', ...files, '--format', 'json', '--profile', 'oporder']);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(sources.code);
    const doc = CliOutput.parse(JSON.parse(bundled.stdout));
    expect(doc.errors).toEqual([]);
    expect(doc.documents.map((d) => d.findings.length > 0)).toEqual([true, true, true, true]);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(sources.stdout));
  });

  it('writes the same brief as the sources (the brief is a chunk of its own)', async () => {
    const file = path.join(work, 'order.txt');
    const bundled = node([path.join(out, BUNDLE_ENTRY), 'brief', file, '--format', 'json']);
    const sources = await runCli(['brief', file, '--format', 'json']);
    expect(bundled.code).toBe(0);
    expect(bundled.stderr).toBe('');
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(sources.stdout));
  });

  it('starts without the analysis core, the schemas (zod) or any parser: they are chunks loaded on use', () => {
    const { outputs } = built.metafile;
    const key = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
    const entry = key(path.join(out, BUNDLE_ENTRY));
    expect(Object.keys(outputs)).toContain(entry);
    // The modules in the entry and in every chunk it imports statically (what `--help` loads).
    const loaded = new Set<string>();
    const external = new Set<string>();
    const walk = (o: string, seen = new Set<string>()) => {
      if (seen.has(o)) return;
      seen.add(o);
      for (const input of Object.keys(outputs[o]!.inputs)) loaded.add(input);
      for (const imp of outputs[o]!.imports) {
        if (imp.kind !== 'import-statement') continue;
        if (imp.external) external.add(imp.path);
        else walk(imp.path, seen);
      }
    };
    walk(entry);
    expect(loaded).toContain('cli/args.ts');
    expect(loaded).toContain('cli/read.ts');
    for (const heavy of ['core/analyze.ts', 'core/lexicon/compile.ts', 'core/schema.ts', 'core/report/format.ts', 'core/brief/brief.ts', 'core/data/lexicon.json']) expect(loaded).not.toContain(heavy);
    expect([...loaded].filter((m) => m.includes('node_modules/'))).toEqual([]);
    expect([...external].filter((m) => !m.startsWith('node:'))).toEqual([]);
    // …and the heavy ones are there, as dynamic chunks.
    const all = new Set(Object.values(outputs).flatMap((o) => Object.keys(o.inputs)));
    for (const m of ['core/analyze.ts', 'core/schema.ts', 'core/brief/brief.ts']) expect(all).toContain(m);
  });

  it('lists its sources (repository files, package.json included, no node_modules) beside it', () => {
    const stamp = JSON.parse(readFileSync(path.join(out, SOURCES_FILE), 'utf8')) as { built: number; sources: string[] };
    expect(stamp.sources).toContain('cli/main.ts');
    expect(stamp.sources).toContain('core/data/lexicon.json');
    expect(stamp.sources).toContain('package.json');
    expect(stamp.sources.some((s) => s.includes('node_modules'))).toBe(false);
    expect(stamp.built).toBeLessThanOrEqual(Date.now());
  });
});

describe('bundleState: the bin runs the bundle only while it is fresh', () => {
  const fake = mkdtempSync(path.join(tmpdir(), 'wps-bundle-state-'));
  const dist = path.join(fake, BUNDLE_DIR);
  const at = (s: number) => new Date(1_700_000_000_000 + s * 1000);
  const setup = (sources: string[], builtAt: number) => {
    rmSync(fake, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    mkdirSync(path.join(fake, 'cli'), { recursive: true });
    writeFileSync(path.join(dist, BUNDLE_ENTRY), '');
    for (const s of sources) { writeFileSync(path.join(fake, s), ''); utimesSync(path.join(fake, s), at(0), at(0)); }
    writeFileSync(path.join(dist, SOURCES_FILE), JSON.stringify({ built: at(builtAt).getTime(), sources }));
  };
  afterAll(() => rmSync(fake, { recursive: true, force: true }));

  it('fresh when every source is older than the build, or as old', () => {
    setup(['cli/a.ts', 'package.json'], 10);
    expect(bundleState(fake)).toEqual({ fresh: true, entry: path.join(dist, BUNDLE_ENTRY), reason: '' });
    setup(['cli/a.ts'], 0); // same millisecond: not newer
    expect(bundleState(fake).fresh).toBe(true);
  });

  it('stale when a source changed after the build, is gone, or the bundle or its list is missing', () => {
    setup(['cli/a.ts', 'cli/b.ts'], 10);
    utimesSync(path.join(fake, 'cli/b.ts'), at(11), at(11));
    expect(bundleState(fake)).toMatchObject({ fresh: false, reason: 'cli/b.ts changed' });
    setup(['cli/a.ts'], 10);
    rmSync(path.join(fake, 'cli/a.ts'));
    expect(bundleState(fake)).toMatchObject({ fresh: false, reason: 'cli/a.ts is gone' });
    setup(['cli/a.ts'], 10);
    writeFileSync(path.join(dist, SOURCES_FILE), '{"sources": "not a list"}');
    expect(bundleState(fake)).toMatchObject({ fresh: false, reason: 'no sources list' });
    setup(['cli/a.ts'], 10);
    rmSync(path.join(dist, SOURCES_FILE));
    expect(bundleState(fake)).toMatchObject({ fresh: false, reason: 'no bundle' });
    setup(['cli/a.ts'], 10);
    rmSync(path.join(dist, BUNDLE_ENTRY));
    expect(bundleState(fake)).toMatchObject({ fresh: false, reason: 'no bundle' });
  });

  it('WPS_LENS_TSX=1 makes the bin run the sources, and WPS_LENS_DEBUG=1 says so', () => {
    const r = node([path.join(root, 'bin/wps-lens.mjs'), '--version'], { WPS_LENS_TSX: '1', WPS_LENS_DEBUG: '1' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wps-lens: running the sources through tsx (WPS_LENS_TSX=1)\n');
    expect(r.stdout).toMatch(/^wps-lens \d+\.\d+\.\d+\n$/);
  });
});
