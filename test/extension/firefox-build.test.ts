// Firefox cannot be driven here: its MV3 build is built and linted offline with web-ext, and its
// manifest permissions are checked against the list.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/corpus.ts';
import { ensureBuilt } from './support/build.ts';

describe('Firefox MV3 build', () => {
  it('has the minimal permissions, a sidebar, a gecko id, and passes web-ext lint', async () => {
    const dir = await ensureBuilt('firefox');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 }).trim();
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 1)).toEqual([]);
  });

  it('Chrome build: the same permissions plus sidePanel, host access only optional, small content script', async () => {
    const dir = await ensureBuilt('chrome');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]); // injected on demand only
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.commands['scan-page']).toBeDefined();
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    expect(content.length).toBeLessThan(40_000);
    expect(content).not.toMatch(/compromise|ZodError|lexicon\.json/);
  });
});
