import { defineConfig } from 'wxt';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// The browser extension (issue 3). Sources live in extension/; the core is imported from core/.
// One source, Manifest V3 for Chrome/Edge and Firefox (build Firefox with `-b firefox --mv3`).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    // The browser's own places (store listing, toolbar tooltip, shortcut settings) in its language: _locales/.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal: the page is read only when the user asks (activeTab); sites for auto-scan are opt-in.
    permissions: browser === 'firefox' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage', 'sidePanel'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Icons rendered from extension/assets/icon.svg by scripts/icons.ts (committed PNGs in extension/public/icon).
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    commands: {
      'scan-page': { suggested_key: { default: 'Alt+Shift+W' }, description: '__MSG_commandScan__' },
    },
    // Chrome/Edge: the organisation's policy (storage.managed), declared by a schema generated from the core's
    // shapes (scripts/managed-schema.ts). Firefox reads managed storage from a system file without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'wps-lens@wps-lens.local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
