// Privacy and safety of the built packages, read as files: no remote script, no dynamic import of a
// URL, no eval. pdf.js carries a guarded `new Function` (its font/PostScript fast path); the viewer turns
// it off with isEvalSupported: false, and MV3's content security policy would block it anyway.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const REMOTE_SCRIPT = /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i;
const REMOTE_IMPORT = /\bimport\s*\(\s*["'`](?:https?:)?\/\/|\bimport\s[^;]*?from\s*["'](?:https?:)?\/\/|importScripts\s*\(\s*["'`](?:https?:)?\/\//;
const EVAL_CALL = /(?<![\w$])eval\s*\(/; // also window.eval(, globalThis.eval(
const NEW_FUNCTION = /\bnew Function\s*\(/;
const PDFJS_FILE = /pdf\.worker|viewer-/;

describe.each(['chrome', 'firefox'] as const)('%s build audit', (browser) => {
  it('loads no remote script and imports no URL', async () => {
    const dir = await ensureBuilt(browser);
    const all = files(dir);
    expect(all.some((f) => f.endsWith('.js'))).toBe(true);
    for (const f of all.filter((x) => /\.(html|m?js)$/.test(x))) {
      const src = readFileSync(f, 'utf8');
      expect(REMOTE_SCRIPT.test(src), `${relative(dir, f)}: remote <script>`).toBe(false);
      expect(REMOTE_IMPORT.test(src), `${relative(dir, f)}: import of a URL`).toBe(false);
    }
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/https?:|unsafe-eval/);
  });

  it('names itself, its button and its shortcut in the browser\'s language: every __MSG_…__ of the manifest is in English and French', async () => {
    const dir = await ensureBuilt(browser);
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))];
    expect(keys.sort()).toEqual(['actionTitle', 'commandScan', 'extDescription', 'extName']);
    expect(JSON.parse(manifest).default_locale).toBe('en');
    for (const lang of ['en', 'fr']) {
      const msgs = JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      for (const k of keys) expect(msgs[k]?.message, `${lang} ${k}`).toBeTruthy();
    }
    const fr = JSON.parse(readFileSync(join(dir, '_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(fr.actionTitle!.message).toBe('Analyser cette page avec WPS Lens');
    // Chrome's limits: a name of at most 75 characters and a description of at most 132.
    for (const lang of ['en', 'fr']) {
      const msgs = JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(msgs.extName!.message.length).toBeLessThanOrEqual(75);
      expect(msgs.extDescription!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('has no eval, and new Function only in pdf.js, which the viewer runs with isEvalSupported off', async () => {
    const dir = await ensureBuilt(browser);
    const scripts = files(dir).filter((x) => /\.m?js$/.test(x));
    for (const f of scripts) {
      const src = readFileSync(f, 'utf8');
      expect(EVAL_CALL.test(src), `${relative(dir, f)}: eval(`).toBe(false);
      if (NEW_FUNCTION.test(src)) expect(relative(dir, f), 'new Function outside pdf.js').toMatch(PDFJS_FILE);
    }
    const viewer = scripts.filter((f) => /viewer-/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(viewer).toMatch(/isEvalSupported:\s*(?:!1|false)/);
  });
});
