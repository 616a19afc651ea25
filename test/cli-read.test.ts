import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  readDocument, readStdin, expandInputs, listFolder, scanFolder, isNotDocumentName, htmlToText, decodeText, InputError,
} from '../cli/read.ts';
import { joinPdfItems } from '../core/text/extract.ts';
import { makePdf, makeEncryptedPdf, makeDocx } from './cli-fixtures.ts';

let dir: string;
const p = (name: string) => path.join(dir, name);

async function readError(file: string, opts = {}): Promise<string> {
  try {
    await readDocument(file, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error(`expected ${file} to fail`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wps-lens-read-'));
  await writeFile(p('order.txt'), '\uFEFFPara 3. The platoon will\r\nengage women leaders.\r\n');
  await writeFile(p('notes.md'), '# Notes\n\nWomen *must* take part.\n');
  await writeFile(p('page.html'), `<!doctype html><html><head><title>Title is not text</title>
    <style>body { color: red }</style><script>document.write("<p>hidden</p>")</script></head>
    <body><h1>Report &amp; review</h1>
    <p>Women&#8217;s participation   is
       essential&nbsp;&mdash; &lt;not a tag&gt;.</p>
    <noscript>enable JS</noscript><template><p>template text</p></template>
    <ul><li>first item</li><li>second item</li></ul>
    <table><tr><th>Unit</th><td>Female engagement team</td></tr></table>
    <div>line one<br>line two</div></body></html>`);
  await writeFile(p('plan.docx'), await makeDocx(['Gender advisers will attend.', 'Second paragraph & more.']));
  await writeFile(p('bad.docx'), 'PK\x03\x04 this is not a zip archive');
  await writeFile(p('encrypted.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
  await writeFile(p('two-pages.pdf'), makePdf([['The mission will protect civilians.', 'Women (and girls) are consulted.'], ['Annex K text.']]));
  await writeFile(p('scanned.pdf'), makePdf([[]]));
  await writeFile(p('encrypted.pdf'), makeEncryptedPdf());
  await writeFile(p('corrupt.pdf'), makePdf([['Hello']]).subarray(0, 150));
  await writeFile(p('not-a.pdf'), 'just some text pretending');
  await writeFile(p('binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  await writeFile(p('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1: invalid UTF-8
  await writeFile(p('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Gender focal point', 'utf16le')]));
  await writeFile(p('empty.txt'), '');
  await writeFile(p('README'), 'plain text without an extension');
  await writeFile(p('image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  await writeFile(p('old.doc'), 'whatever');
  await writeFile(p('big.txt'), 'x'.repeat(3000));

  await mkdir(p('tree/b/deep'), { recursive: true });
  await mkdir(p('tree/a'), { recursive: true });
  await mkdir(p('tree/.git'), { recursive: true });
  await mkdir(p('tree/node_modules/pkg'), { recursive: true });
  await writeFile(p('tree/z.txt'), 'z');
  await writeFile(p('tree/b/deep/c.md'), 'c');
  await writeFile(p('tree/a/a.html'), '<p>a</p>');
  await writeFile(p('tree/a/image.png'), 'png');
  await writeFile(p('tree/a/~$lock.docx'), 'lock');
  await writeFile(p('tree/.git/HEAD.txt'), 'git');
  await writeFile(p('tree/node_modules/pkg/readme.md'), 'dep');
  await mkdir(p('empty-folder/.hidden'), { recursive: true });
  await writeFile(p('empty-folder/.hidden/x.txt'), 'x');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('text readers', () => {
  it('reads .txt as UTF-8, dropping the BOM and normalising CRLF', async () => {
    const r = await readDocument(p('order.txt'));
    expect(r).toEqual({ source: p('order.txt'), text: 'Para 3. The platoon will\nengage women leaders.\n' });
  });
  it('reads .md as plain text', async () => {
    expect((await readDocument(p('notes.md'))).text).toBe('# Notes\n\nWomen *must* take part.\n');
  });
  it('reads UTF-16 with a BOM', async () => {
    expect((await readDocument(p('utf16.txt'))).text).toBe('Gender focal point');
  });
  it('an empty file is empty text, not an error', async () => {
    expect((await readDocument(p('empty.txt'))).text).toBe('');
  });
  it('refuses binary content in a .txt (NUL bytes) and invalid UTF-8', async () => {
    expect(await readError(p('binary.txt'))).toMatch(/binary file/);
    expect(await readError(p('latin1.txt'))).toMatch(/not valid UTF-8/);
  });
  it('reads unknown extensions as text only when they are UTF-8 text', async () => {
    expect((await readDocument(p('README'))).text).toBe('plain text without an extension');
    expect(await readError(p('image.bin'))).toMatch(/unsupported file type '\.bin'/);
    expect(await readError(p('old.doc'))).toMatch(/save the document as \.docx/);
  });
  it('reports a missing file and a folder given as a file', async () => {
    expect(await readError(p('nope.txt'))).toBe('no such file or folder');
    expect(await readError(p('tree'))).toBe('is a folder');
  });
  it('refuses files over the size limit and says what the limit is', async () => {
    const msg = await readError(p('big.txt'), { maxBytes: 1024 });
    expect(msg).toMatch(/too large/);
    expect(msg).toMatch(/1 KB/);
    expect((await readDocument(p('big.txt'))).text.length).toBe(3000); // default limit 200 MB
  });
  it('decodeText keeps text exactly otherwise', () => {
    expect(decodeText(new TextEncoder().encode('a\u00e9\u2014b'))).toBe('a\u00e9\u2014b');
  });
});

describe('HTML reader', () => {
  it('takes the body text: blocks on their own lines, script/style/noscript/template skipped, entities decoded', async () => {
    const { text } = await readDocument(p('page.html'));
    expect(text).toBe([
      'Report & review',
      '',
      'Women\u2019s participation is essential \u2014 <not a tag>.',
      '',
      'first item',
      'second item',
      '',
      'Unit\tFemale engagement team',
      '',
      'line one',
      'line two',
    ].join('\n'));
    for (const hidden of ['Title is not text', 'color: red', 'hidden', 'enable JS', 'template text']) expect(text).not.toContain(hidden);
  });
  it('handles fragments without <body> and keeps <pre> whitespace', () => {
    expect(htmlToText('<p>one</p>\n<p>two   words</p><pre>a  b\n  c</pre>')).toBe('one\n\ntwo words\n\na  b\n  c');
  });
  it('decodes a declared legacy charset', async () => {
    const f = p('legacy.html');
    await writeFile(f, Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9, 0x93, 0x94]), Buffer.from('</p>')]));
    expect((await readDocument(f)).text).toBe('caf\u00e9\u201c\u201d');
  });
});

describe('DOCX reader', () => {
  it('extracts paragraphs with mammoth', async () => {
    expect((await readDocument(p('plan.docx'))).text).toBe('Gender advisers will attend.\n\nSecond paragraph & more.');
  });
  it('reports a corrupt .docx and a password-protected one', async () => {
    expect(await readError(p('bad.docx'))).toMatch(/not a valid \.docx file/);
    expect(await readError(p('encrypted.docx'))).toMatch(/password-protected/);
  });
});

describe('PDF reader', () => {
  it('joins text items line by line and pages with a blank line', async () => {
    expect((await readDocument(p('two-pages.pdf'))).text).toBe(
      'The mission will protect civilians.\nWomen (and girls) are consulted.\n\nAnnex K text.');
  });
  it('a PDF without a text layer is an error', async () => {
    expect(await readError(p('scanned.pdf'))).toMatch(/^no text layer \(scanned PDF\?\)/);
  });
  it('an encrypted PDF is an error', async () => {
    expect(await readError(p('encrypted.pdf'))).toMatch(/^encrypted PDF/);
  });
  it('corrupt PDFs are errors', async () => {
    expect(await readError(p('corrupt.pdf'))).toMatch(/corrupt PDF/);
    expect(await readError(p('not-a.pdf'))).toMatch(/not a valid PDF/);
  });
  it('joinPdfItems breaks on hasEOL and on a change of baseline', () => {
    const t = (str: string, y: number, hasEOL = false) => ({ str, hasEOL, transform: [1, 0, 0, 1, 72, y] });
    expect(joinPdfItems([t('Hello ', 700), t('world', 700), t('', 700, true), t('Next', 680), t('Same line? no', 660), { type: 'beginMarkedContent' } as never]))
      .toBe('Hello world\nNext\nSame line? no');
  });
});

describe('stdin', () => {
  it('reads UTF-8 from a stream as source "-"', async () => {
    expect(await readStdin(Readable.from([Buffer.from('Women, '), Buffer.from('peace and security')]))).toEqual({ source: '-', text: 'Women, peace and security' });
  });
  it('applies the size limit', async () => {
    await expect(readStdin(Readable.from([Buffer.alloc(2048, 0x61)]), { maxBytes: 1024 })).rejects.toThrow(/too large/);
  });
});

describe('folders', () => {
  it('lists supported files recursively, sorted, skipping dot-folders, node_modules and lock files', async () => {
    const files = await listFolder(p('tree'));
    expect(files.map((f) => path.relative(p('tree'), f).split(path.sep).join('/'))).toEqual(['a/a.html', 'b/deep/c.md', 'z.txt']);
  });
  it('sets aside README/LICENSE-like files and what --exclude names, each list sorted', async () => {
    await mkdir(p('kit/old'), { recursive: true });
    for (const f of ['b.txt', 'a.md', 'README.md', 'LICENSE', 'kit-notes.txt', 'old/x.txt', 'old/readme.txt']) await writeFile(p(`kit/${f}`), 'women');
    const rel = (list: string[]) => list.map((f) => path.relative(p('kit'), f).split(path.sep).join('/'));
    const all = await scanFolder(p('kit'));
    // LICENSE has no extension: not a supported file, so never listed at all.
    expect({ files: rel(all.files), notDocuments: rel(all.notDocuments), excluded: all.excluded }).toEqual({
      files: ['a.md', 'b.txt', 'kit-notes.txt', 'old/x.txt'], notDocuments: ['README.md', 'old/readme.txt'], excluded: [],
    });
    const seen: string[] = [];
    const some = await scanFolder(p('kit'), { exclude: (r) => { seen.push(r); return r === 'old' || r.endsWith('.md'); } });
    expect(rel(some.files)).toEqual(['b.txt', 'kit-notes.txt']);
    // The folder is left out whole (listed with a trailing separator).
    expect(some.excluded.map((f) => path.relative(p('kit'), f) + (f.endsWith(path.sep) ? '/' : ''))).toEqual(['README.md', 'a.md', 'old/']);
    expect(seen).not.toContain('old/x.txt'); // nothing inside an excluded folder is looked at
    expect(await listFolder(p('kit'))).toEqual(all.files);
  });

  it.each([
    ['README.md', true], ['readme', true], ['ReadMe.txt', true], ['README-fr.html', true], ['readme.en.md', true],
    ['LICENSE', true], ['licence.txt', true], ['COPYING', true], ['CHANGELOG.md', true], ['contributing.md', true],
    ['code_of_conduct.md', true], ['CODE-OF-CONDUCT.md', true], ['authors.txt', true], ['README_en-GB.md', true],
    ['LICENSE-MIT', true], ['licence.apache-2.0.txt', true],
    // Names a document may take stay documents.
    ['readmefirst.txt', false], ['my-readme.md', false], ['readme-first-draft.txt', false], ['readme-2020.md', false],
    ['report.md', false], ['changes-to-the-order.txt', false], ['history.txt', false], ['security-council.txt', false],
    ['notice.txt', false], ['support-plan.md', false], ['todo.txt', false], ['notes.txt', false],
  ])('isNotDocumentName(%s) → %s', (name, want) => {
    expect(isNotDocumentName(name)).toBe(want);
  });

  it('expands arguments: folders, files, stdin, duplicates dropped, errors kept in place', async () => {
    const inputs = await expandInputs([p('order.txt'), p('tree'), '-', p('missing.txt'), p('order.txt'), p('empty-folder')]);
    expect(inputs.map((i) => [path.basename(i.source), i.error ?? null])).toEqual([
      ['order.txt', null], ['a.html', null], ['c.md', null], ['z.txt', null], ['-', null],
      ['missing.txt', 'no such file or folder'],
      ['empty-folder', expect.stringMatching(/folder has no supported files/)],
    ]);
  });
});
