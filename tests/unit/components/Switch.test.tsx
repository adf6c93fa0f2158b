import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Switch } from '../../../components/Switch';

/** The switch as its parents use it: the parent owns the state and feeds it back. */
function Owned({ initial, onChange }: { initial: boolean; onChange(checked: boolean): void }) {
  const [checked, setChecked] = useState(initial);
  return (
    <Switch
      checked={checked}
      label="Highlight figures and questions in the article"
      onChange={(next) => {
        setChecked(next);
        onChange(next);
      }}
    />
  );
}

describe('Switch', () => {
  afterEach(cleanup);

  it('is a real button with role switch, named by its visible label, with its state in aria-checked', () => {
    render(<Switch checked={false} label="Surligner chiffres et questions dans l’article" onChange={vi.fn()} />);
    const toggle = screen.getByRole('switch', { name: 'Surligner chiffres et questions dans l’article' });
    // A native <button type="button"> gets Enter/Space activation and focus from the browser itself.
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('type')).toBe('button');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    // The drawn track is decoration: it must not add to the accessible name.
    expect(toggle.querySelector('[aria-hidden="true"]')?.textContent).toBe('');
  });

  it('asks for the opposite of its current state, and leaves the state to its owner', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Switch checked={true} label="Highlights" onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Highlights' });
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(false);
    // Controlled: without a new prop the state shown does not change.
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    rerender(<Switch checked={false} label="Highlights" onChange={onChange} />);
    expect(screen.getByRole('switch', { name: 'Highlights' }).getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByRole('switch', { name: 'Highlights' }));
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('flips back and forth when its owner follows the change', () => {
    const onChange = vi.fn();
    render(<Owned initial={false} onChange={onChange} />);
    const toggle = screen.getByRole('switch');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(onChange.mock.calls).toEqual([[true], [false]]);
  });

  it('does nothing while disabled', () => {
    const onChange = vi.fn();
    render(<Switch checked={true} label="Share my answers" onChange={onChange} disabled />);
    const toggle = screen.getByRole('switch', { name: 'Share my answers' }) as HTMLButtonElement;
    expect(toggle.disabled).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).not.toHaveBeenCalled();
  });
});
