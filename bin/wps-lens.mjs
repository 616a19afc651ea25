#!/usr/bin/env node
// wps-lens command-line entry. Runs the bundled build (dist/cli/wps-lens.mjs, `npm run build:cli`)
// when it is there and no older than its sources; otherwise (a fresh clone, or a source edited
// since the build) compiles the TypeScript at start through tsx, slower to start but never stale.
// WPS_LENS_TSX=1 forces the sources; WPS_LENS_DEBUG=1 says on standard error which one runs.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleState } from '../scripts/cli-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const forced = process.env.WPS_LENS_TSX === '1';
const state = forced ? { fresh: false, reason: 'WPS_LENS_TSX=1' } : bundleState(root);
if (process.env.WPS_LENS_DEBUG === '1') process.stderr.write(`wps-lens: running ${state.fresh ? 'the bundle' : `the sources through tsx (${state.reason})`}\n`);

if (state.fresh) {
  await import(pathToFileURL(state.entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../cli/entry.ts', import.meta.url).href);
}
