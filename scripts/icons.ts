// Renders the toolbar icon set (16/32/48/128 px PNG) from extension/assets/icon.svg in Chromium
// (playwright-core, /usr/bin/chromium). Run: node --import tsx scripts/icons.ts — the PNGs are committed.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'extension/assets/icon.svg'), 'utf8');
const out = join(root, 'extension/public/icon');
export const ICON_SIZES = [16, 32, 48, 128] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    // At 16 px the two grey text lines only blur the tile: left out.
    const art = size <= 16 ? svg.replace(/<g class="detail">[\s\S]*?<\/g>/, '') : svg;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${art.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    writeFileSync(join(out, `${size}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
} finally {
  await browser.close();
}
