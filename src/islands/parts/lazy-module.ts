/**
 * Code loaded on the action that needs it rather than with the page (issue 15): a module
 * wrapped once with `lazyModule`, warmed when the pointer comes near or focus arrives
 * (`warmOn`), and used synchronously once it has arrived. `useLazyModule` renders a part
 * (a form, a dialog) from such a module as soon as it is wanted and loaded, and says when
 * it could not load, so the page offers to try again instead of "Loading…" forever.
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

/** Spread on a button (`{...warmOn(code)}`): its code starts loading as the pointer or focus reaches it. */
export function warmOn(module: LazyModule<unknown>): { onPointerEnter: () => void; onFocus: () => void } {
  return { onPointerEnter: module.warm, onFocus: module.warm };
}

/**
 * For actions whose code loads on the click (a download, Print): `run(module, action)` does
 * the action; when it failed because `module` could not load, `retry` is set (shown with
 * `LoadFailed` beside the button) to do it again, and cleared once it works. Any other
 * failure is `onError`'s to say.
 */
export function useActionRetry() {
  const [retry, setRetry] = useState<() => Promise<void>>();
  function run(
    module: LazyModule<unknown>,
    action: () => Promise<unknown>,
    onError: () => void,
  ): Promise<void> {
    const attempt = (): Promise<void> =>
      action().then(
        () => setRetry(undefined),
        () => {
          if (module.now() === undefined) return setRetry(() => attempt);
          setRetry(undefined);
          onError();
        },
      );
    return attempt();
  }
  return { retry, run };
}

/** A part drawn from a lazy module: the module once loaded, or how to try again after a failed load. */
export interface LazyPart<T> {
  /** The module, once wanted and loaded. */
  loaded: T | undefined;
  /** Set while the last load failed (offline, a new version deployed): loads it again. */
  retry: (() => Promise<unknown>) | undefined;
}

/**
 * The module once `isWanted` and loaded: the component re-renders when it arrives. A failed
 * load sets `retry` (the part shows `LoadFailed` in its place); the next time the part is
 * wanted it is also tried again.
 */
export function useLazyModule<T>(module: LazyModule<T>, isWanted: boolean): LazyPart<T> {
  const [loaded, setLoaded] = useState<T | undefined>(module.now);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!isWanted || loaded !== undefined) return;
    let isCurrent = true;
    module.get().then(
      (arrived) => isCurrent && setLoaded(() => arrived),
      () => isCurrent && setFailed(true),
    );
    return () => void (isCurrent = false);
  }, [module, isWanted, loaded]);
  return {
    loaded,
    retry: failed && !loaded ? () => module.get().then((arrived) => setLoaded(() => arrived)) : undefined,
  };
}
