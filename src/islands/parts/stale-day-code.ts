/**
 * The stale-day check (lib/script/stale-day.ts), loaded once a text the user edited needs it,
 * and what to say when it cannot load (offline before the site was kept for offline use, a
 * new version deployed): the check's own code is what failed, so the message lives here,
 * with the page. Silence would read as "the days are fine".
 */
import { lazyModule } from './lazy-module';

/** The check's code, shared by the script builder, the calculator and the tracker. */
export const staleDayCode = lazyModule(() => import('../../lib/script/stale-day'));

/** Said in place of the check when its code could not load; `before` as in `describeStaleDayWords`. */
export function staleDayCheckFailed(before = 'you copy or print this'): string {
  return `Check the day before ${before}: part of this page could not load, so your words were not checked for days like “yesterday”. Read them over.`;
}
