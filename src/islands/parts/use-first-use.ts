import { useState } from 'preact/hooks';

/**
 * Whether the user has started using a tool, and the handler that says so: put it on the
 * tool's root as `onFocusIn` and `onPointerDown`. Parts below the screen (a reminder,
 * downloads, checks) load then as well as when scrolled near, since Tab can reach them
 * before any scroll. Setting it again is free: Preact skips a state set to the same value.
 */
export function useFirstUse(): [isUsed: boolean, use: () => void] {
  const [isUsed, setIsUsed] = useState(false);
  return [isUsed, () => setIsUsed(true)];
}
