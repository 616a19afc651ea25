// Placeholder until the Excel side (issue 5) lands; the Excel helper replaces this file.
export function mountExcel(root: HTMLElement): void {
  root.textContent = 'WPS Lens for Excel is not built yet (issue 5).';
}
