import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountShadowUi, PANEL_TAG, POLL_TAG, removeForeignHosts } from '../../../entrypoints/panel/shadow-ui';

function article(): HTMLElement {
  document.body.innerHTML =
    '<article><p id="q">L’Europe peut-elle encore rattraper son retard ?</p><p id="next">La suite du texte.</p></article>';
  return document.getElementById('q') as HTMLElement;
}

const render = (label: string) => (container: HTMLElement) => {
  const aside = document.createElement('aside');
  aside.setAttribute('aria-label', label);
  container.append(aside);
  return () => aside.remove();
};

describe('mountShadowUi', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
    ctx = new ContentScriptContext('panel-test', { noScriptStartedPostMessage: true });
  });
  afterEach(() => ctx.notifyInvalidated());

  it('puts the panel in a closed shadow root the page cannot open', async () => {
    const ui = await mountShadowUi(ctx, {
      name: PANEL_TAG,
      anchor: document.documentElement,
      append: 'last',
      css: '.x{color:red}',
      render: render('Contrepoint'),
    });
    const host = document.querySelector(PANEL_TAG);
    expect(host).toBe(ui.host);
    expect(host?.parentElement).toBe(document.documentElement);
    expect(host?.shadowRoot).toBeNull();
    // The page sees a bare element: no text, no attributes carrying what we show.
    expect(host?.textContent).toBe('');
    expect(host?.getAttributeNames().filter((n) => n !== 'style')).toEqual([]);
    expect(ui.isConnected()).toBe(true);
  });

  it('places an inline poll right after the block holding the question', async () => {
    const block = article();
    await mountShadowUi(ctx, { name: POLL_TAG, anchor: block, append: 'after', css: '', render: render('poll') });
    expect(block.nextElementSibling?.localName).toBe(POLL_TAG);
    expect(block.nextElementSibling?.nextElementSibling?.id).toBe('next');
  });

  it('can follow a bare text node (a question written straight into a container)', async () => {
    document.body.innerHTML = '<div id="c">Reste à savoir si l’Europe suivra.<p>Suite.</p></div>';
    const text = document.getElementById('c')?.firstChild as Text;
    const ui = await mountShadowUi(ctx, { name: POLL_TAG, anchor: text, append: 'after', css: '', render: render('p') });
    expect(text.nextSibling).toBe(ui.host);
    expect(ui.host.nextElementSibling?.localName).toBe('p');
  });

  it('removes what it placed, once, and the context removes the rest on invalidation', async () => {
    const block = article();
    const a = await mountShadowUi(ctx, { name: POLL_TAG, anchor: block, append: 'after', css: '', render: render('a') });
    await mountShadowUi(ctx, {
      name: PANEL_TAG,
      anchor: document.documentElement,
      append: 'last',
      css: '',
      render: render('b'),
    });
    a.remove();
    a.remove();
    expect(a.isConnected()).toBe(false);
    expect(document.querySelectorAll(POLL_TAG)).toHaveLength(0);
    ctx.notifyInvalidated();
    expect(document.querySelectorAll(`${PANEL_TAG}, ${POLL_TAG}`)).toHaveLength(0);
  });

  it('notices when the page removed it', async () => {
    const block = article();
    const ui = await mountShadowUi(ctx, { name: POLL_TAG, anchor: block, append: 'after', css: '', render: render('a') });
    document.body.innerHTML = '<article><p>re-rendered</p></article>';
    expect(ui.isConnected()).toBe(false);
  });
});

describe('removeForeignHosts', () => {
  it('removes hosts left by another copy of the script, and keeps ours', async () => {
    fakeBrowser.reset();
    const ctx = new ContentScriptContext('panel-test', { noScriptStartedPostMessage: true });
    document.body.innerHTML = `<${PANEL_TAG}></${PANEL_TAG}><p>text</p><${POLL_TAG}></${POLL_TAG}>`;
    const ours = await mountShadowUi(ctx, {
      name: PANEL_TAG,
      anchor: document.documentElement,
      append: 'last',
      css: '',
      render: render('ours'),
    });
    expect(removeForeignHosts(document)).toBe(2);
    expect(Array.from(document.querySelectorAll(`${PANEL_TAG}, ${POLL_TAG}`))).toEqual([ours.host]);
    expect(removeForeignHosts(document)).toBe(0);
    ctx.notifyInvalidated();
  });
});
