// The Word pane's review parts without Word or a browser: a card's sentence with the findings' words marked
// (exact slices of the block, whitespace collapsed, long sentences cut around the first finding), where the
// open card goes when its list changes, Office's theme to the pane's light or dark, the interface strings
// (English and French with the same keys), and the interface language setting in the pane (linkedom):
// Office's display language until one is chosen, stored through zod, passed to the core's review.
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, buildReview, type FindingItem } from '../../core/index.ts';
import { APP_KEY, AppSettings, memoryStore, readSettings } from '../../office-addin/src/common/settings.ts';
import { contrast, TEXT_COLOURS, themeFor } from '../../office-addin/src/common/theme.ts';
import { defaultUiLanguage, t } from '../../office-addin/src/word/strings.ts';
import strings from '../../office-addin/src/word/strings.json' with { type: 'json' };
import { keepPlace, positionOf, sentenceParts } from '../../office-addin/src/word/view-model.ts';
import { mountWord } from '../../office-addin/src/word/pane.ts';
import { createWordMock } from './support/word-mock.ts';

const BLOCKS = [
  { id: 'p0', text: '3. EXECUTION' },
  { id: 'p1', text: 'Each  company will deploy\n a  Women Protection Adviser and will report conflict-related sexual violence weekly.' },
];

function items(blocks = BLOCKS): FindingItem[] {
  const report = analyze(blocks, { profile: 'oporder', language: 'en' });
  return buildReview({ report, blocks }).items.filter((i): i is FindingItem => i.type === 'finding');
}

describe('a finding card\'s sentence', () => {
  it('marks exactly the findings\' words of the block, with whitespace collapsed', () => {
    const item = items().find((i) => i.block === 'p1')!;
    expect(item.findings.length).toBeGreaterThanOrEqual(2);
    const parts = sentenceParts(BLOCKS[1]!.text, item);
    const marked = parts.filter((p) => p.family).map((p) => p.text);
    expect(marked).toEqual(item.findings.map((f) => BLOCKS[1]!.text.slice(f.start, f.end).replace(/\s+/g, ' ')));
    expect(parts.map((p) => p.text).join('')).toBe(BLOCKS[1]!.text.replace(/\s+/g, ' ').trim());
  });

  it('cuts a long sentence around its first finding, with an ellipsis, and falls back to the item\'s text without the block', () => {
    const long = `${'The staff will review the logistics annex and the movement tables in detail. '.repeat(1).replace(/\.\s$/, ',')} ${'and the engineers will survey every route, bridge and ford in the sector, '.repeat(8)}and the battalion will deploy a Women Protection Adviser to each company.`;
    const blocks = [{ id: 'p0', text: long }];
    const item = items(blocks)[0]!;
    const parts = sentenceParts(long, item, 200);
    expect(parts[0]!.text).toBe('…');
    expect(parts.filter((p) => p.family).map((p) => p.text)).toContain(item.findings[0]!.text);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(260);
    expect(sentenceParts(undefined, item)).toEqual([{ text: item.text }]);
  });
});

describe('the open card when its list changes', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('keeps the same item, else the one now at its place, else the last; none for an empty list', () => {
    expect(keepPlace(list, 'b', 0)).toBe('b');
    expect(keepPlace(list, 'gone', 1)).toBe('b');
    expect(keepPlace(list, 'gone', 7)).toBe('c');
    expect(keepPlace(list, null, 0)).toBe('a');
    expect(keepPlace([], 'a', 0)).toBeNull();
    expect(positionOf(list, 'c')).toBe(3);
    expect(positionOf(list, 'x')).toBe(0);
  });
});

describe('Office\'s theme', () => {
  it('dark or light from Office, and Office\'s background only where every text colour of the pane reads on it', () => {
    expect(themeFor(undefined)).toBeNull();
    expect(themeFor({ bodyBackgroundColor: '#262626', isDarkTheme: true })).toEqual({ mode: 'dark', background: '#262626' });
    expect(themeFor({ bodyBackgroundColor: '#ffffff' })).toEqual({ mode: 'light', background: '#ffffff' });
    // Office's dark grey: dark, but the pane's muted grey would not reach 4.5:1 on it, so the pane keeps its own.
    expect(themeFor({ bodyBackgroundColor: '#444444' })).toEqual({ mode: 'dark' });
    expect(themeFor({ bodyBackgroundColor: 'not a colour' })).toBeNull();
  });

  it('the pane\'s text colours reach 4.5:1 on its own backgrounds (page and suggestion box)', () => {
    for (const bg of ['#ffffff', '#f5f5f5']) for (const c of TEXT_COLOURS.light) expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const bg of ['#292929', '#1f1f1f']) for (const c of TEXT_COLOURS.dark) expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('interface strings and language', () => {
  it('English and French have the same keys and fill their placeholders', () => {
    expect(Object.keys(strings.fr).sort()).toEqual(Object.keys(strings.en).sort());
    for (const [k, v] of Object.entries(strings.en)) {
      expect((strings.fr as Record<string, string>)[k]!.match(/\{\w+\}/g)?.sort(), k).toEqual(v.match(/\{\w+\}/g)?.sort());
    }
    expect(t('fr', 'gapPosition', { n: 2, total: 9 })).toBe('Lacune 2 sur 9');
    expect(t('en', 'gapPosition', { n: 2, total: 9 })).toBe('Gap 2 of 9');
  });

  it('the setting is zod-checked: a stored value that is not en or fr reads as not chosen', () => {
    expect(readSettings(memoryStore({ [APP_KEY]: { interfaceLanguage: 'de' } })).interfaceLanguage).toBeUndefined();
    expect(readSettings(memoryStore({ [APP_KEY]: { interfaceLanguage: 'fr' } })).interfaceLanguage).toBe('fr');
    expect(() => AppSettings.parse({ profile: 'auto', language: 'auto', pillars: [], lexicons: [], dismissals: [], interfaceLanguage: 'fr' })).not.toThrow();
    expect(defaultUiLanguage(undefined, 'fr-CA')).toBe('fr');
    expect(defaultUiLanguage(undefined, 'en-GB')).toBe('en');
    expect(defaultUiLanguage('en', 'fr-FR')).toBe('en');
  });
});

describe('the interface language in the pane (linkedom + fake Word)', () => {
  const g = globalThis as { document?: unknown };
  afterEach(() => { delete g.document; });
  const ORDER = ['1. SITUATION', 'a. Armed groups are active in the eastern sector.', '2. MISSION', 'The battalion secures the supply routes.', '3. EXECUTION', 'a. Companies will patrol by day and by night.'];

  async function mount(displayLanguage: string, app = memoryStore()) {
    const { document } = parseHTML('<!doctype html><html lang="en"><body><main id="app"></main></body></html>');
    g.document = document;
    const root = document.getElementById('app') as unknown as HTMLElement;
    const w = createWordMock({ paragraphs: ORDER });
    mountWord(root, { run: w.run, supports: w.supports, app, doc: memoryStore(), displayLanguage });
    (root.querySelector('#wps-scan') as HTMLButtonElement).click();
    for (let i = 0; i < 500 && root.querySelector('#wps-results')!.hasAttribute('hidden'); i++) await new Promise((r) => setTimeout(r, 10));
    return { root, document, app, text: (sel: string) => root.querySelector(sel)?.textContent ?? '' };
  }

  it('follows Office\'s display language until one is chosen; the choice is stored and the review is drawn in it', async () => {
    const fr = await mount('fr-FR');
    expect(fr.document.documentElement.getAttribute('lang')).toBe('fr');
    expect(fr.text('#wps-tab-gaps')).toMatch(/^Lacunes \(\d+\)$/);
    expect(fr.text('#wps-headline')).toMatch(/^Femmes, genre ou résolution 1325 : 0 mention dans le corps du texte\.$/);
    // An English order read in French: the reason is French, the wording to insert stays English.
    const card = fr.root.querySelector('#wps-gap-card')!;
    expect(card.querySelector('.wps-gap-reason')!.getAttribute('lang')).toBe('fr');
    expect(card.querySelector('blockquote')!.getAttribute('lang')).toBe('en');

    const pick = fr.root.querySelector('#wps-ui-language')!;
    for (const o of pick.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'en');
    pick.dispatchEvent(new (fr.document.defaultView as unknown as { Event: typeof Event }).Event('change'));
    for (let i = 0; i < 100 && fr.text('#wps-scan') !== 'Scan document'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(readSettings(fr.app).interfaceLanguage).toBe('en');
    expect(fr.text('#wps-tab-gaps')).toMatch(/^Gaps \(\d+\)$/);
    expect(fr.text('#wps-headline')).toMatch(/^Women, gender or UNSCR 1325 named 0 times in the main body\.$/);
    expect(fr.text('#wps-scan')).toBe('Scan document');

    // The next session, Office still in French: the stored English wins.
    const again = await mount('fr-FR', fr.app);
    expect(again.text('#wps-tab-gaps')).toMatch(/^Gaps \(\d+\)$/);
  });
});
