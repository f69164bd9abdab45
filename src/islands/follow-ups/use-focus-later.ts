/**
 * Move focus to an element that may not exist yet: after adding an interview, its card
 * appears only once the list re-renders. The request waits until an element with that
 * id is in the page, then focuses it once.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** A function that focuses the element with `id` after the next render that shows it. */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, bump] = useState(0);
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((id: string) => {
    pending.current = id;
    bump((count) => count + 1);
  }, []);
}
