/// <reference types="office-js" />
// Word task pane (issue 4). Being built: this first version only proves the shared runtime mounts.
export function mountWord(root: HTMLElement): void {
  root.textContent = 'WPS Lens for Word';
}
