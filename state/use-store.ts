// A zustand vanilla store read from a Preact component, on preact/hooks alone (no preact/compat, which
// would add ~10 kB to every bundle that shows UI).
import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  const selected = selector(store.getState());
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  useEffect(() => {
    const check = (): void => {
      if (!Object.is(selectorRef.current(store.getState()), selectedRef.current)) rerender(0);
    };
    // The state may have changed between render and subscription.
    check();
    return store.subscribe(check);
  }, [store]);

  return selected;
}
