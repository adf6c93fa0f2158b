// Read-modify-write of one storage item, queued within the tab: each change reads what the one before it
// wrote, so quick successive changes all land. Shared by the stores kept in a single item (settings,
// quiz scores); answers have their own per-poll queues (answers-store.ts).

export interface WriteReport<V> {
  saved(value: V): void;
  failed(error: unknown): void;
}

/** A `write(change)` that resolves true once the changed value is stored, false (after `failed`) when
 *  reading or storing it threw: what was stored before stays as it was. */
export function queuedItemWriter<V>(
  read: () => Promise<V>,
  save: (value: V) => Promise<void>,
  report: WriteReport<V>,
): (change: (current: V) => V) => Promise<boolean> {
  let queue: Promise<unknown> = Promise.resolve();
  return (change) => {
    const task = async (): Promise<boolean> => {
      try {
        const next = change(await read());
        await save(next);
        report.saved(next);
        return true;
      } catch (error) {
        report.failed(error);
        return false;
      }
    };
    const next = queue.then(task, task);
    queue = next;
    return next;
  };
}
