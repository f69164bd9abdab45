/**
 * A tool's form keeps what was typed but not saved beside the active interview's saved
 * values. When another interview becomes active (here or in another tab), that interview's
 * values must show, not what was typed for the one before; so the form resets.
 */
import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `reset` when the active interview changes from one to another: not when the first
 * one arrives (after hydration, or once the form creates it), nor when none is active.
 */
export function useActiveChange(activeId: string | null, reset: () => void): void {
  const previousId = useRef<string | null>(null);
  useEffect(() => {
    if (activeId === null) return;
    if (previousId.current !== null && activeId !== previousId.current) reset();
    previousId.current = activeId;
  }, [activeId]);
}
