// The Word pane's review parts without Word or a browser: a card's sentence with the findings' words marked
// (exact slices of the block, whitespace collapsed, long sentences cut around the first finding), where the
// open card goes when its list changes, Office's theme to the pane's light or dark, the interface strings
// (English and French with the same keys), and the interface language setting in the pane (linkedom):
// Office's display language until one is chosen, stored through zod, passed to the core's review; and the
// whole pane in that language whatever the document's: summary lines, document type and language, settings,
// rule packs, the brief, the Changes view, the status line — with no English phrase left in a French pane.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, buildReview, compare, countsLine, profileLabel, scoreLine, type FindingItem, type Report } from '../../core/index.ts';
import { builtinLexicon } from '../../office-addin/src/common/lexicon.ts';
import { APP_KEY, AppSettings, memoryStore, readSettings, type Store } from '../../office-addin/src/common/settings.ts';
import commonStrings from '../../office-addin/src/common/strings.json' with { type: 'json' };
import { contrast, TEXT_COLOURS, themeFor } from '../../office-addin/src/common/theme.ts';
import { analyzeParagraphs } from '../../office-addin/src/word/analysis.ts';
import { trackedSources } from '../../office-addin/src/word/changes.ts';
import { readDocument } from '../../office-addin/src/word/read.ts';
import { defaultUiLanguage, t } from '../../office-addin/src/word/strings.ts';
import strings from '../../office-addin/src/word/strings.json' with { type: 'json' };
import { keepPlace, positionOf, sentenceParts } from '../../office-addin/src/word/view-model.ts';
import { mountWord } from '../../office-addin/src/word/pane.ts';
import { FRENCH_ORDER } from './support/orders.ts';
import { repoRoot } from '../support/corpus.ts';
import { CURRENT, ORIGINAL, reviewed } from './support/changes-fixture.ts';
import { createWordMock, type WordMockOptions } from './support/word-mock.ts';

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
  it('English and French have the same keys and fill their placeholders (the Word pane\'s and the shared ones)', () => {
    for (const table of [strings, commonStrings]) {
      expect(Object.keys(table.fr).sort()).toEqual(Object.keys(table.en).sort());
      for (const [k, v] of Object.entries(table.en)) {
        expect((table.fr as Record<string, string>)[k]!.match(/\{\w+\}/g)?.sort(), k).toEqual(v.match(/\{\w+\}/g)?.sort());
      }
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

describe('the whole Word pane in the interface language, whatever the document\'s (linkedom + fake Word)', () => {
  const g = globalThis as { document?: unknown };
  afterEach(() => { delete g.document; });
  const SAMPLE = readFileSync(join(repoRoot, 'samples/oporder-sector-west.txt'), 'utf8').split('\n');

  async function until(check: () => boolean): Promise<void> {
    for (const end = Date.now() + 15_000; Date.now() < end && !check();) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  }

  /** Mounts the pane on the fake document, scans it, and returns helpers and the report the pane made (made again here, as it does). */
  async function scanned(word: WordMockOptions, displayLanguage: string, app: Store = memoryStore()) {
    const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
    g.document = document;
    const root = document.getElementById('app') as unknown as HTMLElement;
    const w = createWordMock(word);
    mountWord(root, { run: w.run, supports: w.supports, app, doc: memoryStore(), displayLanguage });
    const text = (sel: string) => root.querySelector(sel)?.textContent ?? '';
    (root.querySelector('#wps-scan') as HTMLButtonElement).click();
    await until(() => root.querySelector('#wps-headline') !== null && /\d/.test(text('#wps-status')));
    const read = await readDocument(w.run, w.supports, 'document');
    const report: Report = analyzeParagraphs(read.blocks, { profile: 'auto', language: 'auto', lexicon: builtinLexicon(), dismissals: [] });
    const click = (sel: string) => (root.querySelector(sel) as HTMLButtonElement).click();
    const options = (sel: string) => [...root.querySelectorAll(`${sel} option`)].map((o) => o.textContent);
    /** Every word a person reads or hears: the text, and the accessible names and descriptions set as attributes. */
    const everything = () => [root.textContent ?? '', ...[...root.querySelectorAll('[aria-label], [title]')].flatMap((e) => [e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''])].join('\n');
    return { root, document, w, report, blocks: read.blocks, text, click, options, everything };
  }

  /** Opens the Brief (details) as a click on its summary would. */
  function openBrief(p: { root: HTMLElement; document: unknown }): void {
    const details = p.root.querySelector('#wps-brief') as HTMLDetailsElement;
    details.setAttribute('open', '');
    details.open = true; // linkedom has no HTMLDetailsElement: the property the view reads is set as a browser would
    details.dispatchEvent(new ((p.document as Document).defaultView as unknown as { Event: typeof Event }).Event('toggle'));
  }

  // Phrases the Word pane used to show in English whatever the interface language (words both languages share,
  // "Actions", "mentions", and the language list's "English", written in itself, are not among them).
  const ENGLISH = [
    'Detect automatically', 'Detected:', 'Checked as:', 'Change it if it is wrong', 'Nothing to clear', 'Clearing highlights', 'Highlights cleared',
    'Document type', 'Set by your organisation', 'Pillars shown', 'Custom lexicon', 'same format as the CLI', 'Remove', 'Dismissed everywhere',
    'In this document', 'Restore', 'any case', 'Lexicon', 'Language', 'Score ', 'findings', 'sentences', 'tasks', 'stated as absent',
    'Gender-specific', 'main body', 'times in', 'Operation order', 'French', 'undetermined', 'Rule packs', 'Built-in packs', 'No pack in use',
    'Packs in use', 'Import a rule pack', 'Read in this pane', 'Brief', 'Copy brief', 'Five minutes', 'Why', 'How', 'Changes', 'Tracked changes',
    'Compare tracked changes', 'Another version', 'Earlier version', 'Compared with this document', 'What an edit does', 'WPS provisions',
    'Scan document', 'Settings', 'Interface language', 'Gap ', 'Previous', 'Next', 'Summary', 'Coverage', 'Highlight all', 'Clear highlights',
    'Comment on gaps', 'Suggested wording', 'Basis', 'marked with', 'restored',
  ].map((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));

  it('French interface, English order: summary lines, type and language, settings, packs, brief and the status after clearing are French; no English phrase is left', async () => {
    const p = await scanned({ paragraphs: SAMPLE }, 'fr-FR');
    const { report } = p;
    expect(report.language).toBe('en');
    // The summary in the reader's language: the score line as the core says it in French (not in the document's English), then counts and type · language.
    expect(p.text('#wps-score')).toBe(scoreLine(report, 'fr'));
    expect(scoreLine(report, 'fr')).not.toBe(scoreLine(report));
    expect(p.text('#wps-score')).toMatch(/^Note \d+\/100 — /);
    expect(p.text('#wps-counts')).toBe(`${countsLine(buildReview({ report, blocks: p.blocks }, { language: 'fr' }))}.`);
    expect(p.text('#wps-counts')).toMatch(/^\d+ constats dans \d+ phrases : /);
    expect(p.text('#wps-split')).toMatch(/^Constats propres au genre : /);
    expect(p.text('#wps-type-line')).toBe(`${profileLabel(report.profile.id, 'fr')} · anglais`);
    expect(p.text('#wps-status')).toMatch(/^\d+ paragraphes analysés : /);
    // Document type and language, below the review.
    expect(p.text('#wps-profile-note')).toMatch(/^Type détecté : Ordre d'opération, confiance \d+ %\. Changez-le s’il ne convient pas\.$/);
    expect(p.options('#wps-profile')[0]).toBe('Détecter automatiquement (Ordre d\'opération)');
    expect(p.text('#wps-language-note')).toBe('Langue détectée : anglais. Changez-la si elle ne convient pas.');
    expect(p.options('#wps-language')).toEqual(['Détecter automatiquement (anglais)', 'anglais', 'français']);
    // Settings.
    expect(p.text('label[for="wps-ui-language"]')).toBe('Langue de l’interface');
    expect(p.options('#wps-ui-language')).toEqual(['Automatique (langue d’Office)', 'English', 'Français']);
    expect(p.text('label[for="wps-default-profile"]')).toBe('Type de document');
    expect(p.options('#wps-default-profile')[0]).toBe('Détecter automatiquement');
    expect(p.text('label[for="wps-default-language"]')).toBe('Langue des documents');
    expect(p.options('#wps-default-language')).toEqual(['Détecter automatiquement', 'anglais', 'français']);
    expect(p.text('.wps-settings legend')).toBe('Piliers affichés');
    expect(p.text('label[for="wps-lexicon-file"]')).toBe('Lexique personnalisé (JSON, même format que la ligne de commande)');
    expect(p.text('#wps-packs-h')).toBe('Packs de règles');
    expect(p.text('#wps-pack-list')).toBe('Aucun pack utilisé : seulement les règles intégrées de l’ONU.');
    expect(p.text('.wps-settings')).toContain('Ignorés partout : 0. Dans ce document : 0.');
    expect(p.text('.wps-settings')).toContain('Rétablir ce qui est ignoré partout');
    // Marking the document: nothing to clear yet, then highlight and clear, each said in French.
    p.click('#wps-clear');
    expect(p.text('#wps-status')).toBe('Rien à effacer.');
    p.click('#wps-highlight');
    await until(() => /surlignés/.test(p.text('#wps-status')));
    expect(p.text('#wps-status')).toMatch(/^\d+ constats surlignés d’une couleur par pilier\.$/);
    p.click('#wps-clear');
    await until(() => /^Surlignages effacés/.test(p.text('#wps-status')));
    expect(p.text('#wps-status')).toMatch(/^Surlignages effacés : \d+ passages rétablis\.$/);
    // The brief's frame: French headings and button; the points stay in the document's language.
    openBrief(p);
    await until(() => p.root.querySelector('#wps-brief-copy') !== null);
    expect([...p.root.querySelectorAll('#wps-brief h2, #wps-brief h3')].map((x) => x.textContent)).toEqual(['Argumentaire', 'Pourquoi', 'Comment']);
    expect(p.text('#wps-brief-copy')).toBe('Copier (Markdown)');
    expect(p.root.querySelector('#wps-brief .wps-brief-list')?.getAttribute('lang')).toBe('en');
    // The Changes tab's frame.
    p.click('#wps-tab-changes');
    expect(p.text('#wps-changes-tracked')).toBe('Comparer les modifications suivies');
    // Nothing the pane says is left in English (the wording to insert and the document's own sentences are not the pane's: hidden here).
    for (const own of p.root.querySelectorAll('.wps-quote, .wps-sentence, .wps-brief-list, blockquote')) own.remove();
    const all = p.everything();
    expect(ENGLISH.filter((re) => re.test(all)).map(String)).toEqual([]);
  });

  it('English interface (stored) in a French Office, French order: the summary and the chrome are English, none of the French words', async () => {
    const app = memoryStore({ [APP_KEY]: { interfaceLanguage: 'en' } });
    const p = await scanned({ paragraphs: FRENCH_ORDER }, 'fr-FR', app);
    const { report } = p;
    expect(report.language).toBe('fr');
    expect(p.document.documentElement.getAttribute('lang')).toBe('en');
    // Today's inconsistency fixed: the score line no longer follows the document's French while the counts are English.
    expect(p.text('#wps-score')).toBe(scoreLine(report, 'en'));
    expect(scoreLine(report, 'en')).not.toBe(scoreLine(report));
    expect(p.text('#wps-score')).toMatch(/^Score \d+\/100 — /);
    expect(p.text('#wps-counts')).toMatch(/^\d+ findings? in \d+ sentences?: /);
    expect(p.text('#wps-type-line')).toBe(`${profileLabel(report.profile.id, 'en')} · French`);
    expect(p.text('#wps-language-note')).toBe('Detected: French. Change it if it is wrong.');
    expect(p.text('label[for="wps-default-profile"]')).toBe('Document type');
    expect(p.options('#wps-ui-language')).toEqual(['Automatic (Office’s language)', 'English', 'Français']);
    p.click('#wps-clear');
    expect(p.text('#wps-status')).toBe('Nothing to clear.');
    // The wording to insert stays French (the document's), with an English reading beside it.
    expect(p.root.querySelector('#wps-gap-card blockquote')!.getAttribute('lang')).toBe('fr');
    // No French word of the pane's own: the chrome around the document's text.
    for (const own of p.root.querySelectorAll('.wps-quote, .wps-sentence, blockquote, .wps-brief-list')) own.remove();
    const all = p.everything().replace(/Français/g, ''); // the language list names French in French
    // The French test's list of English phrases does find them in an English pane (so that test can fail).
    expect(ENGLISH.filter((re) => re.test(all)).length).toBeGreaterThan(25);
    const french = ['Paramètres', 'Détecter', 'Langue', 'Type de document', 'Piliers', 'Lexique', 'Rétablir', 'Ignorés', 'Note ', 'constat', 'lacune',
      'anglais', 'français', 'Ordre d', 'Packs de règles', 'Fixé par', 'Effacer', 'Analyser', 'Rien à', 'Résumé', 'Formulation', 'Précédent', 'Suivant'];
    expect(french.filter((w) => all.includes(w))).toEqual([]);
  });

  it('the Changes view speaks the interface language, and says the comparison again when it changes', async () => {
    const p = await scanned({ paragraphs: CURRENT, apiVersion: '1.4', reviewed: { original: reviewed(ORIGINAL), current: reviewed(CURRENT) } }, 'fr-FR');
    p.click('#wps-tab-changes');
    p.click('#wps-changes-tracked');
    await until(() => p.root.querySelector('#wps-changes-headline') !== null);
    expect(p.text('#wps-changes-headline')).toBe('Vos modifications suivies supprimeraient 2 dispositions FPS, en affaibliraient 1 et en ajouteraient 1.');
    expect(p.text('#wps-changes-status')).toMatch(/^Texte comparé avant et après les modifications suivies : \d+ changements dans les dispositions FPS\.$/);
    const fr = compare(ORIGINAL.join('\n\n'), CURRENT.join('\n\n'), { ...trackedSources('fr'), summaryLanguage: 'fr' });
    expect(p.text('#wps-changes-summary')).toBe(fr.summary);
    expect(p.text('#wps-changes-counts th[scope="row"]')).toBe('Supprimées');
    expect(p.text('#wps-changes-list .wps-change-status')).toMatch(/^(Supprimée|Affaiblie|Ajoutée|Renforcée)$/);
    expect(p.text('#wps-changes-list .wps-change-old')).toMatch(/^(«\u00A0.+\u00A0»|—)$/);

    // English chosen in Settings: the view is drawn again, the comparison said in English.
    const pick = p.root.querySelector('#wps-ui-language')!;
    for (const o of pick.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'en');
    pick.dispatchEvent(new ((p.document as unknown as Document).defaultView as unknown as { Event: typeof Event }).Event('change'));
    await until(() => p.text('#wps-changes-headline').startsWith('Your'));
    expect(p.text('#wps-changes-headline')).toBe('Your tracked changes would remove 2 WPS provisions, weaken 1 and add 1.');
    expect(p.text('#wps-changes-summary')).toBe(compare(ORIGINAL.join('\n\n'), CURRENT.join('\n\n'), { oldSource: 'the original text', newSource: 'the text with the tracked changes' }).summary);
    expect(p.text('#wps-changes-tracked')).toBe('Compare tracked changes');
  });
});
