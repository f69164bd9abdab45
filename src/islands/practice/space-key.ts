/**
 * Space starts and stops a run when focus is not on something Space already works
 * (a field, a button, a link, a checkbox, a media player), so it never steals a key.
 */
import { useEffect, useRef } from 'preact/hooks';

const OWN_SPACE =
  'input, textarea, select, button, a[href], summary, audio, video, [contenteditable]:not([contenteditable="false"]), ' +
  '[role="button"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"], [role="slider"], [role="textbox"]';

/** Whether a keydown is the Space shortcut: plain Space, not held down, on no control. */
export function isSpaceShortcut(event: KeyboardEvent): boolean {
  if (event.key !== ' ' && event.code !== 'Space') return false;
  if (event.repeat || event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
  const target = event.target;
  if (!(target instanceof Element)) return true;
  return target.closest(OWN_SPACE) === null;
}

/** Call `onPress` on the Space shortcut anywhere on the page while `isEnabled`. */
export function useSpaceKey(isEnabled: boolean, onPress: (event: KeyboardEvent) => void): void {
  const latest = useRef(onPress);
  latest.current = onPress;
  useEffect(() => {
    if (!isEnabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSpaceShortcut(event)) return;
      event.preventDefault(); // no page scroll
      latest.current(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isEnabled]);
}
