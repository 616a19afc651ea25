// A page built at test time from one of the project's own fictional samples (samples/*.txt): numbered
// or upper-case lines become headings, the rest paragraphs, so the page has the document's sections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/corpus.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sampleText(name: string): string {
  return readFileSync(join(repoRoot, 'samples', `${name}.txt`), 'utf8');
}

export function sampleHtml(name: string, title = name): string {
  const body = sampleText(name).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => {
    const heading = p.length < 80 && !p.includes('\n') && (/^\d+\.\s+[A-Z][A-Z ,'’-]+$/.test(p) || /^(ANNEX|APPENDIX)\b/.test(p));
    return heading ? `<h2>${esc(p)}</h2>` : `<p>${esc(p).replace(/\n/g, '<br>')}</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main>${body.join('\n')}</main></body></html>`;
}
