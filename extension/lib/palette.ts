// The extension's colours in one place, light and dark. Highlights on pages and in the PDF viewer
// are light "chips" (pale fill, dark text, underline in the pillar colour) on any page: on a light
// page the underline stands out (≥ 3:1), on a dark page the chip itself does. The underline's style
// is the non-colour cue for how a finding is said. The panel and options draw pillar colours as
// lines on their own background, so they have a dark-mode set of lines too. Checked by test/extension/palette.test.ts.
import { FAMILIES, NEGATED_LINE, pillarStyle, type Family } from '../../core/lexicon/pillars.ts';
import type { StringKey } from './i18n.ts';

/** Backgrounds the colours are checked against: a white page and the darkest page/panel we draw on. */
export const LIGHT_BG = '#ffffff';
export const DARK_BG = '#15171b';
/** Lightest dark page background the chips must still stand out on (a mid-dark grey theme). */
export const DARK_PAGE_BG = '#3a3d42';

/** Text on every chip. */
export const CHIP_TEXT = '#1b1b1b';
/** Weak findings (context, boilerplate, procedural, unverified, limited): a paler chip. */
export const WEAK_FILL = '#f1f3f5';
/** Stated as absent: a grey chip with a double underline, never a red strike-through ("delete this"). */
export const NEGATED_FILL = '#e4e6ea';
export const NEGATED_DECORATION = '#4a4f57';

/**
 * The Changes view's layer on the page: a pale green chip (above the pillar chip) with a line *over* the
 * words, solid for an added provision, double for a strengthened one — the shape is the non-colour cue,
 * and it never collides with the findings' underlines.
 */
export const CHANGE_FILL = '#c3efcf';
export const CHANGE_LINE = '#0e5c26';
export type ChangeDraw = 'added' | 'strengthened';
export const OVERLINE: Record<ChangeDraw, string> = { added: 'solid', strengthened: 'double' };

/** Pillar lines for dark backgrounds (panel, options, viewer chrome). */
const DARK_LINES: Record<Family, string> = {
  participation: '#6cb6ff',
  protection: '#c8a2ff',
  prevention: '#f2a65a',
  'relief-recovery': '#5fcf7a',
  'gender-perspective': '#3cc8d2',
};

export function darkLine(f: Family): string { return DARK_LINES[f]; }

/** How a finding is said, drawn by the underline's style (the non-colour cue) and named in the legend. */
export type DrawStyle = 'plain' | 'advice' | 'weak' | 'negated';
export const DRAW_STYLES: readonly DrawStyle[] = ['plain', 'advice', 'weak', 'negated'];
export const UNDERLINE: Record<DrawStyle, string> = { plain: 'solid', advice: 'dashed', weak: 'dotted', negated: 'double' };
/** Each style's name in the legend (strings.json keys, said in the interface language). */
export const STYLE_LABEL: Record<DrawStyle, StringKey> = { plain: 'stylePlain', advice: 'styleAdvice', weak: 'styleWeak', negated: 'styleNegated' };

/** CSS custom properties for the pillar lines: light by default, dark under prefers-color-scheme. */
export function pillarVars(): string {
  const light = FAMILIES.map((f) => `--p-${f}:${pillarStyle(f).line};--pf-${f}:${pillarStyle(f).fill}`).join(';');
  const dark = FAMILIES.map((f) => `--p-${f}:${DARK_LINES[f]}`).join(';');
  return `:root{${light};--page:${LIGHT_BG}}@media (prefers-color-scheme:dark){:root{${dark};--page:${DARK_BG}}}`;
}

export { NEGATED_LINE };
