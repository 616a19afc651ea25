import { defineConfig } from 'wxt';

// The browser extension (issue 3). Sources live in extension/; the core is imported from core/.
// One source, Manifest V3 for Chrome/Edge and Firefox (build Firefox with `-b firefox --mv3`).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: 'WPS Lens',
    description: 'Highlights Women, Peace and Security language and gaps in the page you read. Nothing leaves your machine.',
    // Minimal: the page is read only when the user asks (activeTab); sites for auto-scan are opt-in.
    permissions: browser === 'firefox' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage', 'sidePanel'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Scan this page with WPS Lens' },
    commands: {
      'scan-page': { suggested_key: { default: 'Alt+Shift+W' }, description: 'Scan the current page' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'wps-lens@wps-lens.local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
