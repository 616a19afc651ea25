// The stylesheet for highlights: ::highlight() rules for the Custom Highlight API and the same looks
// for the <mark> fallback. Built from the user's colours; inserted with scripting.insertCSS so the
// page's DOM is untouched. Each finding is in its family's highlight (the chip: fill and text colour)
// and in one decoration highlight `<family>-<style>` above it, whose underline style says how it is
// said (solid task, dashed advice, dotted weak, double on grey = stated as absent). Only one
// highlight draws an underline, because Chromium paints every highlight's decorations.
import { CHANGE_FILL, CHANGE_LINE, CHIP_TEXT, NEGATED_DECORATION, NEGATED_FILL, OVERLINE, UNDERLINE, WEAK_FILL, type ChangeDraw, type DrawStyle } from './palette.ts';
import { CHANGE_LAYER, HIGHLIGHT_PREFIX } from './paint-types.ts';
import type { Settings } from './settings.ts';

/**
 * `page`: chips with their own text colour (web pages). `overlay`: the PDF viewer, whose text layer is
 * transparent over the canvas glyphs — the text stays transparent and the fills are translucent tints,
 * so the glyphs show through and nothing hidden becomes visible; the underline is the same.
 */
export type HighlightMode = 'page' | 'overlay';

/** #rrggbb at an alpha, for the viewer's tints. */
const tint = (hex: string, a: number): string => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')},${a})`;

export function highlightCss(pillars: Settings['pillars'], mode: HighlightMode = 'page'): string {
  const rules: string[] = [];
  const overlay = mode === 'overlay';
  const text = overlay ? 'transparent' : CHIP_TEXT;
  const both = (name: string, body: string, markClasses = name): void => {
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}${name}){${body}}`);
    rules.push(`mark.${HIGHLIGHT_PREFIX}mark${markClasses.split(' ').map((c) => `.${HIGHLIGHT_PREFIX}${c}`).join('')}{${body}}`);
  };
  for (const [family, s] of Object.entries(pillars)) {
    both(family, `background-color:${overlay ? tint(s.line, 0.22) : s.fill};color:${text}`);
    for (const style of Object.keys(UNDERLINE) as DrawStyle[]) {
      const line = style === 'negated' ? NEGATED_DECORATION : s.line;
      const plainFill = style === 'weak' ? WEAK_FILL : style === 'negated' ? NEGATED_FILL : '';
      const fill = !plainFill ? '' : `background-color:${overlay ? tint(style === 'negated' ? NEGATED_DECORATION : '#8c959f', 0.22) : plainFill};`;
      both(`${family}-${style}`, `${fill}color:${text};text-decoration:underline ${style === 'negated' ? 3 : 2}px ${UNDERLINE[style]} ${line};text-underline-offset:2px`, `${family} ${style}`);
    }
  }
  // The Changes view's layer (palette.ts): above the pillar chip, a line over the words.
  for (const style of Object.keys(OVERLINE) as ChangeDraw[]) {
    both(`${CHANGE_LAYER}-${style}`, `background-color:${overlay ? tint(CHANGE_LINE, 0.25) : CHANGE_FILL};color:${text};text-decoration:overline 3px ${OVERLINE[style]} ${CHANGE_LINE}`);
  }
  both(`${CHANGE_LAYER}-flash`, overlay ? 'background-color:rgba(255,196,0,.55);color:transparent' : 'background-color:#ffd33d;color:#000');
  both('flash', overlay ? 'background-color:rgba(255,196,0,.55);color:transparent' : 'background-color:#ffd33d;color:#000');
  rules.push(`mark.${HIGHLIGHT_PREFIX}mark{padding:0;border-radius:0}`);
  return rules.join('\n');
}
