/**
 * Keep the screen on during a run, where the browser offers the Screen Wake Lock API.
 * A refusal (battery saver, no user gesture, an unsupported browser) is ignored: the
 * run goes on either way. The browser drops the lock when the tab is hidden, so it is
 * asked for again when the tab comes back.
 */

interface WakeLockSentinelLike {
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

function wakeLockApi(): WakeLockLike | null {
  const api = (globalThis.navigator as (Navigator & { wakeLock?: WakeLockLike }) | undefined)?.wakeLock;
  return api && typeof api.request === 'function' ? api : null;
}

/** Hold the screen awake until the returned function is called. */
export function holdWakeLock(): () => void {
  const api = wakeLockApi();
  if (!api) return () => {};
  let sentinel: WakeLockSentinelLike | null = null;
  let isHeld = true;

  const acquire = () => {
    let request: Promise<WakeLockSentinelLike>;
    try {
      request = api.request('screen');
    } catch {
      return;
    }
    request.then(
      (lock) => {
        if (isHeld) sentinel = lock;
        else lock.release().catch(() => {});
      },
      () => {}, // refused: keep running without it
    );
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && isHeld) acquire();
  };

  acquire();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    isHeld = false;
    document.removeEventListener('visibilitychange', onVisible);
    sentinel?.release().catch(() => {});
    sentinel = null;
  };
}
