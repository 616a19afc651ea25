// Stored settings with WXT's fake browser storage: defaults, corrupt data falling back with a
// notice, validation before writing, and export/import with dismissals.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pillarStyle } from '../../core/lexicon/pillars.ts';
import { defaultSettings, exportSettings, importSettings, loadSettings, saveSettings, SETTINGS_KEY, type StorageAreaLike } from '../../extension/lib/settings.ts';

const area = fakeBrowser.storage.local as unknown as StorageAreaLike;

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('gives the defaults (core pillar colours) when nothing is stored', async () => {
    const { settings, notice } = await loadSettings(area);
    expect(notice).toBeUndefined();
    expect(settings.pillars.protection).toEqual({ shown: true, line: pillarStyle('protection').line, fill: pillarStyle('protection').fill });
    expect(settings.profile).toBe('auto');
  });

  it('settings stored before the interface language existed read as "auto"; a value outside auto/en/fr is refused', async () => {
    const { interfaceLanguage: _drop, ...old } = defaultSettings();
    await area.set({ [SETTINGS_KEY]: old });
    const got = await loadSettings(area);
    expect(got.notice).toBeUndefined();
    expect(got.settings.interfaceLanguage).toBe('auto');
    expect(importSettings(JSON.stringify({ ...old, interfaceLanguage: 'fr' })).interfaceLanguage).toBe('fr');
    expect(() => importSettings(JSON.stringify({ ...old, interfaceLanguage: 'de' }))).toThrow(/interfaceLanguage/);
  });

  it('round-trips valid settings through storage', async () => {
    const s = defaultSettings();
    s.pillars.prevention!.shown = false;
    s.autoScan.push('https://example.org');
    s.dismissals.push({ scope: 'always', by: 'concept', concept: 'gender-adviser' });
    await saveSettings(area, s);
    expect((await loadSettings(area)).settings).toEqual(s);
  });

  it('falls back to the defaults with a notice when stored settings are corrupt', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, pillars: { protection: { shown: 'yes' } } } });
    const { settings, notice } = await loadSettings(area);
    expect(settings).toEqual(defaultSettings());
    expect(notice).toMatch(/could not be read/);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect((await loadSettings(area)).notice).toMatch(/defaults/);
  });

  it('refuses to store invalid settings', async () => {
    const s = defaultSettings();
    (s.pillars.participation as { line: string }).line = 'red';
    await expect(saveSettings(area, s)).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
    const t = defaultSettings();
    t.autoScan.push('example.org/path');
    await expect(saveSettings(area, t)).rejects.toThrow();
  });

  it('exports settings with dismissals and imports them back; bad files give readable errors', () => {
    const s = defaultSettings();
    s.dismissals.push({ scope: 'always', by: 'phrase', phrase: 'Women and children' });
    s.dismissedOnce['http://127.0.0.1/x'] = [{ scope: 'once', concept: 'women', start: 3, end: 8, block: 'b2', text: 'women' }];
    const json = exportSettings(s);
    expect(importSettings(json)).toEqual(s);
    expect(() => importSettings('{')).toThrow(/not JSON/);
    expect(() => importSettings(JSON.stringify({ ...s, dismissals: [{ scope: 'sometimes' }] }))).toThrow(/dismissals/);
  });
});
