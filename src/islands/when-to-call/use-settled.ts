/**
 * A value that waits until it has stopped changing before it changes: what a live
 * region shows, so a screen reader hears the advice once typing pauses, not on every
 * keystroke. The first change (the saved state after hydration) comes at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** `value` once `key` has held still for `delay` ms; until then, the last settled value. */
export function useSettled<T>(value: T, key: string, delay = 400): T {
  const [settled, setSettled] = useState({ key, value });
  const isFirstChange = useRef(true);
  useEffect(() => {
    if (key === settled.key) return undefined;
    const wait = isFirstChange.current ? 0 : delay;
    isFirstChange.current = false;
    const timer = setTimeout(() => setSettled({ key, value }), wait);
    return () => clearTimeout(timer);
  }, [key]);
  return key === settled.key ? value : settled.value;
}
