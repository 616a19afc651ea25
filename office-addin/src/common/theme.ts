// Light or dark from Office's own theme (Office.context.officeTheme) where the host gives one, so the pane
// matches Word's chrome; else the system's prefers-color-scheme (style.css), and forced-colors for high
// contrast. Office's body colours are used only where the pane's text colours stay readable on them.

export interface OfficeThemeColours { bodyBackgroundColor?: string; bodyForegroundColor?: string; isDarkTheme?: boolean }

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance of a #rrggbb colour (null when it is not one). */
export function luminance(hex: string): number | null {
  const c = rgb(hex);
  if (!c) return null;
  const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const la = luminance(a), lb = luminance(b);
  if (la === null || lb === null) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The pane's text colours per mode (style.css), each needing 4.5:1 on the background it is drawn on. */
export const TEXT_COLOURS = {
  light: ['#242424', '#424242', '#616161', '#0f6cbd', '#b10e1c', '#8a3707', '#0e700e'],
  dark: ['#ffffff', '#d6d6d6', '#adadad', '#479ef5', '#ff9a9f', '#f4bf7a', '#7fd07f'],
} as const;

export interface PaneTheme { mode: 'light' | 'dark'; background?: string }

/** The pane's mode for an Office theme, and Office's background when every pane text colour reads on it. */
export function themeFor(theme: OfficeThemeColours | undefined): PaneTheme | null {
  if (!theme) return null;
  const bg = theme.bodyBackgroundColor;
  const lum = bg ? luminance(bg) : null;
  const mode = theme.isDarkTheme ?? (lum !== null ? lum < 0.2 : undefined);
  if (mode === undefined) return null;
  const m = mode ? 'dark' : 'light';
  const fits = bg && lum !== null && TEXT_COLOURS[m].every((c) => contrast(c, bg) >= 4.5);
  return fits ? { mode: m, background: bg } : { mode: m };
}

/** Sets data-theme (and Office's background) on the page; without an Office theme, CSS follows the system. */
export function applyOfficeTheme(theme: OfficeThemeColours | undefined, root: HTMLElement = document.documentElement): void {
  const t = themeFor(theme);
  if (!t) return;
  root.dataset.theme = t.mode;
  if (t.background) root.style.setProperty('--wps-bg', t.background);
}
