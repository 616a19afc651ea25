// The Word pane's Brief view in headless Chromium with the Office.js stand-in: it opens under the
// gaps, lists why and how with each quoted sentence, renders document text as text, copies the
// Markdown brief, and reads well at 320 and 400 px in light and dark (screenshots in /tmp/brief-shots); its
// frame is in the interface language, its points and quotes in the document's.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTaskPane } from './support/taskpane.ts';

const pane = useTaskPane({ tmpPrefix: 'wps-office-brief-', viewport: { width: 400, height: 1000 }, ready: (page) => page.locator('#wps-scan') });
const SHOTS = '/tmp/brief-shots';

// Our own report, as Word paragraphs (list numbers stay out of the text, as in Word).
const PARAGRAPHS = [
  'Review of Gender Integration in Sector North',
  'Executive Summary',
  "Women make up 3 per cent of the battalion's personnel. No gender focal point has been appointed in the battalion. The mandate of the mission requires it to protect women and girls from sexual violence, in line with resolution 1325 (2000).",
  'Recommendations',
  'Appoint a gender focal point in every company within three months.',
  'Train all platoon commanders on conflict-related sexual violence before deployment.',
  'Deploy mixed patrols with women officers where women report insecurity <img src=x onerror="window.__pwned=1">.',
];

describe('Word pane: Brief view', () => {
  it('why and how with their sentences, text as text, Copy gives the Markdown; screenshots at 320/400 px, light and dark', async () => {
    const page = await pane.openPane({ host: 'Word', paragraphs: PARAGRAPHS, lists: { 4: '1.', 5: '2.', 6: '3.' }, wordApi: '1.5' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pane.origin });
    await page.locator('#wps-scan').click();
    await page.locator('#wps-headline').waitFor();
    const view = page.locator('#wps-brief');
    expect(await view.getAttribute('open')).toBeNull();
    await view.locator('summary').click();
    await view.locator('.wps-brief-list.how').waitFor();

    const how = view.locator('.wps-brief-list.how > li');
    expect(await how.count()).toBeGreaterThanOrEqual(3);
    const texts = await how.locator('.wps-brief-point').allTextContents();
    expect(texts).toEqual(expect.arrayContaining([
      'Appoint a gender focal point in every company within three months',
      'Train all platoon commanders on conflict-related sexual violence before deployment',
    ]));
    const quotes = await how.locator('.wps-brief-quote').allTextContents();
    expect(quotes).toContain('“Appoint a gender focal point in every company within three months.”');
    const why = await view.locator('.wps-brief-list.why .wps-brief-point').allTextContents();
    expect(why).toEqual(expect.arrayContaining(['Women: 3\u00A0% (personnel)', 'Shortfall stated: gender focal point']));

    // Markup in the document is shown as text.
    expect(await view.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await view.innerText()).toContain('<img src=x onerror="window.__pwned=1">');

    await view.locator('#wps-brief-copy').click();
    await expect.poll(() => page.locator('#wps-brief-status').textContent()).toBe('Brief copied.');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md.split('\n')[0]).toBe('# Brief: Word document');
    expect(md).toContain('\n## Why\n');
    expect(md).toContain('\n## How\n');
    expect(md).toContain('1. **');
    expect(md).toContain('“Appoint a gender focal point in every company within three months.”');

    // Re-analysing (another document type) keeps the view open.
    await page.locator('#wps-profile').selectOption('generic');
    await expect.poll(() => page.locator('#wps-brief').getAttribute('open')).toBe('');

    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 1000 });
        await page.emulateMedia({ colorScheme });
        const box = await view.boundingBox();
        expect(box!.width).toBeLessThanOrEqual(width); // no horizontal overflow
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll).toBeLessThanOrEqual(width);
        await view.screenshot({ path: `${SHOTS}/word-${width}-${colorScheme}.png` });
      }
    }
    await page.close();
  });

  const FRENCH_STUDY = [
    "Évaluation de l'intégration du genre dans le secteur Nord",
    'Recommandations',
    "Désigner un point focal genre dans chaque compagnie d'ici trois mois.",
    'Former tous les chefs de section aux violences sexuelles liées aux conflits avant le déploiement.',
    'Il est recommandé de recueillir des données ventilées par sexe dans chaque rapport de patrouille.',
  ];

  it('a French document in a French Office gets a French brief with « »', async () => {
    const page = await pane.openPane({ host: 'Word', wordApi: '1.5', displayLanguage: 'fr-FR', paragraphs: FRENCH_STUDY });
    await page.locator('#wps-scan').click();
    await page.locator('#wps-headline').waitFor();
    await page.locator('#wps-brief summary').click();
    const view = page.locator('#wps-brief');
    await view.locator('.wps-brief-list.how').waitFor();
    expect(await view.locator('h3').allTextContents()).toEqual(['Pourquoi', 'Comment']);
    expect(await view.locator('.wps-brief-list.how .wps-brief-quote').first().textContent()).toMatch(/^«\u00A0.+\u00A0»$/);
    expect(await view.locator('#wps-brief-copy').textContent()).toBe('Copier (Markdown)');
    await page.close();
  });

  it('a French document in an English interface: the brief\'s frame is English, its points and quotes stay French', async () => {
    const page = await pane.openPane({ host: 'Word', wordApi: '1.5', paragraphs: FRENCH_STUDY });
    await page.locator('#wps-scan').click();
    await page.locator('#wps-headline').waitFor();
    await page.locator('#wps-brief summary').click();
    const view = page.locator('#wps-brief');
    await view.locator('.wps-brief-list.how').waitFor();
    expect(await view.locator('h2, h3').allTextContents()).toEqual(['Brief', 'Why', 'How']);
    expect(await view.locator('#wps-brief-copy').textContent()).toBe('Copy brief (Markdown)');
    expect(await view.locator('.wps-brief-list.how').getAttribute('lang')).toBe('fr');
    expect(await view.locator('.wps-brief-list.how .wps-brief-quote').first().textContent()).toMatch(/^«\u00A0.+\u00A0»$/);
    await page.close();
  });
});
