import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyDetails } from '../../../components/LazyDetails';

describe('LazyDetails', () => {
  afterEach(cleanup);

  it('builds its body only once opened, and keeps it when closed again', async () => {
    const body = vi.fn(() => <p>Arguments on each side</p>);
    const { container } = render(
      <LazyDetails summary="Can Europe catch up?" open={false}>
        {body}
      </LazyDetails>,
    );
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(screen.getByText('Can Europe catch up?').tagName).toBe('SUMMARY');
    expect(screen.queryByText('Arguments on each side')).toBeNull();
    expect(body).not.toHaveBeenCalled();

    // The reader opens it: the browser fires `toggle`.
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByText('Arguments on each side')).toBeTruthy();
    expect(body).toHaveBeenCalled();

    details.open = false;
    fireEvent(details, new Event('toggle'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByText('Arguments on each side')).toBeTruthy();
  });

  it('builds the body at once when opened from outside', () => {
    const { container, rerender } = render(
      <LazyDetails summary="An investment bubble?" open={false}>
        {() => <p>Both sides</p>}
      </LazyDetails>,
    );
    expect(screen.queryByText('Both sides')).toBeNull();
    rerender(
      <LazyDetails summary="An investment bubble?" open={true}>
        {() => <p>Both sides</p>}
      </LazyDetails>,
    );
    expect((container.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByText('Both sides')).toBeTruthy();
  });
});
