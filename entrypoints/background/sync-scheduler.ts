// Wakes the answer sync when a retry is due. A timer fires on time while the background lives (always, in
// Firefox's persistent MV2 background page); Chrome stops an idle service worker after about 30 s, which
// kills its timers, so there an alarm (when the reader granted `alarms` with sharing) wakes it again.
// Without either, the queue still goes out at the next start-up, answer change or results request.
import { browser } from 'wxt/browser';

export const SYNC_ALARM = 'contrepoint-sync';

interface AlarmsLike {
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | void;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/** `browser.alarms`, present only once the optional permission is granted (Chrome) or declared. */
export function alarmsApi(): AlarmsLike | null {
  try {
    return ((browser as unknown as { alarms?: AlarmsLike }).alarms ?? null) as AlarmsLike | null;
  } catch {
    return null;
  }
}

export interface SyncScheduler {
  schedule(at: number | null): void;
  /** Registers the alarm listener if the API is there and it was not registered yet. */
  listen(): void;
}

export function createSyncScheduler(wake: () => void, now: () => number = Date.now): SyncScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listening = false;
  return {
    schedule(at) {
      clearTimeout(timer);
      timer = undefined;
      const alarms = alarmsApi();
      if (at === null) {
        Promise.resolve(alarms?.clear(SYNC_ALARM)).catch(() => undefined);
        return;
      }
      timer = setTimeout(wake, Math.max(0, at - now()));
      Promise.resolve(alarms?.create(SYNC_ALARM, { when: at })).catch(() => undefined);
    },
    listen() {
      const alarms = alarmsApi();
      if (!alarms || listening) return;
      listening = true;
      alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === SYNC_ALARM) wake();
      });
    },
  };
}
