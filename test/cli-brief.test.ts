// `wps-lens brief FILE`: every supported input, the four formats, --out, --language, --profile, and
// the errors and exit codes of `scan` (usage and unreadable input: 2). Runs main() in-process.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEF_USAGE, parseBriefArgs } from '../cli/brief.ts';
import { Brief } from '../core/brief/brief.ts';
import { makeDocx, makePdf } from './cli-fixtures.ts';
import { corpusDir } from './support/corpus.ts';
import { runCli } from './support/cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'wps-brief-'));
const LINES = [
  'Study of the Battalion',
  '',
  'Recommendations',
  '',
  '1. Appoint a gender focal point in every company within three months.',
  '2. Train all platoon commanders on conflict-related sexual violence before deployment.',
  '3. Deploy mixed patrols with women officers in the villages where women report insecurity.',
];
const TXT = join(dir, 'study.txt');
writeFileSync(TXT, LINES.join('\n') + '\n');
const caseStudy = () => join(corpusDir(), 'reports', 'dcaf-2024-mali-gbv-case-study.txt');

const ACTIONS = [
  'Appoint a gender focal point in every company within three months',
  'Train all platoon commanders on conflict-related sexual violence before deployment',
  'Deploy mixed patrols with women officers in the villages where women report insecurity',
];

describe('wps-lens brief', () => {
  it('Markdown of the case study: ## Why, ## How and at least three numbered actions, each quoting its sentence', async () => {
    const r = await runCli(['brief', caseStudy(), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toContain('## Why');
    expect(lines).toContain('## How');
    const actions = lines.slice(lines.indexOf('## How')).filter((l) => /^\d+\. \*\*.+\*\* — “.+”/.test(l));
    expect(actions.length).toBeGreaterThanOrEqual(3);
  });

  it('JSON: { why, how } with offsets into the text that was read', async () => {
    const r = await runCli(['brief', TXT, '-f', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const b = Brief.parse(j);
    const text = readFileSync(TXT, 'utf8');
    expect(b.how.map((i) => i.text).sort()).toEqual([...ACTIONS].sort());
    for (const it of b.how) expect(text.slice(it.source.start!, it.source.end!)).toBe(it.source.text);
    expect(j.version).toBe(1);
  });

  it('text by default, HTML on request', async () => {
    const t = await runCli(['brief', TXT]);
    expect(t.code).toBe(0);
    expect(t.stdout.split('\n')[0]).toBe(`Brief: ${TXT}`);
    expect(t.stdout).toContain('\nHOW\n1. ');
    const h = await runCli(['brief', TXT, '--format=html']);
    expect(h.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(h.stdout).toContain('<ol class="how">');
  });

  it('reads .md, .html, .docx and .pdf like scan', async () => {
    const html = join(dir, 'study.html');
    writeFileSync(html, `<!doctype html><html><body><h1>Study of the Battalion</h1><h2>Recommendations</h2><ol>${LINES.slice(4).map((l) => `<li>${l.replace(/^\d\. /, '')}</li>`).join('')}</ol></body></html>`);
    const md = join(dir, 'study.md');
    writeFileSync(md, LINES.join('\n'));
    const docx = join(dir, 'study.docx');
    writeFileSync(docx, await makeDocx(LINES.filter((l) => l)));
    const pdf = join(dir, 'study.pdf');
    writeFileSync(pdf, makePdf([LINES.filter((l) => l)]));
    for (const f of [md, html, docx, pdf]) {
      const r = await runCli(['brief', f, '--format', 'json']);
      expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      const b = Brief.parse(JSON.parse(r.stdout));
      expect(b.how.map((i) => i.text).sort(), f).toEqual([...ACTIONS].sort());
    }
  });

  it('standard input with -', async () => {
    const r = await runCli(['brief', '-', '--format', 'json'], { stdin: LINES.join('\n') });
    expect(r.code).toBe(0);
    expect(Brief.parse(JSON.parse(r.stdout)).how).toHaveLength(3);
  });

  it('--out writes the file atomically and prints nothing', async () => {
    const out = join(dir, 'brief.md');
    const r = await runCli(['brief', TXT, '--format', 'md', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await runCli(['brief', TXT, '--format', 'md'])).stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const bad = await runCli(['brief', TXT, '--out', join(dir, 'no-such-folder', 'b.md')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`wps-lens: ${join(dir, 'no-such-folder', 'b.md')}: cannot write the brief: folder does not exist\n`);
  });

  it('--language fr gives a French brief; --profile is passed to the analysis', async () => {
    const fr = await runCli(['brief', TXT, '--format', 'md', '--language', 'fr']);
    expect(fr.stdout).toContain('## Why\n');
    expect(fr.stdout.split('\n')[0]).toMatch(/^# Argumentaire\u00A0: /);
    const order = join(dir, 'order.txt');
    writeFileSync(order, '1. SITUATION\nArmed groups move at night.\n\n2. MISSION\nThe battalion secures the towns.\n\n3. EXECUTION\nCompanies will patrol the routes.\n');
    const j = Brief.parse(JSON.parse((await runCli(['brief', order, '-f', 'json', '--profile', 'oporder'])).stdout));
    expect(j.how.length).toBeGreaterThanOrEqual(3);
    expect(j.how.every((i) => i.kind === 'gap' && i.source.rule?.startsWith('oporder.'))).toBe(true);
  });

  it('fewer than three actions: exit 0 with an honest note', async () => {
    const one = join(dir, 'one.txt');
    writeFileSync(one, 'Study\n\nRecommendations\n\n1. Appoint a gender focal point in each company.\n');
    const r = await runCli(['brief', one, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('*Note:* The document offers only one practical action');
  });

  it.each([
    [['brief'], 'wps-lens: brief needs one input file (or - for standard input)\n'],
    [['brief', 'a.txt', 'b.txt'], "wps-lens: brief takes one file, got 'a.txt' and 'b.txt'\nRun 'wps-lens brief --help' for usage.\n"],
    [['brief', TXT, '--format', 'csv'], "wps-lens: unknown format 'csv' for brief (use one of: text, md, html, json)\nRun 'wps-lens brief --help' for usage.\n"],
    [['brief', TXT, '--fail-on-gaps'], "wps-lens: unknown option '--fail-on-gaps' for brief\nRun 'wps-lens brief --help' for usage.\n"],
    [['brief', TXT, '--out'], "wps-lens: option '--out' needs a value\nRun 'wps-lens brief --help' for usage.\n"],
    [['brief', TXT, '--language', 'de'], "wps-lens: unknown language 'de' (use auto, en or fr)\nRun 'wps-lens brief --help' for usage.\n"],
  ])('usage error %j → exit 2', async (argv, stderr) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(stderr)).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('unreadable input, unknown profile, bad lexicon → exit 2 with the reason', async () => {
    const missing = await runCli(['brief', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^wps-lens: .*missing\.txt: no such file/);
    const prof = await runCli(['brief', TXT, '--profile', 'nope']);
    expect(prof.code).toBe(2);
    expect(prof.stderr).toMatch(/^wps-lens: unknown profile 'nope' \(use auto or one of: mandate, /);
    const lex = join(dir, 'bad.json');
    writeFileSync(lex, '{ not json');
    const bad = await runCli(['brief', TXT, '--lexicon', lex]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: lexicon file is not valid JSON/);
    expect(existsSync(join(dir, 'missing.txt'))).toBe(false);
  });

  it('--help documents brief, and the main help names it', async () => {
    const h = await runCli(['brief', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toBe(BRIEF_USAGE);
    for (const opt of ['--format', '--out', '--language', '--profile', 'text (default), md, html or json']) expect(h.stdout).toContain(opt);
    const main = await runCli(['--help']);
    expect(main.stdout).toMatch(/^Usage: wps-lens scan/);
    expect(main.stdout).toContain('wps-lens brief FILE');
  });

  it('parses --opt=value and -- before a file that starts with a dash', () => {
    expect(parseBriefArgs(['--format=md', '--', '-odd.txt'])).toMatchObject({ format: 'md', input: '-odd.txt' });
    expect(parseBriefArgs(['x.txt', '--max-size', '2'])).toMatchObject({ input: 'x.txt', maxBytes: 2 * 1024 * 1024 });
    expect(() => parseBriefArgs(['x.txt', '--max-size', '0'])).toThrow(/positive number/);
  });
});
