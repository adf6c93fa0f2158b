import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Explicit imports everywhere (DESIGN.md): no auto-import magic, so every file says what it uses.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'contrepoint@contrepoint.example', strict_min_version: '115.0' } } }
      : {}),
  }),
});
