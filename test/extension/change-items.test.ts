// What the page paints for a comparison (extension/lib/change-items.ts): one item per WPS word of each
// added or strengthened provision, at block offsets whose text is exactly those words; nothing for
// removed, weakened or kept ones; and the Changes layer's colours keep their contrast.
import { describe, expect, it } from 'vitest';
import { compare } from '../../core/index.ts';
import { contrastRatio } from '../../core/lexicon/pillars.ts';
import type { TextBlock } from '../../core/schema.ts';
import { changeItems, changeStyle, revealKey } from '../../extension/lib/change-items.ts';
import { highlightCss } from '../../extension/lib/highlight-css.ts';
import { CHANGE_FILL, CHANGE_LINE, CHIP_TEXT, DARK_BG, DARK_PAGE_BG, LIGHT_BG, OVERLINE } from '../../extension/lib/palette.ts';
import { defaultSettings } from '../../extension/lib/settings.ts';

const blocks = (texts: string[]): TextBlock[] => texts.map((text, i) => ({ id: `b${i}`, text }));
const OLD = blocks([
  'Sector mandate',
  '1. Encourages the mission to consult women’s organizations before each district meeting.',
  '2. Requests the mission to report on conflict-related sexual violence every six months.',
  '3. Requests the mission to repair the bridge before the rainy season.',
]);
const NEW = blocks([
  'Sector mandate',
  '1. Requests the mission to consult women’s organizations before each district meeting.',
  '3. Requests the mission to repair the bridge before the rainy season.',
  '4. Decides that every patrol base shall include a gender focal point.',
]);

describe('Changes layer items', () => {
  const cmp = compare(OLD, NEW);
  const items = changeItems(cmp);
  const text = new Map(NEW.map((b) => [b.id, b.text]));

  it('paints the words of added and strengthened provisions at their exact block offsets, nothing else', () => {
    expect(cmp.counts).toMatchObject({ added: 1, removed: 1, strengthened: 1 });
    const painted = cmp.changes.filter((c) => changeStyle(c));
    expect(painted.map((c) => c.status).sort()).toEqual(['added', 'strengthened']);
    const words = painted.flatMap((c) => c.new!.words.map((w) => ({ ...w, style: changeStyle(c) })));
    expect(items.map((i) => ({ block: i.block, start: i.start, end: i.end, style: i.style })))
      .toEqual(words.map((w) => ({ block: w.block, start: w.start, end: w.end, style: w.style })));
    for (const i of items) expect(text.get(i.block)!.slice(i.start, i.end)).toBe(words.find((w) => w.start === i.start && w.block === i.block)!.text);
    expect(items.find((i) => i.style === 'added')!.block).toBe('b3');
    expect(items.find((i) => i.style === 'strengthened')!.block).toBe('b1');
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('reveals a change at its first painted word; removed and kept changes have nothing to reveal', () => {
    for (const c of cmp.changes) {
      const k = revealKey(c);
      if (changeStyle(c)) expect(k).toBe(items.find((i) => i.key.startsWith(`change:${c.id}:`))!.key);
      else expect(k).toBeUndefined();
    }
  });

  it('a text compared with itself paints nothing', () => {
    expect(changeItems(compare(NEW, NEW))).toEqual([]);
  });

  it('its colours: line ≥ 3:1 on its chip and on white, text ≥ 4.5:1, chip ≥ 3:1 on dark pages; a line style per status in the page CSS', () => {
    expect(contrastRatio(CHANGE_LINE, CHANGE_FILL)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHANGE_LINE, LIGHT_BG)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHIP_TEXT, CHANGE_FILL)).toBeGreaterThanOrEqual(4.5);
    for (const bg of [DARK_BG, DARK_PAGE_BG]) expect(contrastRatio(CHANGE_FILL, bg)).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(OVERLINE)).size).toBe(Object.keys(OVERLINE).length);
    const css = highlightCss(defaultSettings().pillars);
    for (const [style, line] of Object.entries(OVERLINE)) expect(css).toContain(`::highlight(wps-lens-change-${style}){background-color:${CHANGE_FILL};color:${CHIP_TEXT};text-decoration:overline 3px ${line} ${CHANGE_LINE}}`);
  });
});
