import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterFirstPaint } from '../../../components/AfterFirstPaint';

describe('AfterFirstPaint', () => {
  const root = document.createElement('div');
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('leaves its content out of the first frame and adds it right after', async () => {
    document.body.append(root);
    const build = vi.fn(() => <p>Private AI investment, 2024</p>);
    // Preact's own render, not Testing Library's: `act` would run the effect before returning.
    render(
      <section>
        <h3>Context</h3>
        <AfterFirstPaint>{build}</AfterFirstPaint>
      </section>,
      root,
    );
    expect(root.textContent).toBe('Context');
    expect(build).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(root.textContent).toBe('ContextPrivate AI investment, 2024'));
  });
});
