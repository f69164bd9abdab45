import { act } from '@testing-library/preact';
import { vi } from 'vitest';

/** Fake every clock the practice timer reads: timers, animation frames, performance.now() and Date. */
export function fakePracticeClock(): void {
  // One fake for all of them, so the elapsed time, the frames that show it and the run's date agree.
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
      'Date',
    ],
  });
}

/** Move the fake clock (timers, frames and performance.now() together) and let Preact render. */
export function advance(ms: number): void {
  void act(() => {
    vi.advanceTimersByTime(ms);
  });
}
