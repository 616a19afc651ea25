// The stylesheet for highlights: ::highlight() rules for the Custom Highlight API and the same looks
// for the <mark> fallback. Built from the user's colours; inserted with scripting.insertCSS so the
// page's DOM is untouched.
import { NEGATED_LINE } from '../../core/pillars.ts';
import { HIGHLIGHT_PREFIX } from './paint-types.ts';
import type { Settings } from './settings.ts';

export function highlightCss(pillars: Settings['pillars']): string {
  const rules: string[] = [];
  const both = (name: string, body: string): void => {
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}${name}){${body}}`);
    rules.push(`mark.${HIGHLIGHT_PREFIX}mark.${HIGHLIGHT_PREFIX}${name}{${body}}`);
  };
  for (const [family, s] of Object.entries(pillars)) {
    both(family, `background-color:${s.fill};color:#1f2328;text-decoration:underline 2px solid ${s.line};text-underline-offset:2px`);
  }
  // Weak: lighter fill, dotted line. Negated: struck through in a colour of its own.
  both('weak', 'background-color:rgba(255,255,255,.55);text-decoration:underline 2px dotted #57606a');
  both('negated', `text-decoration:line-through 2px solid ${NEGATED_LINE}`);
  both('flash', 'background-color:#ffd33d;color:#000');
  rules.push(`mark.${HIGHLIGHT_PREFIX}mark{padding:0;border-radius:0}`);
  return rules.join('\n');
}
