// Tests that load the extension build it first when .output/chrome-mv3 is missing or older than its
// sources (`npx vitest run` does not run the pretest build). A lock directory keeps parallel test
// files from building at the same time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/corpus.ts';

export const chromeDir = join(repoRoot, '.output/chrome-mv3');
export const firefoxDir = join(repoRoot, '.output/firefox-mv3');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const n of readdirSync(path)) m = Math.max(m, newest(join(path, n)));
  return m;
}

function stale(outDir: string): boolean {
  const manifest = join(outDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return [join(repoRoot, 'extension'), join(repoRoot, 'core'), join(repoRoot, 'wxt.config.ts')].some((p) => newest(p) > built);
}

async function withLock<T>(fn: () => T): Promise<T> {
  const lock = join(repoRoot, '.output', '.ext-build-lock');
  mkdirSync(join(repoRoot, '.output'), { recursive: true });
  for (let i = 0; ; i++) {
    try { mkdirSync(lock); break; } catch {
      if (i > 600) throw new Error(`extension build lock ${lock} held for over 2 minutes; remove it if no build is running`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try { return fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

export async function ensureBuilt(browser: 'chrome' | 'firefox' = 'chrome'): Promise<string> {
  const dir = browser === 'chrome' ? chromeDir : firefoxDir;
  if (!stale(dir)) return dir;
  await withLock(() => {
    if (!stale(dir)) return;
    const args = browser === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox', '--mv3'];
    execFileSync('npx', args, { cwd: repoRoot, stdio: 'pipe', timeout: 180_000 });
  });
  return dir;
}
