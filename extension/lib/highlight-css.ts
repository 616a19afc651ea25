// The stylesheet for highlights: ::highlight() rules for the Custom Highlight API and the same looks
// for the <mark> fallback. Built from the user's colours; inserted with scripting.insertCSS so the
// page's DOM is untouched. Each finding is in its family's highlight (the chip: fill and text colour)
// and in one decoration highlight `<family>-<style>` above it, whose underline style says how it is
// said (solid task, dashed advice, dotted weak, double on grey = stated as absent). Only one
// highlight draws an underline, because Chromium paints every highlight's decorations.
import { CHIP_TEXT, NEGATED_DECORATION, NEGATED_FILL, UNDERLINE, WEAK_FILL, type DrawStyle } from './palette.ts';
import { HIGHLIGHT_PREFIX } from './paint-types.ts';
import type { Settings } from './settings.ts';

export function highlightCss(pillars: Settings['pillars']): string {
  const rules: string[] = [];
  const both = (name: string, body: string, markClasses = name): void => {
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}${name}){${body}}`);
    rules.push(`mark.${HIGHLIGHT_PREFIX}mark${markClasses.split(' ').map((c) => `.${HIGHLIGHT_PREFIX}${c}`).join('')}{${body}}`);
  };
  for (const [family, s] of Object.entries(pillars)) {
    both(family, `background-color:${s.fill};color:${CHIP_TEXT}`);
    for (const style of Object.keys(UNDERLINE) as DrawStyle[]) {
      const line = style === 'negated' ? NEGATED_DECORATION : s.line;
      const fill = style === 'weak' ? `background-color:${WEAK_FILL};` : style === 'negated' ? `background-color:${NEGATED_FILL};` : '';
      both(`${family}-${style}`, `${fill}color:${CHIP_TEXT};text-decoration:underline ${style === 'negated' ? 3 : 2}px ${UNDERLINE[style]} ${line};text-underline-offset:2px`, `${family} ${style}`);
    }
  }
  both('flash', 'background-color:#ffd33d;color:#000');
  rules.push(`mark.${HIGHLIGHT_PREFIX}mark{padding:0;border-radius:0}`);
  return rules.join('\n');
}
