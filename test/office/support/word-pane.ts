// The Word pane mounted in linkedom on the fake Word document and scanned, for tests that read what
// its summary shows (tests/surfaces.test.ts, extension/e2e-surface-counts.test.ts).
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { memoryStore } from '../../../office-addin/src/common/settings.ts';
import { mountWord } from '../../../office-addin/src/word/pane.ts';
import { createWordMock } from './word-mock.ts';

export interface WordPaneSummary { score: string; counts: string; gapsHeading: string }

/** Scans `paragraphs` in the pane (in an Office of `displayLanguage`, default none) and returns its summary lines. */
export async function scannedWordPane(paragraphs: string[], displayLanguage?: string): Promise<WordPaneSummary> {
  const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  const g = globalThis as { document?: unknown };
  g.document = document;
  try {
    const root = document.getElementById('app') as unknown as HTMLElement;
    const w = createWordMock({ paragraphs });
    mountWord(root, { run: w.run, supports: w.supports, app: memoryStore(), doc: memoryStore(), ...(displayLanguage ? { displayLanguage } : {}) });
    (root.querySelector('#wps-scan') as HTMLButtonElement).click();
    const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
    const done = /^(?:Scanned |\d+ paragraphes? analysés?)/; // in the pane's interface language
    for (let i = 0; i < 1000 && !done.test(status()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(status()).toMatch(done);
    const text = (sel: string) => root.querySelector(sel)!.textContent!;
    return { score: text('#wps-score'), counts: text('#wps-counts'), gapsHeading: text('#wps-tab-gaps') };
  } finally {
    delete g.document;
  }
}
