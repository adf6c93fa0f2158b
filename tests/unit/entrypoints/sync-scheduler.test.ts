import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSyncScheduler, SYNC_ALARM } from '../../../entrypoints/background/sync-scheduler';

describe('sync scheduler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('wakes the sync when a retry is due, by timer and by alarm, and cancels both', async () => {
    const wake = vi.fn();
    const now = Date.now();
    const scheduler = createSyncScheduler(wake, () => now);
    scheduler.listen();
    scheduler.schedule(now + 5_000);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(now + 5_000);
    vi.advanceTimersByTime(4_999);
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(wake).toHaveBeenCalledTimes(1);

    // A stopped service worker lost its timer: the alarm wakes it instead.
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: now + 5_000, persistAcrossSessions: false });
    expect(wake).toHaveBeenCalledTimes(2);

    scheduler.schedule(now + 60_000);
    scheduler.schedule(null);
    vi.advanceTimersByTime(120_000);
    expect(wake).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('keeps working when the alarms API throws (its permission was just removed)', () => {
    vi.spyOn(fakeBrowser.alarms, 'clear').mockImplementation(() => {
      throw new Error("'alarms.clear' is not available in this context");
    });
    vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation(() => {
      throw new Error("'alarms.create' is not available in this context");
    });
    const wake = vi.fn();
    const scheduler = createSyncScheduler(wake, () => 0);
    expect(() => scheduler.schedule(null)).not.toThrow();
    expect(() => scheduler.schedule(1_000)).not.toThrow();
    vi.advanceTimersByTime(1_000);
    expect(wake).toHaveBeenCalledTimes(1);
  });
});
