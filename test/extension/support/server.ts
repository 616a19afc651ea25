// A local http server on 127.0.0.1 for the pages tests build from the corpus.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served { body: string | Buffer; type: string; headers?: Record<string, string> }

export interface LocalServer { origin: string; pages: Map<string, Served>; close(): Promise<void> }

export async function startServer(): Promise<LocalServer> {
  const pages = new Map<string, Served>();
  const server: Server = createServer((req, res) => {
    const page = pages.get((req.url ?? '/').split('?')[0]!);
    if (!page) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': page.type, ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, pages, close: () => new Promise((r) => server.close(() => r())) };
}
