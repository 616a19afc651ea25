// Where the public corpus lives: $WPS_CORPUS, or ../shared/corpus beside the repository.
// A missing corpus fails the test run with a clear message; it never skips silently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextBlock } from '../../core/index.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** First existing candidate: the environment variable, ../shared/<name> beside the repo, /work/shared/<name>. */
function sharedFolder(envVar: string, name: string, probe: string): string {
  const candidates = [process.env[envVar], resolve(repoRoot, '../shared', name), join('/work/shared', name)].filter(Boolean) as string[];
  const found = candidates.find((d) => existsSync(join(d, probe)));
  if (!found) throw new Error(`${name} not found (looked in ${candidates.join(', ')}): set ${envVar} to the folder holding ${probe}`);
  return found;
}

export function corpusDir(): string {
  return sharedFolder('WPS_CORPUS', 'corpus', 'unsc-resolutions');
}

/** The domain brief (taxonomy.md); tests read it, the project holds no copy. */
export function domainDir(): string {
  return sharedFolder('WPS_DOMAIN', 'domain', 'taxonomy.md');
}

export interface CorpusBlock {
  text: string; type: string; paragraph_type: string | null; prefix: string | null;
  action_verb?: string | null;
  mandates?: { action_verb: string | null; action_verb_normalized?: string | null; action_verb_type: string | null }[];
}

export function resolutionFile(symbol: string): string {
  // "1325" → S_RES_1325(YYYY).json
  const dir = join(corpusDir(), 'unsc-resolutions');
  const f = readdirSync(dir).find((n) => n.startsWith(`S_RES_${symbol}(`));
  if (!f) throw new Error(`resolution ${symbol} not in the corpus`);
  return join(dir, f);
}

export function readResolution(pathOrSymbol: string): CorpusBlock[] {
  const path = /^\d+$/.test(pathOrSymbol) ? resolutionFile(pathOrSymbol) : pathOrSymbol;
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusBlock[];
}

export function allResolutionFiles(): string[] {
  const dir = join(corpusDir(), 'unsc-resolutions');
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => join(dir, n));
}

/** The blocks of a resolution as the core's block input, one id per corpus block. */
export function asBlocks(blocks: CorpusBlock[]): TextBlock[] {
  return blocks.map((b, i) => ({ id: String(i), text: b.text }));
}

export const WPS_RESOLUTIONS = ['1325', '1820', '1888', '1889', '1960', '2106', '2122', '2242', '2467', '2493'];
export const NON_GENDER_RESOLUTIONS = ['2690', '1373', '1540', '1718', '2231', '2334'];
