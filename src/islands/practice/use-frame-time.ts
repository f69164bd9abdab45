import { useEffect, useState } from 'preact/hooks';

/**
 * `performance.now()` on every animation frame while `isActive`: the display's
 * clock. Only what it renders updates; elapsed time itself comes from timestamps, so
 * frames a hidden tab skips change nothing but the display.
 */
export function useFrameTime(isActive: boolean): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!isActive || typeof requestAnimationFrame !== 'function') return;
    let frame = 0;
    const tick = () => {
      setNow(performance.now());
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [isActive]);
  return now;
}
