// Bad input through the real CLI (in-process, with the real core): every failure is one clear
// line on stderr, the good inputs are still scanned and reported, exit code 2, and --out never
// leaves a partial or temporary file behind. Fixtures are generated here, never checked in.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, writeFile, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './support/cli-run.ts';
import { CliOutput } from '../core/schema.ts';
import { makeDocx, makeEncryptedPdf, makePdf } from './cli-fixtures.ts';

interface Run { code: number; stdout: string; stderr: string }

function run(argv: string[]): Promise<Run> {
  return runCli(argv);
}

let dir: string;
const p = (...name: string[]) => path.join(dir, ...name);
const GOOD = 'The battalion will appoint a gender adviser and ensure the protection of civilians.';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wps-lens-robust-'));
  const docx = await makeDocx([GOOD, 'Second paragraph about logistics.']);
  await writeFile(p('good.txt'), GOOD);
  await writeFile(p('empty.txt'), '');
  await writeFile(p('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]));
  await writeFile(p('fake.pdf'), 'Just text with a pdf extension.');
  await writeFile(p('encrypted.pdf'), makeEncryptedPdf());
  await writeFile(p('image-only.pdf'), makePdf([[], []]));
  await writeFile(p('truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  await writeFile(p('good.docx'), docx);

  // A folder of 1,000 files of mixed kinds: 600 good, 400 broken in four ways.
  await mkdir(p('mixed', 'sub'), { recursive: true });
  const pdf = makePdf([[GOOD]]);
  const writes: Promise<void>[] = [];
  for (let i = 0; i < 1000; i++) {
    const n = String(i).padStart(4, '0');
    const where = i % 2 ? p('mixed', 'sub') : p('mixed');
    switch (i % 10) {
      case 0: case 1: case 2: writes.push(writeFile(path.join(where, `${n}.txt`), `${GOOD} (${n})`)); break;
      case 3: writes.push(writeFile(path.join(where, `${n}.md`), `# Note ${n}\n\n${GOOD}`)); break;
      case 4: writes.push(writeFile(path.join(where, `${n}.html`), `<p>${GOOD}</p><script>x()</script>`)); break;
      case 5: writes.push(writeFile(path.join(where, `${n}.pdf`), pdf)); break;
      case 6: writes.push(writeFile(path.join(where, `${n}.txt`), Buffer.from([0, 1, 2, 3, 0xfe]))); break;
      case 7: writes.push(writeFile(path.join(where, `${n}.pdf`), 'not a pdf at all')); break;
      case 8: writes.push(writeFile(path.join(where, `${n}.docx`), docx.subarray(0, 40))); break;
      case 9: writes.push(writeFile(path.join(where, `${n}.html`), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x00]))); break;
    }
  }
  await Promise.all(writes);

  const concept = (extra: object) => ({ id: 'user-concept', label: 'User concept', pillar: 'participation', genderSpecific: true, terms: { en: ['village council'] }, ...extra });
  await writeFile(p('wrong-fields.json'), JSON.stringify({ concepts: [{ id: 'Bad Id', label: 3, pillar: 'nowhere', terms: 'women' }] }));
  await writeFile(p('duplicate.json'), JSON.stringify({ concepts: [concept({}), concept({})] }));
  await writeFile(p('builtin-dup.json'), JSON.stringify({ concepts: [concept({ id: 'str-gender-adviser' })] }));
  await writeFile(p('long-term.json'), JSON.stringify({ concepts: [concept({ terms: { en: ['x'.repeat(10_000)] } })] }));
  await writeFile(p('redos.json'), JSON.stringify({ concepts: [concept({ patterns: ['(a|ab)*c'] })] }));
  await writeFile(p('redos2.json'), JSON.stringify({ concepts: [concept({ patterns: ['(\\w+\\s?)+$'] })] }));
  await writeFile(p('not-json.json'), '{ "concepts": [ ');
  await writeFile(p('array.json'), '[1, 2, 3]');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function errorLines(stderr: string): string[] {
  return stderr.trimEnd().split('\n').filter((l) => l.startsWith('wps-lens: '));
}

describe('bad files', () => {
  it.each([
    ['binary.txt', /binary file/],
    ['fake.pdf', /not a valid PDF/],
    ['encrypted.pdf', /encrypted PDF/],
    ['image-only.pdf', /no text layer/],
    ['truncated.docx', /not a valid \.docx/],
  ])('%s: one clear line, exit 2, the good file still reported', async (name, message) => {
    const r = await run(['scan', p('good.txt'), p(name), '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toMatch(message);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents.map((d) => path.basename(d.source))).toEqual(['good.txt']);
    expect(out.documents[0]!.findings.length).toBeGreaterThan(0);
    expect(out.errors).toHaveLength(1);
  });

  it('an empty file is scanned (no findings), not an error', async () => {
    const r = await run(['scan', p('empty.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents[0]!.findings).toEqual([]);
  });

  it('a folder of 1,000 mixed files: the 600 good ones scanned, each of the 400 failures one line, exit 2', async () => {
    const r = await run(['scan', p('mixed'), '--format', 'json']);
    expect(r.code).toBe(2);
    const out = CliOutput.parse(JSON.parse(r.stdout));
    expect(out.documents).toHaveLength(600);
    for (const d of out.documents) expect(d.findings.length).toBeGreaterThan(0);
    expect(out.errors).toHaveLength(400);
    // First the folder's summary line, then one line per failure.
    const [summary, ...lines] = errorLines(r.stderr);
    expect(summary).toBe(`wps-lens: ${p('mixed')}: 1000 files to scan`);
    expect(lines).toHaveLength(400);
    for (const l of lines) expect(l).toMatch(/^wps-lens: \S+\.(txt|pdf|docx|html): (binary file|not a valid PDF|not a valid \.docx)/);
    expect(new Set(out.errors.map((e) => e.source)).size).toBe(400);
  }, 120_000);
});

describe('bad lexicons: one clear error, nothing scanned, exit 2', () => {
  it.each([
    ['wrong-fields.json', /wrong-fields\.json: concepts\[0\].*field/],
    ['duplicate.json', /duplicate id/],
    ['builtin-dup.json', /duplicate id, already defined in built-in lexicon.*"override": true/],
    ['long-term.json', /longer than/],
    ['redos.json', /exponential time/],
    ['redos2.json', /exponential time/],
    ['not-json.json', /not valid JSON/],
    ['array.json', /expected a JSON object/],
  ])('%s', async (name, message) => {
    const r = await run(['scan', p('good.txt'), '--lexicon', p(name), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/); // no stack trace
  });
});

describe('--out is atomic', () => {
  it('with failing inputs the report of the good ones is written whole, and no temporary file remains', async () => {
    await mkdir(p('out1'));
    const r = await run(['scan', p('good.txt'), p('binary.txt'), '--format', 'csv', '--out', p('out1', 'report.csv')]);
    expect(r.code).toBe(2);
    expect(await readdir(p('out1'))).toEqual(['report.csv']);
    const csv = await readFile(p('out1', 'report.csv'), 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('good.txt');
  });

  it('when the target cannot be written nothing is left behind, and an old report stays intact', async () => {
    await mkdir(p('out2', 'report.json'), { recursive: true }); // the target is a folder
    const r = await run(['scan', p('good.txt'), '--format', 'json', '--out', p('out2', 'report.json')]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr).at(-1)).toMatch(/cannot write the report/);
    expect(await readdir(p('out2'))).toEqual(['report.json']);

    await mkdir(p('out3'));
    await writeFile(p('out3', 'report.json'), 'previous report');
    const bad = await run(['scan', p('good.txt'), '--lexicon', p('redos.json'), '--out', p('out3', 'report.json')]);
    expect(bad.code).toBe(2);
    expect(await readFile(p('out3', 'report.json'), 'utf8')).toBe('previous report');
    expect(await readdir(p('out3'))).toEqual(['report.json']);
  });
});
