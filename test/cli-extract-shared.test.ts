// core/text/extract.ts serves the CLI (Node, pdf.js legacy build) and the Excel pane (browser builds; here
// the pane's readers with Node's pdf.js): the same file gives the same text in both, and each surface
// words each extraction problem its own way.
import { describe, expect, it } from 'vitest';
import { bytesToText, InputError } from '../cli/read.ts';
import { browserReaders, fileText, FileTextError, type Readers } from '../office-addin/src/excel/files.ts';
import { makeDocx, makeEncryptedPdf, makePdf } from './cli-fixtures.ts';

const paneReaders: Readers = {
  mammoth: browserReaders.mammoth,
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Awaited<ReturnType<Readers['pdfjs']>>,
  domParser: browserReaders.domParser, // not used for .pdf and .docx
};

const cliError = (bytes: Uint8Array, name: string): Promise<string> =>
  bytesToText(bytes, name).then(() => 'no error', (e: unknown) => (e instanceof InputError ? e.message : `not an InputError: ${String(e)}`));
const paneError = (bytes: Uint8Array, name: string): Promise<string> =>
  fileText(name, bytes, paneReaders).then(() => 'no error', (e: unknown) => (e instanceof FileTextError ? e.message : `not a FileTextError: ${String(e)}`));

describe('one extraction for the CLI and the Excel pane', () => {
  it('gives the same text for the same PDF and .docx', async () => {
    const pdf = makePdf([['The mission will protect civilians.', 'Women are consulted.'], ['Annex text.']]);
    const docx = await makeDocx(['Gender advisers will attend.', 'Second paragraph.']);
    expect(await fileText('a.pdf', pdf, paneReaders)).toBe(await bytesToText(pdf, 'a.pdf'));
    expect(await bytesToText(pdf, 'a.pdf')).toBe('The mission will protect civilians.\nWomen are consulted.\n\nAnnex text.');
    expect(await fileText('a.docx', docx, paneReaders)).toBe(await bytesToText(docx, 'a.docx'));
    expect(await bytesToText(docx, 'a.docx')).toBe('Gender advisers will attend.\n\nSecond paragraph.');
  });

  it('words a password, a scan, a corrupt file and a legacy Word file per surface', async () => {
    const encrypted = makeEncryptedPdf();
    const scanned = makePdf([[]]);
    const corrupt = makePdf([['Hello']]).subarray(0, 150);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const badZip = new TextEncoder().encode('PK\x03\x04 this is not a zip archive');

    expect(await cliError(encrypted, 'e.pdf')).toMatch(/^encrypted PDF \(password required\)/);
    expect(await paneError(encrypted, 'e.pdf')).toBe('e.pdf: password-protected PDF');
    expect(await cliError(scanned, 's.pdf')).toMatch(/^no text layer \(scanned PDF\?\)/);
    expect(await paneError(scanned, 's.pdf')).toBe('s.pdf: no text layer (a scanned PDF?)');
    expect(await cliError(corrupt, 'c.pdf')).toMatch(/corrupt PDF/);
    expect(await paneError(corrupt, 'c.pdf')).toMatch(/^c\.pdf: unreadable PDF \(/);
    expect(await cliError(ole, 'o.docx')).toMatch(/^password-protected \(encrypted\) or legacy Word file/);
    expect(await paneError(ole, 'o.docx')).toBe('o.docx: not a .docx file (or a password-protected one)');
    expect(await cliError(badZip, 'b.docx')).toMatch(/^not a valid \.docx file \(corrupt, or not a Word document\): ./);
    expect(await paneError(badZip, 'b.docx')).toMatch(/^b\.docx: unreadable \.docx \(./);
  });
});
