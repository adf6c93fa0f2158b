import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, PAINT_FALLBACK_MS } from '../../../entrypoints/panel/after-next-paint';

// A context whose frames the test runs by hand (a hidden tab runs none); its timers are Vitest's fake ones.
function fakeCtx() {
  const frames: FrameRequestCallback[] = [];
  return {
    frames,
    ctx: {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms) as unknown as number,
    },
    frame: () => {
      for (const callback of frames.splice(0)) callback(performance.now());
    },
  };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves in the task after the next frame, not in the frame itself', async () => {
    const { ctx, frame } = fakeCtx();
    let done = false;
    void afterNextPaint(ctx).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(5);
    expect(done).toBe(false);
    frame();
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('does not wait for ever in a tab that paints no frame', async () => {
    const { ctx, frames } = fakeCtx();
    let done = false;
    void afterNextPaint(ctx).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(PAINT_FALLBACK_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(frames).toHaveLength(1);
  });
});
