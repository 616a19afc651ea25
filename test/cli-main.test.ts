// The CLI's orchestration, in-process, with a stand-in core so exit codes and error paths are exact.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, writeFile, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CoreApi } from '../cli/main.ts';
import { runCli } from './support/cli-run.ts';
import { parseArgs, UsageError } from '../cli/args.ts';
import { CliOutput, PROFILE_IDS } from '../core/schema.ts';
import { CSV_COLUMNS } from '../core/report/format.ts';
import { findingIn, gap, makeReport, makePdf } from './cli-fixtures.ts';

class FakeLexiconError extends Error {
  constructor(readonly issues: string[]) { super(issues.join('\n')); }
}

function fakeCore(calls: { analyzed: string[]; profiles: (string | undefined)[] }): CoreApi {
  return {
    LexiconError: FakeLexiconError,
    loadLexicon(files = []) {
      for (const f of files) {
        if ((f.data as { bad?: boolean }).bad) throw new FakeLexiconError([`${f.name}: concepts[0] (id "x") field "pillar": Invalid option`, `${f.name}: concepts[1] field "terms": Required`]);
      }
      const profiles = new Map<string, unknown>(PROFILE_IDS.map((id) => [id, {}]));
      for (const f of files) for (const p of (f.data as { profiles?: { id: string }[] }).profiles ?? []) profiles.set(p.id, p);
      return { profiles };
    },
    analyze(text, options = {}) {
      calls.analyzed.push(options.source ?? '-');
      calls.profiles.push(options.profile);
      if (text.includes('THROW')) throw new Error('core exploded');
      const findings = [];
      let i = text.indexOf('women');
      while (i >= 0) { findings.push(findingIn(text, 'women', {}, i)); i = text.indexOf('women', i + 1); }
      const gaps = [];
      if (text.includes('NO-GENDER')) gaps.push(gap());
      if (text.includes('MINOR')) gaps.push(gap({ level: 'recommended', severity: 'medium' }));
      return makeReport(options.source ?? '-', findings, { gaps });
    },
  } as CoreApi;
}

interface Run { code: number; stdout: string; stderr: string; analyzed: string[]; profiles: (string | undefined)[] }

async function run(argv: string[], opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  const calls = { analyzed: [] as string[], profiles: [] as (string | undefined)[] };
  return { ...(await runCli(argv, { ...opts, deps: { core: fakeCore(calls) } })), ...calls };
}

let dir: string;
const p = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wps-lens-main-'));
  await writeFile(p('ok.txt'), 'The unit will engage women leaders.');
  await writeFile(p('gap.txt'), 'NO-GENDER The unit will patrol.');
  await writeFile(p('minor.txt'), 'MINOR women');
  await writeFile(p('boom.txt'), 'THROW');
  await writeFile(p('scanned.pdf'), makePdf([[]]));
  await writeFile(p('bad-lexicon.json'), JSON.stringify({ bad: true }));
  await writeFile(p('broken.json'), '{ "concepts": [ ');
  await writeFile(p('custom.json'), JSON.stringify({ concepts: [], profiles: [{ id: 'brigade-sop' }] }));
  await mkdir(p('folder/sub'), { recursive: true });
  await writeFile(p('folder/b.txt'), 'women b');
  await writeFile(p('folder/sub/a.md'), 'women a');
  await mkdir(p('out'));
  await mkdir(p('docs/sub'), { recursive: true });
  for (const name of ['order.txt', 'plan.md', 'README.md', 'LICENSE.txt', 'sub/CHANGELOG.md', 'sub/CONTRIBUTING.md', 'sub/notice.txt']) await writeFile(p(`docs/${name}`), 'women');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('arguments', () => {
  it('parses options in both forms', () => {
    expect(parseArgs(['scan', 'a.txt', '--format=json', '-o', 'r.json', '--lexicon', 'x.json', '-l', 'y.json', '--profile', 'mandate', '--fail-on-gaps', '--pack', 'nato', '--pack=my.json', '--pack-key', 'org.jwk', '-', '--', '--weird-name.txt'])).toEqual({
      command: 'scan', inputs: ['a.txt', '-', '--weird-name.txt'], profile: 'mandate', lexicons: ['x.json', 'y.json'], packs: ['nato', 'my.json'], packKeys: ['org.jwk'],
      format: 'json', out: 'r.json', failOnGaps: true, maxBytes: 200 * 1024 * 1024, streamAbove: 16 * 1024 * 1024, stats: false, language: 'auto',
      excludes: [], verbose: false,
    });
    expect(parseArgs(['scan', 'd', '--exclude', '*.md', '--exclude=old/**', '--verbose'])).toMatchObject({ excludes: ['*.md', 'old/**'], verbose: true });
    expect(() => parseArgs(['scan', 'd', '--exclude', '[abc'])).toThrow(/--exclude '\[abc': unclosed '\['/);
    expect(() => parseArgs(['scan', 'd', '--exclude', '/'])).toThrow(/--exclude '\/': empty pattern/);
    expect(() => parseArgs(['scan', 'd', '--exclude'])).toThrow(/option '--exclude' needs a value/);
    expect(parseArgs(['scan', 'a', '--language=fr'])).toMatchObject({ language: 'fr' });
    expect(parseArgs(['scan', 'a', '--stream-above=0.5', '--stats'])).toMatchObject({ streamAbove: 524288, stats: true });
    expect(() => parseArgs(['scan', 'a', '--stream-above', 'lots'])).toThrow(/--stream-above needs a number/);
    expect(parseArgs(['scan', 'a', '--max-size', '1.5']).command === 'scan' && (parseArgs(['scan', 'a', '--max-size', '1.5']) as { maxBytes: number }).maxBytes).toBe(1572864);
  });
  it('rejects bad usage with one clear message', () => {
    expect(() => parseArgs(['scan', 'a', '--format', 'xml'])).toThrow(new UsageError("unknown format 'xml' (use one of: text, json, csv, md)"));
    expect(() => parseArgs(['scan', 'a', '--colour'])).toThrow(/unknown option '--colour'/);
    expect(() => parseArgs(['scan', 'a', '--out'])).toThrow(/needs a value/);
    expect(() => parseArgs(['report.txt'])).toThrow(/did you mean: wps-lens scan report.txt/);
  });
});

describe('main', () => {
  it('--help and --version exit 0; no inputs prints usage and exits 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: wps-lens scan/);
    // The cap on what a streamed file's text and md reports list is stated where users look.
    expect(help.stdout).toMatch(/list its first 1,000 findings and figures/);
    const v = await run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^wps-lens \d+\.\d+\.\d+\n$/);
    for (const argv of [[], ['scan'], ['scan', '--format', 'json']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Usage: wps-lens scan');
      expect(r.stdout).toBe('');
    }
  });

  it('exit 0 when everything was scanned, even with gaps but without --fail-on-gaps', async () => {
    const r = await run(['scan', p('ok.txt'), p('gap.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents.map((d) => path.basename(d.source))).toEqual(['ok.txt', 'gap.txt']);
    expect(out.errors).toEqual([]);
  });

  it('exit 1 for a required gap with --fail-on-gaps; recommended gaps do not fail', async () => {
    expect((await run(['scan', p('gap.txt'), '--fail-on-gaps'])).code).toBe(1);
    expect((await run(['scan', p('minor.txt'), p('ok.txt'), '--fail-on-gaps'])).code).toBe(0);
  });

  it('exit 2 when an input fails; the rest are still scanned and reported; 2 wins over 1', async () => {
    const r = await run(['scan', p('gap.txt'), p('missing.txt'), p('scanned.pdf'), p('boom.txt'), p('ok.txt'), '--fail-on-gaps', '--format', 'json']);
    expect(r.code).toBe(2);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents.map((d) => path.basename(d.source))).toEqual(['gap.txt', 'ok.txt']);
    expect(out.errors).toEqual([
      { source: p('missing.txt'), message: 'no such file or folder' },
      { source: p('scanned.pdf'), message: expect.stringMatching(/^no text layer \(scanned PDF\?\)/) },
      { source: p('boom.txt'), message: 'analysis failed: core exploded' },
    ]);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`wps-lens: ${p('missing.txt')}: no such file or folder`);
    expect(lines[1]).toMatch(/^wps-lens: .*scanned\.pdf: no text layer \(scanned PDF\?\)/);
  });

  it('a bad --lexicon is one clear error, nothing scanned, exit 2', async () => {
    const bad = await run(['scan', p('ok.txt'), '--lexicon', p('bad-lexicon.json')]);
    expect(bad.code).toBe(2);
    expect(bad.analyzed).toEqual([]);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('wps-lens: invalid lexicon:');
    expect(bad.stderr).toContain('bad-lexicon.json: concepts[0] (id "x") field "pillar": Invalid option');
    const broken = await run(['scan', p('ok.txt'), '--lexicon', p('broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.analyzed).toEqual([]);
    expect(broken.stderr).toMatch(/^wps-lens: .*broken\.json: lexicon file is not valid JSON: /);
    expect(broken.stderr.trimEnd().split('\n')).toHaveLength(1);
    const missing = await run(['scan', p('ok.txt'), '--lexicon', p('nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`wps-lens: ${p('nope.json')}: cannot read lexicon file: no such file\n`);
  });

  it('rejects an unknown --profile before scanning; accepts built-in and --lexicon profile ids', async () => {
    const bad = await run(['scan', p('ok.txt'), '--profile', 'opord']);
    expect(bad.code).toBe(2);
    expect(bad.analyzed).toEqual([]);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^wps-lens: unknown profile 'opord' \(use auto or one of: mandate, .*oporder/);
    const builtin = await run(['scan', p('ok.txt'), '--profile', 'oporder']);
    expect(builtin.code).toBe(0);
    expect(builtin.profiles).toEqual(['oporder']);
    expect((await run(['scan', p('ok.txt'), '--profile', 'brigade-sop'])).code).toBe(2);
    const custom = await run(['scan', p('ok.txt'), '--profile', 'brigade-sop', '--lexicon', p('custom.json')]);
    expect(custom.code).toBe(0);
    expect(custom.profiles).toEqual(['brigade-sop']);
    expect((await run(['scan', p('ok.txt')])).profiles).toEqual(['auto']);
  });

  it('reads stdin for "-"', async () => {
    const r = await run(['scan', '-', '--format', 'json'], { stdin: 'Consult women and girls.' });
    expect(r.code).toBe(0);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents[0]!.source).toBe('-');
    expect(out.documents[0]!.findings).toHaveLength(1);
  });

  it('expands folders recursively in sorted order', async () => {
    const r = await run(['scan', p('folder'), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.analyzed.map((s) => path.relative(dir, s).split(path.sep).join('/'))).toEqual(['folder/b.txt', 'folder/sub/a.md']);
    expect(r.stdout.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(r.stderr).toBe(`wps-lens: ${p('folder')}: 2 files to scan\n`);
  });

  it('a folder scan leaves README/LICENSE-like files out and says so; named, they are scanned', async () => {
    const r = await run(['scan', p('docs'), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.analyzed.map((s) => path.basename(s))).toEqual(['order.txt', 'plan.md', 'notice.txt']); // "notice" may be a document's name
    expect(r.stderr).toBe(`wps-lens: ${p('docs')}: 3 files to scan; left out LICENSE.txt, README.md, sub/CHANGELOG.md and 1 more (not documents: name a file to scan it)\n`);
    // --verbose names them all.
    const all = await run(['scan', p('docs'), '--format', 'csv', '--verbose']);
    expect(all.stderr.split('\n')[0]).toBe(`wps-lens: ${p('docs')}: 3 files to scan; left out LICENSE.txt, README.md, sub/CHANGELOG.md, sub/CONTRIBUTING.md (not documents: name a file to scan it):`);
    const named = await run(['scan', p('docs/README.md'), '--format', 'csv']);
    expect(named.analyzed).toEqual([p('docs/README.md')]);
    expect(named.stderr).toBe('');
  });

  it('--exclude leaves out files and folders by glob; --verbose lists every file', async () => {
    const r = await run(['scan', p('docs'), '--exclude', '*.md', '--exclude', 'sub', '--verbose', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.analyzed.map((s) => path.basename(s))).toEqual(['order.txt']);
    expect(r.stderr).toBe([
      `wps-lens: ${p('docs')}: 1 file to scan; left out LICENSE.txt (not a document: name a file to scan it); excluded by --exclude: 2 files, 1 folder:`,
      `  ${p('docs/order.txt')}`,
      `  ${p('docs/README.md')} (excluded)`,
      `  ${p('docs/plan.md')} (excluded)`,
      `  ${p('docs/sub')}${path.sep} (excluded)`,
      '',
    ].join('\n'));
    // A folder left with nothing to scan is an input that failed (exit 2), and says why.
    const none = await run(['scan', p('docs'), '--exclude', '*', '--format', 'csv']);
    expect(none.code).toBe(2);
    expect(none.analyzed).toEqual([]);
    expect(none.stderr).toContain(`wps-lens: ${p('docs')}: folder has no documents to scan (`);
    // Files named on the command line are read whatever --exclude says.
    const named = await run(['scan', p('docs/plan.md'), '--exclude', '*.md', '--format', 'csv']);
    expect(named.analyzed).toEqual([p('docs/plan.md')]);
  });

  it('--out writes the file atomically and prints nothing on stdout', async () => {
    const target = p('out/report.md');
    await writeFile(target, 'old content');
    const r = await run(['scan', p('ok.txt'), '--format', 'md', '--out', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const md = await readFile(target, 'utf8');
    expect(md).toMatch(/^# WPS Lens report/);
    expect(await readdir(p('out'))).toEqual(['report.md']); // no temp file left behind
  });

  it('--out into a missing folder is an error (exit 2) and leaves nothing behind', async () => {
    const r = await run(['scan', p('ok.txt'), '--out', p('no-such-dir/r.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write the report: folder does not exist/);
  });

  it('colours text only on a TTY without NO_COLOR', async () => {
    expect((await run(['scan', p('ok.txt')], { isTTY: true })).stdout).toContain('\x1b[');
    expect((await run(['scan', p('ok.txt')], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await run(['scan', p('ok.txt')], { isTTY: false })).stdout).not.toContain('\x1b[');
    expect((await run(['scan', p('ok.txt'), '--format', 'json'], { isTTY: true })).stdout).not.toContain('\x1b[');
  });
});
