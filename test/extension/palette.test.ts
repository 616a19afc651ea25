// The extension's colours, light and dark: every highlight stands out ≥ 3:1 from the page it is drawn
// on (WCAG 1.4.11) — on a light page by its underline, on a dark page by its chip —, the text on a
// chip keeps ≥ 4.5:1 (1.4.3), the panel's pillar lines ≥ 3:1 on the panel in both schemes, and every
// style has a non-colour cue (an underline style of its own) and a legend label.
import { describe, expect, it } from 'vitest';
import { contrastRatio, FAMILIES, pillarStyle } from '../../core/lexicon/pillars.ts';
import { highlightCss } from '../../extension/lib/highlight-css.ts';
import { CHIP_TEXT, DARK_BG, DARK_PAGE_BG, darkLine, DRAW_STYLES, LIGHT_BG, NEGATED_DECORATION, NEGATED_FILL, pillarVars, STYLE_LABEL, UNDERLINE, WEAK_FILL } from '../../extension/lib/palette.ts';
import { trIn } from '../../extension/lib/i18n.ts';
import { defaultSettings } from '../../extension/lib/settings.ts';

const fills = (f: (typeof FAMILIES)[number]) => [pillarStyle(f).fill, WEAK_FILL, NEGATED_FILL];

describe('highlight palette', () => {
  it.each(FAMILIES)('%s: underline ≥ 3:1 on a white page and on each chip; chip text ≥ 4.5:1', (f) => {
    const { line, fill } = pillarStyle(f);
    expect(contrastRatio(line, LIGHT_BG)).toBeGreaterThanOrEqual(3);
    for (const chip of [fill, WEAK_FILL]) expect(contrastRatio(line, chip)).toBeGreaterThanOrEqual(3);
    for (const chip of fills(f)) expect(contrastRatio(CHIP_TEXT, chip)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(FAMILIES)('%s: every chip ≥ 3:1 against dark pages (darkest and a mid-dark grey)', (f) => {
    for (const bg of [DARK_BG, DARK_PAGE_BG]) for (const chip of fills(f)) expect(contrastRatio(chip, bg)).toBeGreaterThanOrEqual(3);
  });

  it('stated-as-absent: its double underline ≥ 3:1 on its grey chip and on white; not red', () => {
    expect(contrastRatio(NEGATED_DECORATION, NEGATED_FILL)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(NEGATED_DECORATION, LIGHT_BG)).toBeGreaterThanOrEqual(3);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(NEGATED_DECORATION.slice(i, i + 2), 16)) as [number, number, number];
    expect(r - Math.min(g, b)).toBeLessThan(30); // a grey, not a "delete" red
  });

  it('each style has its own underline style and a legend label', () => {
    expect(new Set(DRAW_STYLES.map((s) => UNDERLINE[s])).size).toBe(DRAW_STYLES.length);
    for (const lang of ['en', 'fr'] as const) expect(new Set(DRAW_STYLES.map((s) => trIn(lang, STYLE_LABEL[s]))).size).toBe(DRAW_STYLES.length);
  });

  it('the stylesheet draws the underline styles, no strike-through, one underline per finding', () => {
    const css = highlightCss(defaultSettings().pillars);
    expect(css).not.toMatch(/line-through/);
    for (const f of FAMILIES) {
      const chip = new RegExp(`::highlight\\(wps-lens-${f}\\)\\{([^}]*)\\}`).exec(css)![1]!;
      expect(chip).not.toMatch(/text-decoration/); // the decoration highlight alone draws the line
      for (const s of DRAW_STYLES) {
        const rule = new RegExp(`::highlight\\(wps-lens-${f}-${s}\\)\\{([^}]*)\\}`).exec(css)![1]!;
        expect(rule).toContain(`underline ${s === 'negated' ? 3 : 2}px ${UNDERLINE[s]} ${s === 'negated' ? NEGATED_DECORATION : pillarStyle(f).line}`);
      }
    }
  });
});

describe('panel pillar lines', () => {
  it.each(FAMILIES)('%s: ≥ 3:1 on the light panel and, in dark mode, on the dark panel', (f) => {
    expect(contrastRatio(pillarStyle(f).line, LIGHT_BG)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(darkLine(f), DARK_BG)).toBeGreaterThanOrEqual(3);
    expect(pillarVars()).toContain(`--p-${f}:${darkLine(f)}`);
  });
});
