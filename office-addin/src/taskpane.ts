// Shared-runtime entry: one page for Word's and Excel's task pane and Excel's custom functions.
// The host decides which side mounts; the other side's code is never loaded.
import './common/style.css';

async function start(info: { host: Office.HostType | null }): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  if (info.host === Office.HostType.Word) {
    const { mountWord } = await import('./word/pane.ts');
    mountWord(root);
  } else if (info.host === Office.HostType.Excel) {
    // Custom functions register themselves (CustomFunctions.associate) when their module loads.
    await import('./excel/functions.ts');
    const { mountExcel } = await import('./excel/pane.ts');
    mountExcel(root, { displayLanguage: Office.context.displayLanguage });
  } else {
    root.textContent = 'WPS Lens runs in Word and Excel.';
  }
}

Office.onReady((info) => {
  start(info).catch((err: unknown) => {
    const root = document.getElementById('app');
    if (root) root.textContent = `WPS Lens could not start: ${err instanceof Error ? err.message : String(err)}`;
  });
});
