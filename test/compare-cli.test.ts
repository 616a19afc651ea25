// `wps-lens compare` end to end on files: JSON to the contract, text with the summary, the other formats,
// --series, --fail-on-weakening exit codes, and failures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCompareArgs } from '../cli/compare.ts';
import { Comparison, ComparisonSeries } from '../core/index.ts';
import { runCli } from './support/cli-run.ts';
import { changeWith } from './support/compare.ts';

const V1 = `The Security Council,

Recalling its resolutions on women, peace and security,

1. Decides to extend the mandate of the Mission until 31 March 2031;

2. Requests the Mission to ensure the full, equal and meaningful participation of women in the district reconciliation councils;

3. Encourages the Government to adopt a national action plan on women, peace and security;

4. Requests the Secretary-General to deploy women protection advisers to every regional office;

5. Decides to remain seized of the matter.
`;
// V2: OP3 strengthened (Encourages → Requests); OP2 weakened ("as appropriate").
const V2 = V1.replace('3. Encourages', '3. Requests').replace('reconciliation councils;', 'reconciliation councils, as appropriate;');
// V3: OP4 dropped.
const V3 = V2.replace(/4\. Requests the Secretary-General[^\n]*\n\n/, '').replace('5. Decides to remain', '4. Decides to remain');
// V1 with OP3 strengthened only.
const UP = V1.replace('3. Encourages', '3. Requests');

const dir = mkdtempSync(join(tmpdir(), 'wps-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const f1 = file('v1.txt', V1), f2 = file('v2.txt', V2), f3 = file('v3.md', V3), fUp = file('up.txt', UP);

describe('wps-lens compare OLD NEW', () => {
  it('--format json prints the contract Comparison, every provision with a status', async () => {
    const r = await runCli(['compare', f1, f2, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const c = Comparison.parse(JSON.parse(r.stdout));
    expect(c.old).toEqual({ source: f1, profile: 'mandate', language: 'en' });
    expect(c.new.source).toBe(f2);
    expect(changeWith(c, 'national action plan on women, peace and security').status).toBe('strengthened');
    expect(changeWith(c, 'full, equal and meaningful participation').status).toBe('weakened');
    expect(changeWith(c, 'women protection advisers').status).toBe('kept');
    expect(c.changes.map((x) => x.status)).toEqual(['kept', 'weakened', 'strengthened', 'kept']);
  });

  it('text (default) prints the summary, the changes with both sides, the kept ones and the counts', async () => {
    const r = await runCli(['compare', f1, f2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`WPS comparison: ${f1} → ${f2}`);
    expect(r.stdout.replace(/\s*\n\s*/g, ' ')).toContain('Against v1, v2 has 4 WPS provisions (4 before): 2 kept, 0 added, 0 removed, 1 strengthened and 1 weakened.');
    expect(r.stdout).toMatch(/weakened\s+OP 2 → OP 2\s+participation/);
    expect(r.stdout).toContain('adds “as appropriate”');
    expect(r.stdout).toMatch(/strengthened\s+OP 3 → OP 3/);
    expect(r.stdout).toContain('encourages → requests');
    expect(r.stdout).toContain('Kept in place (2): PP 1, OP 4');
  });

  it.each([
    ['weakened', f1, f2, 1],
    ['removed', f2, f3, 1],
    ['only strengthened', f1, fUp, 0],
    ['identical', f1, f1, 0],
  ] as const)('--fail-on-weakening: %s → exit %i', async (_, a, b, code) => {
    const r = await runCli(['compare', a, b, '--fail-on-weakening', '--format', 'json']);
    expect(r.code).toBe(code);
    const without = await runCli(['compare', a, b, '--format', 'json']);
    expect(without.code).toBe(0);
  });

  it('md, html and csv', async () => {
    const md = await runCli(['compare', f1, f2, '-f', 'md']);
    expect(md.stdout).toMatch(/^# WPS comparison: /);
    expect(md.stdout).toContain('| weakened | OP 2: ');
    const amp = file('a&<b>.txt', V2);
    const html = await runCli(['compare', f1, amp, '--format=html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<tr class="weakened"><td>weakened</td>');
    expect(html.stdout).toContain('<td>adds “as appropriate”</td>');
    expect(html.stdout).toContain('a&amp;&lt;b&gt;.txt'); // names and words are escaped text, never markup
    expect(html.stdout).not.toContain('<b>');
    const csv = await runCli(['compare', f1, f2, '-f', 'csv']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('step,old_source,new_source,id,status,scope,moved,pillars,concepts,old_section,old_number,old_words,old_verb,new_section,new_number,new_words,new_verb,note');
    expect(lines.length).toBe(5);
    expect(lines[2]).toContain(',weakened,');
  });

  it('--out writes the file; - reads one side from standard input', async () => {
    const out = join(dir, 'out.json');
    const r = await runCli(['compare', '-', f2, '--format', 'json', '--out', out], { stdin: V1 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const c = Comparison.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(c.old.source).toBe('-');
    expect(c.counts).toMatchObject({ strengthened: 1, weakened: 1 });
  });

  it('a missing file, a wrong count of files, an unknown option: exit 2 with a message', async () => {
    const missing = await runCli(['compare', f1, join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt: ');
    expect(missing.stderr).toContain('both versions are needed to compare');
    const one = await runCli(['compare', f1]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare takes two files (OLD NEW), got 1');
    const bad = await runCli(['compare', f1, f2, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown format 'xml'");
    expect((await runCli(['compare', f1, f2, '--nope'])).stderr).toContain("unknown option '--nope'");
    const help = await runCli(['compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: wps-lens compare OLD NEW/);
    expect((await runCli(['--help'])).stdout).toContain('wps-lens compare OLD NEW compares two versions');
  });
});

describe('wps-lens compare --series', () => {
  it('json: documents, one step per consecutive pair, a trend table per pillar', async () => {
    const r = await runCli(['compare', '--series', f1, f2, f3, '--format', 'json']);
    expect(r.code).toBe(0);
    const s = ComparisonSeries.parse(JSON.parse(r.stdout));
    expect(s.documents.map((d) => d.source)).toEqual([f1, f2, f3]);
    expect(s.steps).toHaveLength(2);
    expect(s.steps[1]!.counts).toMatchObject({ removed: 1, added: 0 });
    expect(s.trend.columns).toEqual([f1, f2, f3]);
    expect(s.trend.rows.find((x) => x.key === 'provisions')!.values).toEqual([4, 4, 3]);
    expect(s.trend.rows.filter((x) => x.kind === 'family').map((x) => x.key)).toEqual(['participation', 'protection', 'prevention', 'relief-recovery', 'gender-perspective']);
  });
  it('text and --fail-on-weakening over the steps; an unreadable version is skipped with exit 2', async () => {
    const t = await runCli(['compare', '--series', f1, fUp, '--fail-on-weakening']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^WPS trend\n\nAcross 2 versions \(v1 → up\)/);
    expect((await runCli(['compare', '-s', f1, f2, f3, '--fail-on-weakening'])).code).toBe(1);
    const gap = await runCli(['compare', '--series', f1, join(dir, 'missing.txt'), f2, '--format', 'json', '--fail-on-weakening']);
    expect(gap.code).toBe(2);
    expect(ComparisonSeries.parse(JSON.parse(gap.stdout)).steps).toHaveLength(1);
  });
  it('argument rules', () => {
    expect(() => parseCompareArgs(['--series', f1])).toThrow('--series needs at least two files, got 1');
    expect(() => parseCompareArgs(['-', '-'])).toThrow('standard input (-) can be read only once');
    expect(parseCompareArgs([f1, f2, '--gender-only', '--language', 'fr', '-p', 'mandate'])).toMatchObject({ genderOnly: true, language: 'fr', profile: 'mandate', series: false });
  });
});
