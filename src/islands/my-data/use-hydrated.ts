import { useEffect, useState } from 'preact/hooks';

/**
 * `false` in the server's HTML and the first client render, `true` right after: what
 * this browser holds is shown only then, so hydration never meets a mismatch.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
