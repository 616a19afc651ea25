// The pane follows Office's own theme when Office.js gives it (Office.context.officeTheme: a dark or
// black Office theme gives the dark pane even on a light system); without it, the system's
// preference (prefers-color-scheme in excel.css). High contrast needs nothing here: forced colours
// replace ours, and excel.css keeps borders and focus rings that survive them.

/** The part of Office.context.officeTheme read here. */
export interface OfficeTheme { bodyBackgroundColor?: string }

function officeTheme(): OfficeTheme | undefined {
  try {
    return (globalThis as { Office?: { context?: { officeTheme?: OfficeTheme } } }).Office?.context?.officeTheme;
  } catch {
    return undefined; // Office.context throws before Office.onReady in some hosts
  }
}

/** Relative luminance (WCAG) of "#rrggbb" or "rrggbb"; undefined for anything else. */
export function luminance(colour: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Mark the page as the Excel pane, dark or light as Office is; returns the theme chosen, or undefined (the system's). */
export function applyTheme(doc: Document, theme: OfficeTheme | undefined = officeTheme()): 'dark' | 'light' | undefined {
  const html = doc.documentElement;
  html.classList.add('wps-excel');
  const l = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  if (l === undefined) return undefined;
  const dark = l < 0.2;
  html.classList.toggle('wps-dark', dark);
  html.classList.toggle('wps-light', !dark);
  return dark ? 'dark' : 'light';
}
