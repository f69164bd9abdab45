/**
 * The stale-day check (lib/script/stale-day.ts), loaded once a text the user edited needs it.
 * What to say should it not load is in lib/script/stale-day-unchecked.ts, with the page.
 */
import { lazyModule } from './lazy-module';

/** The check's code, shared by the script builder, the calculator and the tracker. */
export const staleDayCode = lazyModule(() => import('../../lib/script/stale-day'));
