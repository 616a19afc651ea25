// Serves the built task pane locally and stands in for Office.js, for the Playwright tests of the
// Word (and Excel) panes. Nothing here reaches the network: the CDN URL of office.js is intercepted.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));

/** Fails with a clear message when Chromium is missing (browser tests never skip). */
export function chromiumPath(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return CHROMIUM;
}

/** The stand-in script with the document it serves; extra stand-in files (e.g. Excel's) are appended. */
export function officeStandin(doc: Record<string, unknown>, extraFiles: string[] = []): string {
  const parts = [`window.__WPS_DOC__ = ${JSON.stringify(doc)};`, readFileSync(join(here, 'office-standin.js'), 'utf8')];
  for (const f of extraFiles) parts.push(readFileSync(f, 'utf8'));
  return parts.join('\n');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml',
};

/** A static server for a built add-in folder on 127.0.0.1 (random port). */
export async function serveFolder(root: string): Promise<{ origin: string; close(): Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, server, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
