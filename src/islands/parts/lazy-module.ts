/**
 * Code loaded on the action that needs it rather than with the page (issue 15): a module
 * wrapped once with `lazyModule`, warmed when the pointer comes near or focus arrives, and
 * used synchronously once it has arrived. `useLazyModule` renders a part (a form, a
 * dialog) from such a module as soon as it is wanted and loaded.
 */
import { useEffect, useState } from 'preact/hooks';

/** A module loaded once, on first intent; `now()` gives it synchronously once it has arrived. */
export interface LazyModule<T> {
  /** Start loading (pointer near, focus): safe to call again. */
  warm: () => void;
  /** The module when already loaded, else `undefined`. */
  now: () => T | undefined;
  /** The module, loading it if needed. */
  get: () => Promise<T>;
}

/** Wrap a dynamic `import()` so it runs once and its result can be used synchronously later. */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const get = () => {
    pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed load (offline, a new version deployed) may work on the next try.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    warm: () => void get().catch(() => undefined),
    now: () => loaded,
    get,
  };
}

/**
 * The module once `isWanted` and loaded, else `undefined`: the component re-renders when it
 * arrives. A failed load (offline, a new version deployed) leaves it `undefined`; the next
 * time the part is wanted it is tried again.
 */
export function useLazyModule<T>(module: LazyModule<T>, isWanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<T | undefined>(module.now);
  useEffect(() => {
    if (!isWanted || loaded !== undefined) return;
    let isCurrent = true;
    module.get().then(
      (arrived) => isCurrent && setLoaded(() => arrived),
      () => undefined,
    );
    return () => void (isCurrent = false);
  }, [module, isWanted, loaded]);
  return loaded;
}
