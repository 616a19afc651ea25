#!/usr/bin/env node
// wps-lens command-line entry: load TypeScript through tsx, then run cli/main.ts.
import { register } from 'tsx/esm/api';

register();

// A closed pipe (e.g. `wps-lens scan … | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  const { main } = await import(new URL('../cli/main.ts', import.meta.url).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`wps-lens: internal error: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
}
