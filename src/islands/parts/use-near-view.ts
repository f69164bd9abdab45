/**
 * Whether an element has come near the screen: the moment a part below the fold (a
 * chart, a checklist, a reminder) loads its code (issue 15), rather than with the page.
 * Once near, it stays so. Where IntersectionObserver is missing, everything is near.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How far outside the screen a part starts loading, so it is usually there when scrolled to. */
const MARGIN = '200px';

/** `true` once `box` has come within `MARGIN` of the screen while `isWanted`. */
export function useNearView(box: RefObject<Element>, isWanted = true): boolean {
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    if (!isWanted || isNear) return;
    const element = box.current;
    if (!element || typeof IntersectionObserver !== 'function') return setIsNear(true);
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && setIsNear(true),
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isWanted, isNear]);
  return isNear;
}
