// Is the CLI bundle (dist/cli/, scripts/build-cli.mjs) there and no older than its sources? Plain
// JavaScript with synchronous stats only: bin/wps-lens.mjs asks on every start (about 60 files,
// a few milliseconds at most), so a bundle never runs code older than the sources.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLE_DIR = 'dist/cli';
export const BUNDLE_ENTRY = 'wps-lens.mjs';
export const SOURCES_FILE = 'sources.json';

/**
 * { fresh, entry, reason }: fresh when the entry and its sources list exist and every listed source
 * exists and was last modified before the bundle was built.
 */
export function bundleState(root) {
  const dir = join(root, BUNDLE_DIR);
  const entry = join(dir, BUNDLE_ENTRY);
  let stamp;
  try {
    statSync(entry);
    stamp = JSON.parse(readFileSync(join(dir, SOURCES_FILE), 'utf8'));
  } catch {
    return { fresh: false, entry, reason: 'no bundle' };
  }
  if (typeof stamp?.built !== 'number' || !Array.isArray(stamp.sources)) return { fresh: false, entry, reason: 'no sources list' };
  for (const rel of stamp.sources) {
    let mtime;
    try { mtime = statSync(join(root, rel)).mtimeMs; } catch { return { fresh: false, entry, reason: `${rel} is gone` }; }
    if (mtime > stamp.built) return { fresh: false, entry, reason: `${rel} changed` };
  }
  return { fresh: true, entry, reason: '' };
}
