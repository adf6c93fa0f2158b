// TEMPORARY plain popup until components/mount.tsx provides mountPopup: the current tab's status, an
// "Analyse this page" button and the per-site switch.
import { analyseTab, loadPopupState, setSiteGranted } from './popup-state';

const STATE_TEXT = {
  found: 'AI-funding story found on this page.',
  'not-found': 'No AI-funding story found on this page.',
  'not-analysed': 'This page has not been analysed.',
  unsupported: 'Contrepoint cannot run on this page.',
} as const;

async function render(root: HTMLElement): Promise<void> {
  const state = await loadPopupState();
  root.replaceChildren();
  const add = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] => {
    const el = document.createElement(tag);
    el.textContent = text;
    root.append(el);
    return el;
  };
  add('h1', 'Contrepoint');
  add('p', STATE_TEXT[state.status.state]);
  const { tabId, site } = state;
  if (tabId !== null && state.status.state !== 'unsupported') {
    add('button', 'Analyse this page').addEventListener('click', async () => {
      if (await analyseTab(tabId)) window.close();
    });
  }
  if (site && !site.builtIn) {
    const label = site.granted ? `Stop running on ${site.host}` : `Always run on ${site.host}`;
    add('button', label).addEventListener('click', async () => {
      await setSiteGranted(site, !site.granted);
      await render(root);
    });
  }
}

const root = document.getElementById('app');
if (root) void render(root);
