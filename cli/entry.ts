// The process entry of wps-lens: run main() on the process's arguments and set the exit code.
// bin/wps-lens.mjs runs this from the bundle (dist/cli/wps-lens.mjs, built by scripts/build-cli.mjs)
// or, when the bundle is missing or older than the sources, from the sources through tsx.
import { main } from './main.ts';

// A closed pipe (e.g. `wps-lens scan … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`wps-lens: internal error: ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 2;
}
