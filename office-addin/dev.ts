// npm run dev:office → builds the add-in, then serves dist/office-addin over HTTPS on port 3000
// (PORT to change it) with the localhost certificates of office-addin-dev-certs (created and
// trusted on first run). Sideload manifest.xml (or dist/office-addin/manifest.xml) in Word or Excel.
import { createServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { caCertificatePath, localhostCertificatePath, localhostKeyPath } from 'office-addin-dev-certs/lib/defaults.js';
import { buildOfficeAddin, defaultOutDir as outDir } from './build.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Resolves a request path inside the served folder; null for anything outside it. */
export function servedPath(root: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = normalize(join(root, clean.endsWith('/') ? `${clean}taskpane.html` : clean));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** office-addin-dev-certs' options; where it cannot trust its CA (Linux without sudo), its generated files as they are. */
async function certificates(): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }> {
  try {
    return await getHttpsServerOptions();
  } catch (err) {
    if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) throw err;
    console.warn(`The development CA is not trusted on this machine (${(err as Error).message.trim()}).\n` +
      `Serving with ${localhostCertificatePath}; trust ${caCertificatePath} in your browser or system to open the pane.`);
    return { ca: readFileSync(caCertificatePath), cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath) };
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  await buildOfficeAddin({ baseUrl: process.env.WPS_OFFICE_BASE_URL ?? `https://localhost:${port}/` });
  const tls = await certificates();
  createServer(tls, async (req, res) => {
    const file = servedPath(outDir, req.url ?? '/');
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }).listen(port, () => console.log(`WPS Lens add-in on https://localhost:${port}/taskpane.html (manifest: ${join(outDir, 'manifest.xml')})`));
}

main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });
