// TEMPORARY: a plain-DOM panel and poll used until components/mount.tsx (the Preact UI) exists. It
// shows the analysis honestly (figures, questions, or "no AI-funding story found here") and nothing
// more; all page text goes in as text, never as markup.
import type { PollDef } from '../../core/build-polls';
import type { Analysis, Figure } from '../../core/types';

export interface PlainPanelProps {
  analysis: Analysis | null;
  found: boolean;
  onShowFigure(figure: Figure): void;
  onClose(): void;
}

export const PLAIN_CSS = `
.cp-panel{position:fixed;top:12px;right:12px;bottom:12px;width:320px;overflow:auto;z-index:2147483646;
 background:#fff;color:#1c1c1c;border:1px solid #c9c4b8;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.18);
 font:14px/1.45 system-ui,sans-serif;padding:12px 14px}
.cp-panel h2{font-size:16px;margin:0 0 8px}.cp-panel h3{font-size:13px;margin:14px 0 4px;text-transform:uppercase}
.cp-panel ul{margin:0;padding-left:18px}.cp-panel button{font:inherit;cursor:pointer}
.cp-close{position:absolute;top:8px;right:8px}
.cp-poll{margin:12px 0;padding:10px 12px;border:1px solid #c9c4b8;border-radius:6px;font:14px/1.4 system-ui,sans-serif;background:#faf8f2;color:#1c1c1c}
.cp-poll fieldset{border:0;margin:0;padding:0}.cp-poll label{display:block}
@media (prefers-color-scheme: dark){.cp-panel,.cp-poll{background:#1e1f22;color:#eee;border-color:#444}}
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderPlainPanel(container: HTMLElement, props: PlainPanelProps): () => void {
  const aside = el('aside');
  aside.className = 'cp-panel';
  aside.setAttribute('aria-label', 'Contrepoint: key figures and open questions');
  const close = el('button', '×');
  close.className = 'cp-close';
  close.setAttribute('aria-label', 'Close Contrepoint');
  close.addEventListener('click', () => props.onClose());
  aside.append(close, el('h2', 'Contrepoint'));
  const a = props.analysis;
  if (!props.found) {
    aside.append(el('p', 'No AI-funding story found here.'));
    if (a) aside.append(el('p', `Language: ${a.lang}. Figures understood: ${a.figures.length}. Score: ${a.score.toFixed(2)}.`));
    else aside.append(el('p', 'No article text could be read on this page.'));
  }
  if (a && props.found) {
    const facts = el('ul');
    if (a.company) facts.append(el('li', `Company: ${a.company}`));
    if (a.amount) facts.append(el('li', `Amount: ${a.amount.text}`));
    if (a.valuation) facts.append(el('li', `Valuation: ${a.valuation.text}`));
    if (a.investors.length > 0) facts.append(el('li', `Investors: ${a.investors.join(', ')}`));
    aside.append(el('h3', 'Key figures'), facts);
    const figures = el('ul');
    for (const f of a.figures) {
      const li = el('li');
      const show = el('button', `${f.text} (${f.kind})`);
      show.addEventListener('click', () => props.onShowFigure(f));
      li.append(show);
      figures.append(li);
    }
    aside.append(figures);
  }
  if (a && a.questions.length > 0) {
    const list = el('ul');
    for (const q of a.questions) list.append(el('li', q.text));
    aside.append(el('h3', 'Open questions'), list);
  }
  container.append(aside);
  return () => aside.remove();
}

export function renderPlainPoll(container: HTMLElement, poll: PollDef): () => void {
  const form = el('form');
  form.className = 'cp-poll';
  const group = el('fieldset');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', poll.question);
  group.append(el('legend', poll.question));
  for (const option of poll.options) {
    const label = el('label');
    const input = el('input');
    input.type = 'radio';
    input.name = 'answer';
    input.value = option.id;
    label.append(input, ` ${option.label[poll.lang]}`);
    group.append(label);
  }
  const live = el('p');
  live.setAttribute('aria-live', 'polite');
  const submit = el('button', 'Vote');
  submit.type = 'submit';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    live.textContent = 'Thanks: your answer stays on this device.';
  });
  form.append(group, submit, live);
  container.append(form);
  return () => form.remove();
}
