// The Word pane's own code (pane.ts) in a DOM without a browser (linkedom), driving the fake Word
// document: "always dismiss" by exact phrase (any case) from a finding card's menu, stored in the add-in's
// settings and undone there, "Comment on gaps" not repeated when the pane is reopened on a commented
// document, and the headline from the gap's evidence; the detected language and its override (no second
// read of Word); the interface language setting. The pane shows one card at a time: the helpers walk
// through the cards with Previous / Next, as a person would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWord } from '../../office-addin/src/word/pane.ts';
import { APP_KEY, memoryStore, readSettings } from '../../office-addin/src/common/settings.ts';
import { repoRoot } from '../support/corpus.ts';
import { createWordMock } from './support/word-mock.ts';

const ORDER = readFileSync(join(repoRoot, 'samples/oporder-sector-west.txt'), 'utf8').split('\n');
const g = globalThis as { document?: unknown };
afterEach(() => { delete g.document; });

/** `slow` holds every Word batch that long (ms), as Word on a big document does. */
function mount(w: ReturnType<typeof createWordMock>, app = memoryStore(), doc = memoryStore(), slow = 0) {
  const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  g.document = document;
  const root = document.getElementById('app') as unknown as HTMLElement;
  let runs = 0;
  const wait = () => new Promise((r) => setTimeout(r, slow));
  mountWord(root, { run: async (batch) => { runs++; if (slow) await wait(); return w.run(batch); }, supports: w.supports, app, doc });
  const status = () => root.querySelector('[role="status"]')!.textContent ?? '';
  const buttons = (label: RegExp) => [...root.querySelectorAll('button')].filter((b) => label.test(b.getAttribute('aria-label') ?? b.textContent ?? '')) as HTMLButtonElement[];
  const q = (sel: string) => root.querySelector(sel) as HTMLElement | null;
  const cardTexts = () => [...root.querySelectorAll('#wps-finding-card .wps-concepts .wps-quote')].map((x) => x.textContent);
  /** Every finding's words, card after card from the first: Previous to the start, then Next to the end. */
  const findingTexts = () => {
    const prev = q('#wps-findings-prev')!, next = q('#wps-findings-next')!;
    while (prev.getAttribute('aria-disabled') === 'false') prev.click();
    if (!q('#wps-finding-card')) return [];
    const out = cardTexts();
    while (next.getAttribute('aria-disabled') === 'false') { next.click(); out.push(...cardTexts()); }
    return out;
  };
  /** Walks to the first card whose words include `text` (true when found). */
  const findCard = (text: string) => {
    const prev = q('#wps-findings-prev')!, next = q('#wps-findings-next')!;
    while (prev.getAttribute('aria-disabled') === 'false') prev.click();
    for (;;) {
      if (cardTexts().includes(text)) return true;
      if (next.getAttribute('aria-disabled') !== 'false') return false;
      next.click();
    }
  };
  /** The number after "of" in a tab's position line ("Sentence 1 of 12", "Gap 3 of 21"); 0 for an empty list. */
  const total = (kind: 'gaps' | 'findings') => Number(/of (\d+)$/.exec(q(`#wps-${kind}-pos`)?.textContent ?? '')?.[1] ?? 0);
  return { root, q, status, buttons, findingTexts, findCard, total, app, doc, runs: () => runs };
}

async function until(check: () => boolean): Promise<void> {
  // Patient under a loaded CI machine: the check, not the wait, is what the test is about.
  for (const end = Date.now() + 15_000; Date.now() < end && !check();) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

/** Picks an option and fires change (linkedom's select.value is read-only: it follows the selected option). */
function choose(select: Element, value: string): void {
  for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  select.dispatchEvent(new (select.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('change'));
}

async function scan(p: ReturnType<typeof mount>): Promise<void> {
  (p.root.querySelector('#wps-scan') as HTMLButtonElement).click();
  await until(() => /^Scanned /.test(p.status()));
}

describe('Word pane (linkedom + fake Word)', () => {
  it('keeps a newer message when a slow Word selection finishes after it', async () => {
    const w = createWordMock({ paragraphs: ['3. EXECUTION', 'Patrols will engage women leaders in Kofra.', 'Escorts protect women and girls at markets.'] });
    const p = mount(w, memoryStore(), memoryStore(), 60);
    await scan(p);
    // Next moves the Word selection (a slow batch); the dismissal is said while that batch runs.
    (p.q('#wps-findings-next') as HTMLButtonElement).click();
    const menu = p.buttons(/^Always dismiss the phrase /)[0]!;
    menu.click();
    await until(() => p.status() === 'Dismissed everywhere; undo in Settings.');
    await new Promise((r) => setTimeout(r, 300)); // the selection's batch is done by now
    expect(p.status()).toBe('Dismissed everywhere; undo in Settings.');
    // With nothing said in between, a selection still reports itself.
    (p.q('#wps-findings-prev') as HTMLButtonElement).click();
    await until(() => /^Selected /.test(p.status()));
  });

  it('always dismisses an exact phrase in any case, everywhere, and restores it from Settings', async () => {
    const paragraphs = ['3. EXECUTION', 'Patrols will engage Women Leaders in Kofra.', 'The liaison team meets women leaders weekly.', 'Escorts protect women and girls at markets.', 'Civil affairs officers meet women\'s organisations monthly.'];
    const w = createWordMock({ paragraphs });
    const p = mount(w);
    await scan(p);
    const lower = (t: string | null) => (t ?? '').replace(/[“”]/g, '').toLowerCase();
    const before = p.findingTexts();
    const phrase = before.find((t) => lower(t) === 'women leaders');
    expect(phrase, `findings: ${before.join(', ')}`).toBeDefined();
    const same = before.filter((t) => lower(t) === 'women leaders');
    expect(new Set(same)).toEqual(new Set(['“Women Leaders”', '“women leaders”'])); // two cases, two paragraphs
    const others = before.filter((t) => lower(t) !== 'women leaders');
    // The same concept under other words stays: this dismisses a phrase, not a concept.
    expect(others).toContain('“women\'s organisations”');

    expect(p.findCard('“Women Leaders”')).toBe(true);
    p.buttons(/^Always dismiss the phrase “Women Leaders”/)[0]!.click();
    await until(() => p.status() === 'Dismissed everywhere; undo in Settings.');
    expect(p.findingTexts()).toEqual(others); // every case of the phrase, nothing else
    expect(readSettings(p.app).dismissals).toEqual([{ scope: 'always', by: 'phrase', phrase: 'Women Leaders' }]);
    expect(p.root.querySelector('#wps-dismissed')!.textContent).toContain('Phrase “Women Leaders” (any case)');

    // Another document in a later session: the stored phrase still applies.
    const other = mount(createWordMock({ paragraphs: ['3. EXECUTION', 'Commanders brief WOMEN LEADERS before each patrol.'] }), p.app);
    await scan(other);
    expect(other.findingTexts().map(lower)).not.toContain('women leaders');

    // Restore it from Settings: the findings come back.
    p.buttons(/^Restore: Phrase “Women Leaders”/)[0]!.click();
    await until(() => p.findingTexts().length === before.length);
    expect(readSettings(p.app).dismissals).toEqual([]);
  });

  it('"Always dismiss this concept" still dismisses by concept', async () => {
    const w = createWordMock({ paragraphs: ['3. EXECUTION', 'Patrols will engage women leaders and report conflict-related sexual violence.'] });
    const p = mount(w);
    await scan(p);
    const n = p.findingTexts().length;
    const item = p.buttons(/^Always dismiss /).filter((b) => !/phrase/.test(b.textContent!))[0]!;
    expect(item.getAttribute('role')).toBe('menuitem');
    item.click();
    await until(() => p.status() === 'Dismissed everywhere; undo in Settings.');
    const stored = (p.app.get(APP_KEY) as { dismissals: { by: string }[] }).dismissals;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ scope: 'always', by: 'concept' });
    expect(p.findingTexts().length).toBeLessThan(n);
  });

  it('reopened on a commented document, "Comment on gaps" adds no second comment', async () => {
    const w = createWordMock({ paragraphs: ORDER });
    const first = mount(w);
    await scan(first);
    expect(first.root.querySelector('#wps-headline')!.textContent).toMatch(/^Women, gender or UNSCR 1325 named 0 times in the main body, \d+ times in annexes \(Annex K\)\.$/);
    const gaps = first.total('gaps');
    expect(gaps).toBeGreaterThan(3);
    (first.root.querySelector('#wps-comment-all') as HTMLButtonElement).click();
    await until(() => /comments? added/.test(first.status()));
    expect(first.status()).toBe(`${gaps} comments added.`);
    expect(w.recorded.comments).toHaveLength(gaps);

    const reopened = mount(w); // a new session: the pane remembers nothing, the document has the comments
    await scan(reopened);
    (reopened.root.querySelector('#wps-comment-all') as HTMLButtonElement).click();
    await until(() => /comments? added/.test(reopened.status()));
    expect(reopened.status()).toBe(`0 comments added; ${gaps} gaps already have their comment in the document.`);
    expect(w.recorded.comments).toHaveLength(gaps);
  });

  it('shows the detected language (mixed per paragraph) and re-analyses with the chosen one without reading Word again', async () => {
    const paragraphs = [
      'Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.',
      'Les patrouilles mixtes assureront la sécurité des filles et des femmes déplacées dans les camps.',
      'The force will train its staff on gender equality and the protection of women.',
    ];
    const p = mount(createWordMock({ paragraphs }));
    await scan(p);
    const lang = p.root.querySelector('#wps-language') as HTMLSelectElement;
    const note = () => p.root.querySelector('#wps-language-note')!.textContent;
    expect(lang.value).toBe('auto');
    expect(note()).toBe('Detected: mixed: French, English. Change it if it is wrong.');
    const auto = p.findingTexts();
    expect(auto).toEqual(expect.arrayContaining(['“conseillère pour la protection des femmes”', '“protection of women”']));
    const reads = p.runs();

    // English: the French paragraphs' French-only terms stop counting; Word is not read again.
    choose(lang, 'en');
    await until(() => note() === 'Checked as: English.');
    expect(p.runs()).toBe(reads);
    const english = p.findingTexts();
    expect(english.length).toBeLessThan(auto.length);
    expect(english).toContain('“protection of women”');
    expect(english.some((t) => /femmes|filles|patrouilles/.test(t ?? ''))).toBe(false);
    expect((p.root.querySelector('#wps-language') as HTMLSelectElement).value).toBe('en');
    expect(note()).toBe('Checked as: English.');

    // French: only the French terms; Auto brings both back.
    const again = p.root.querySelector('#wps-language') as HTMLSelectElement;
    const walked = p.runs();
    choose(again, 'fr');
    await until(() => note() === 'Checked as: French.');
    expect(p.runs()).toBe(walked);
    expect(p.findingTexts()).not.toContain('“protection of women”');
    expect(p.findingTexts()).toContain('“conseillère pour la protection des femmes”');
    const back = p.root.querySelector('#wps-language') as HTMLSelectElement;
    const walkedAgain = p.runs();
    choose(back, 'auto');
    await until(() => note()!.startsWith('Detected: '));
    expect(p.runs()).toBe(walkedAgain);
    expect(p.findingTexts().length).toBe(auto.length);
  });

  it('the default language in Settings is stored and used by the next scan', async () => {
    const p = mount(createWordMock({ paragraphs: ['Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.'] }));
    const def = p.root.querySelector('#wps-default-language') as HTMLSelectElement;
    expect([...def.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Detect automatically', 'English', 'French']);
    choose(def, 'en');
    await until(() => readSettings(p.app).language === 'en');
    const next = mount(createWordMock({ paragraphs: ['Le bataillon doit déployer une conseillère pour la protection des femmes dans chaque secteur.'] }), p.app);
    await scan(next);
    expect((next.root.querySelector('#wps-language') as HTMLSelectElement).value).toBe('en');
    expect(next.findingTexts()).toEqual([]);
    // Settings stored before the field existed read as Auto.
    expect(readSettings(memoryStore({ [APP_KEY]: { profile: 'auto' } })).language).toBe('auto');
  });
});
