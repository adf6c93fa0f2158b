// Wakes the answer sync when a retry is due. A timer fires on time while the background lives (always, in
// Firefox's persistent MV2 background page); Chrome stops an idle service worker after about 30 s, which
// kills its timers, so there an alarm (when the reader granted `alarms` with sharing) wakes it again.
// Without either, the queue still goes out at the next start-up, answer change or results request.
import { browser } from 'wxt/browser';

export const SYNC_ALARM = 'contrepoint-sync';

interface AlarmsLike {
  create(name: string, info: { when: number }): Promise<void> | undefined;
  clear(name: string): Promise<boolean> | undefined;
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

/** Calls an alarms method, ignoring its failure: in Chrome the API object can outlive its permission
 * (removed when sharing is turned off), and then every call throws at once rather than rejecting. */
function safely(call: () => unknown): void {
  try {
    Promise.resolve(call()).catch(() => undefined);
  } catch {
    // No alarms any more: the timers and the next start-up or answer change still flush the queue.
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
        if (alarms) safely(() => alarms.clear(SYNC_ALARM));
        return;
      }
      timer = setTimeout(wake, Math.max(0, at - now()));
      if (alarms) safely(() => alarms.create(SYNC_ALARM, { when: at }));
    },
    listen() {
      const alarms = alarmsApi();
      if (!alarms || listening) return;
      try {
        alarms.onAlarm.addListener((alarm) => {
          if (alarm.name === SYNC_ALARM) wake();
        });
        listening = true;
      } catch {
        // Present but not usable (no permission): timers only.
      }
    },
  };
}
