// What a person reads must agree across surfaces, not only the reports behind them: the side panel of
// the built extension (its score line, counts line and gap count), the Word pane (the same three) and
// the CLI (its JSON report, and the review the core builds from it) on the same document, for a reader in
// English and one in French. Our own short order (its WPS language only in an annex) and French note.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReview, countsLine, scoreLine, type Report } from '../../core/index.ts';
import { scannedWordPane } from '../office/support/word-pane.ts';
import { runCli } from '../support/cli-run.ts';
import { useExtension } from './support/session.ts';
import { setStored } from './support/browser.ts';
import { defaultSettings, SETTINGS_KEY } from '../../extension/lib/settings.ts';

const DOCS: Record<string, { lang: string; paragraphs: string[] }> = {
  order: { lang: 'en', paragraphs: [
    'OPERATION ORDER 9/26 (GREEN FORD)',
    '1. SITUATION',
    'Militia groups close the valley road at night.',
    '2. MISSION',
    'The company keeps the valley road open from 3 June.',
    '3. EXECUTION',
    'Platoons escort the convoys and report to the company command post.',
    '4. SERVICE SUPPORT',
    'Rations are drawn weekly at the battalion depot.',
    '5. COMMAND AND SIGNAL',
    'The command post moves with the second platoon.',
    'ANNEX G: GENDER',
    'Platoons will meet the women of each hamlet and report sexual violence to the gender focal point.',
    'The gender adviser will train every platoon on sexual exploitation and abuse before the first convoy.',
  ] },
  note: { lang: 'fr', paragraphs: [
    'Note de secteur — Vallée Nord',
    'Les patrouilles ont rencontré les associations de femmes de trois villages.',
    'Les femmes forment 7 % des observateurs militaires de la vallée.',
    "Le bataillon n'a pas encore désigné de point focal genre.",
    'La compagnie devrait transmettre les signalements de violences sexuelles à la conseillère pour la protection des femmes.',
  ] },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (name: string, d: { lang: string; paragraphs: string[] }) =>
  `<!doctype html><html lang="${d.lang}"><head><meta charset="utf-8"><title>${name}</title></head><body>\n${d.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n</body></html>`;

const lens = useExtension(async ({ server }) => {
  for (const [name, d] of Object.entries(DOCS)) server.pages.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: html(name, d) });
});

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'wps-counts-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('the numbers a person reads agree: side panel, Word pane, CLI', () => {
  // Each surface speaks its reader's interface language, whatever the document's: an English and a French
  // reader of each document, the extension set to that language and Office showing it.
  for (const [name, d] of Object.entries(DOCS)) {
    for (const ui of ['en', 'fr'] as const) {
      it(`${name}, read in ${ui === 'fr' ? 'French' : 'English'}: the same score line, counts line and number of gaps`, async () => {
        const file = join(dir, `${name}.html`);
        await writeFile(file, html(name, d));
        const out = await runCli(['scan', file, '--format', 'json']);
        expect(out.code).toBe(0);
        const cli = JSON.parse(out.stdout).documents[0] as Report;
        expect(cli.findings.length).toBeGreaterThan(3);
        const want = { score: scoreLine(cli, ui), counts: countsLine(buildReview({ report: cli }, { language: ui })), gaps: cli.gaps.length };
        if (ui === cli.language) expect(want.score).toBe(scoreLine(cli));
        // A tab's heading: "Gaps (3)", « Lacunes (3) » in a French interface.
        const count = (heading: string | null) => Number(/\((\d+)\)$/.exec(heading ?? '')?.[1]);

        await setStored(lens.ext, SETTINGS_KEY, { ...defaultSettings(), interfaceLanguage: ui });
        const { page, tabId } = await lens.openWithAction(`/${name}.html`);
        const panel = await lens.openPanel(tabId);
        const shown = {
          score: await panel.locator('#score').textContent(),
          counts: await panel.locator('#counts').textContent(),
          gaps: await panel.locator('#gaps-h').textContent(),
        };
        expect(shown.score, 'panel score').toBe(want.score);
        expect(shown.counts, 'panel counts').toBe(want.counts);
        expect(count(shown.gaps), 'panel gaps').toBe(want.gaps);

        // The Word pane speaks its interface language: Office's display language, until the user picks one.
        const word = await scannedWordPane(d.paragraphs, ui === 'fr' ? 'fr-FR' : 'en-US');
        expect(word.score, 'Word score').toBe(want.score);
        expect(word.counts, 'Word counts').toBe(`${want.counts}.`);
        expect(count(word.gapsHeading), 'Word gaps').toBe(want.gaps);
        await panel.close();
        await page.close();
      });
    }
  }
});
