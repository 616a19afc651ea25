// Renders a corpus resolution to an HTML page at test time (no document text is stored in the repo):
// a heading, preambular paragraphs with inline markup, operative paragraphs as a list, a table of
// the last paragraphs, plus hidden elements and scripts whose text must never be read.
import type { CorpusBlock } from '../../support/corpus.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Emphasises the first word and splits the rest at a space into two inline elements. */
function inlineMarkup(text: string): string {
  const m = /^(\S+)(\s+)([\s\S]*)$/.exec(text);
  if (!m) return esc(text);
  const rest = m[3]!;
  const cut = rest.indexOf(' ', Math.floor(rest.length / 2));
  if (cut < 0) return `<em>${esc(m[1]!)}</em>${m[2]}${esc(rest)}`;
  return `<em>${esc(m[1]!)}</em>${m[2]}<span class="a">${esc(rest.slice(0, cut))}</span>\n   <b>${esc(rest.slice(cut))}</b>`;
}

export interface RenderedPage { html: string; /** Texts that were placed in hidden elements. */ hidden: string[] }

export function resolutionHtml(blocks: CorpusBlock[], hiddenText: string): RenderedPage {
  const out: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Resolution test page</title>',
    '<style>.gone{display:none}</style><script>var note = "women peace and security in a script";</script></head><body>'];
  const paras = blocks.filter((b) => b.text.trim());
  const tableStart = Math.max(0, paras.length - 3);
  let inList = false;
  paras.forEach((b, i) => {
    const operative = b.paragraph_type === 'operative';
    if (inList && (!operative || i >= tableStart)) { out.push('</ol>'); inList = false; }
    if (i === tableStart) out.push('<table><tbody>');
    if (i >= tableStart) { out.push(`<tr><td>${i}</td><td>${inlineMarkup(b.text)}</td></tr>`); return; }
    if (b.type === 'title' || b.type === 'heading') out.push(`<h2>${esc(b.text)}</h2>`);
    else if (operative) {
      if (!inList) { out.push('<ol>'); inList = true; }
      out.push(`<li>\n      ${inlineMarkup(b.text)}\n    </li>`);
    } else out.push(`<p>${inlineMarkup(b.text)}</p>`);
    if (i === 2) out.push(`<div class="gone">${esc(hiddenText)}</div><p hidden>${esc(hiddenText)}</p><noscript>${esc(hiddenText)}</noscript>`);
  });
  if (inList) out.push('</ol>');
  if (paras.length > tableStart) out.push('</tbody></table>');
  out.push('</body></html>');
  return { html: out.join('\n'), hidden: [hiddenText] };
}
