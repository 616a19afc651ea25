import { defineConfig } from 'wxt';

// The browser extension (issue 3). Sources live in extension/; the core is imported from core/.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifestVersion: 3,
  manifest: {
    name: 'WPS Lens',
    description: 'Highlights Women, Peace and Security language and gaps in the page you read. Nothing leaves your machine.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
