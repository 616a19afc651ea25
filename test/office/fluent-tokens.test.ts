// The task panes' colours are Fluent 2's (Microsoft's Office design language): each custom property of
// style.css is the value of a token of @fluentui/tokens (webLightTheme, webDarkTheme), light and dark, so
// the panes cannot drift from the Office look unnoticed. The few deliberate departures are listed here
// with their reason (each one keeps text at WCAG AA where the token would not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../office-addin/src/common/theme.ts';
import { repoRoot } from '../support/corpus.ts';

const css = readFileSync(join(repoRoot, 'office-addin/src/common/style.css'), 'utf8');

/** The custom properties of the first rule whose selector matches. */
function vars(selector: RegExp): Record<string, string> {
  const m = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule ${selector}`);
  return Object.fromEntries([...m[1]!.matchAll(/--(wps-[\w-]+):\s*([^;]+);/g)].map((x) => [x[1]!, x[2]!.trim().replace(/\s+/g, ' ')]));
}

const norm = (v: string): string => v.replace(/\s+/g, '').toLowerCase();

/** Our property → the Fluent token it stands for. */
const TOKENS: Record<string, keyof typeof webLightTheme> = {
  'wps-brand': 'colorBrandBackground', 'wps-brand-hover': 'colorBrandBackgroundHover', 'wps-brand-pressed': 'colorBrandBackgroundPressed',
  'wps-on-brand': 'colorNeutralForegroundOnBrand', 'wps-link': 'colorBrandForegroundLink',
  'wps-fg': 'colorNeutralForeground1', 'wps-fg2': 'colorNeutralForeground2', 'wps-muted': 'colorNeutralForeground3', 'wps-disabled': 'colorNeutralForegroundDisabled',
  'wps-bg': 'colorNeutralBackground1', 'wps-bg2': 'colorNeutralBackground3', 'wps-bg3': 'colorNeutralBackground2',
  'wps-hover': 'colorNeutralBackground1Hover', 'wps-pressed': 'colorNeutralBackground1Pressed',
  'wps-border': 'colorNeutralStroke1', 'wps-border2': 'colorNeutralStroke2', 'wps-border-strong': 'colorNeutralStrokeAccessible',
  'wps-danger': 'colorStatusDangerForeground1', 'wps-danger-bg': 'colorStatusDangerBackground1', 'wps-warn': 'colorStatusWarningForeground3', 'wps-warn-bg': 'colorStatusWarningBackground1',
  'wps-ok': 'colorStatusSuccessForeground1', 'wps-ok-bg': 'colorStatusSuccessBackground1',
  'wps-shadow': 'shadow4', 'wps-shadow-menu': 'shadow16', 'wps-radius': 'borderRadiusMedium', 'wps-focus': 'colorStrokeFocus2',
};

/** In dark, the two panel grounds are Fluent's darker and raised neutrals (its grey ramp runs the other way). */
const DARK_TOKENS: Record<string, keyof typeof webDarkTheme> = { ...TOKENS, 'wps-bg2': 'colorNeutralBackground2', 'wps-bg3': 'colorNeutralBackground6' };

/** Where the panes depart from the token, and why: text that must read at 4.5:1 on the pane's backgrounds. */
const DEPARTURES: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    'wps-link': 'the brand colour itself, one step lighter than the link token, still 4.5:1 on white and on the grey panels',
    'wps-warn': 'a darker warning text than Foreground3, which is below 4.5:1 on the warning background',
  },
  dark: {
    'wps-danger': 'lighter than the dark danger token, which is below 4.5:1 on the dark backgrounds',
    'wps-danger-bg': 'a lighter red ground for the lighter danger text',
    'wps-warn': 'lighter than the dark warning token, for 4.5:1',
    'wps-warn-bg': 'a ground for the lighter warning text',
    'wps-ok': 'lighter than the dark success token, for 4.5:1',
    'wps-ok-bg': 'a ground for the lighter success text',
  },
};

describe('the panes\' colours are Fluent 2 tokens', () => {
  for (const [mode, theme, selector] of [['light', webLightTheme, /:root/], ['dark', webDarkTheme, /:root\[data-theme="dark"\]/]] as const) {
    it(`${mode}: every property is its token's value, or a listed departure that reads better`, () => {
      // Dark sets what changes; the rest (the radius) is the light rule's.
      const ours = mode === 'light' ? vars(selector) : { ...vars(/:root/), ...vars(selector) };
      expect(Object.keys(ours).sort()).toEqual(Object.keys(TOKENS).sort());
      for (const [prop, token] of Object.entries(mode === 'light' ? TOKENS : DARK_TOKENS)) {
        const want = String(theme[token]);
        const why = DEPARTURES[mode][prop];
        if (why) expect(norm(ours[prop]!), `${prop} is listed as departing from ${token}: ${why}`).not.toBe(norm(want));
        else expect(norm(ours[prop]!), `${mode} ${prop} = ${token}`).toBe(norm(want));
      }
      // A departure in a text colour is there to read better: at least 4.5:1 on the pane's background.
      for (const prop of ['wps-link', 'wps-danger', 'wps-warn', 'wps-ok']) {
        if (DEPARTURES[mode][prop]) expect(contrast(ours[prop]!, ours['wps-bg']!), prop).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('the system\'s dark mode has the same values as Office\'s dark theme', () => {
    const media = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root:not\(\[data-theme="light"\]\)\s*\{([^}]*)\}/.exec(css)![1]!;
    const sys = Object.fromEntries([...media.matchAll(/--(wps-[\w-]+):\s*([^;]+);/g)].map((x) => [x[1]!, x[2]!.trim().replace(/\s+/g, ' ')]));
    expect(sys).toEqual(vars(/:root\[data-theme="dark"\]/));
  });
});
