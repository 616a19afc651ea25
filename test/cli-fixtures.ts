// Test-time builders for CLI input files: PDFs written by hand, .docx built with jszip.
import JSZip from 'jszip';
import { Report, PILLAR_IDS, type Finding, type Gap, type PillarId } from '../core/schema.ts';

function pdfString(s: string): string {
  return '(' + s.replace(/[\\()]/g, (c) => '\\' + c) + ')';
}

/** Assemble a PDF from object bodies (object n = bodies[n-1]), computing the xref table. */
function assemblePdf(bodies: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

/** A PDF whose pages each hold the given lines of text (Helvetica, one line per text row). */
export function makePdf(pages: string[][], trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const bodies: string[] = [];
  const n = pages.length;
  // 1 catalog, 2 pages, 3 font, then page/content pairs
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  bodies.push('<< /Type /Catalog /Pages 2 0 R >>');
  bodies.push(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  bodies.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((lines, i) => {
    const ops = lines.map((l, j) => `${j === 0 ? '72 720 Td' : '0 -18 Td'} ${pdfString(l)} Tj`).join('\n');
    const content = lines.length ? `BT\n/F1 12 Tf\n${ops}\nET` : '0 0 1 rg 100 100 200 200 re f';
    bodies.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${5 + i * 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    bodies.push(stream(content));
  });
  bodies.push(...extraObjects);
  return assemblePdf(bodies, trailerExtra);
}

/** A PDF with a Standard security handler whose user password is not empty: readers must ask for a password. */
export function makeEncryptedPdf(): Uint8Array {
  const hex = (b: number) => '<' + b.toString(16).padStart(2, '0').repeat(32) + '>';
  const encryptObjNo = 6; // 1..5 used by a one-page PDF
  return makePdf(
    [['Secret text']],
    `/Encrypt ${encryptObjNo} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `,
    [`<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(0x41)} /U ${hex(0x42)} /P -44 >>`],
  );
}

/** A minimal valid .docx with one paragraph per string. */
export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const zip = new JSZip();
  zip.file('[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '</Types>');
  zip.file('_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>');
  zip.file('word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('') +
    '</w:body></w:document>');
  return zip.generateAsync({ type: 'uint8array' });
}

// ---------------------------------------------------------------- hand-built reports

/** A finding for `needle` in `text` (first occurrence at or after `from`), sentence = the enclosing line. */
export function findingIn(text: string, needle: string, extra: Partial<Finding> = {}, from = 0): Finding {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`'${needle}' not in text`);
  const end = start + needle.length;
  const sStart = text.lastIndexOf('\n', start) + 1;
  const nl = text.indexOf('\n', end);
  const sEnd = nl < 0 ? text.length : nl;
  return {
    concept: 'women-participation', pillar: 'participation', genderSpecific: true,
    start, end, text: text.slice(start, end), sentence: { start: sStart, end: sEnd },
    strength: { verbClass: 'directive', level: 4, mode: 'task' },
    negated: false, scopeLimited: false, boilerplate: false, procedural: false, unverified: false,
    ...extra,
  };
}

export function gap(extra: Partial<Gap> = {}): Gap {
  return {
    rule: 'oporder.main-body-keywords', severity: 'high', kind: 'missing',
    reason: 'The main body does not mention gender.', basis: 'Policy X', suggestion: 'Add a gender task to paragraph 3.',
    level: 'required', ...extra,
  };
}

/** A valid Report (checked with Report.parse) built from findings; coverage is derived from them. */
export function makeReport(source: string, findings: Finding[] = [], extra: Partial<Report> = {}): Report {
  const byPillar = {} as Report['coverage']['byPillar'];
  for (const p of PILLAR_IDS) byPillar[p as PillarId] = { findings: 0, concepts: [], tasks: 0, advice: 0, negated: 0 };
  for (const f of findings) {
    const c = byPillar[f.pillar];
    c.findings++;
    if (!c.concepts.includes(f.concept)) c.concepts.push(f.concept);
    if (f.strength.mode === 'task') c.tasks++;
    if (f.strength.mode === 'advice') c.advice++;
    if (f.negated) c.negated++;
  }
  return Report.parse({
    source, language: 'en', profile: { id: 'oporder', confidence: 0.8, detected: true },
    findings, structure: [], coverage: { byPillar, bySection: {}, score: findings.length ? 50 : 0 },
    gaps: [], figures: [], ...extra,
  });
}
