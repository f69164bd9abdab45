/**
 * The tracker's downloads (ExportActions.tsx, with the stale-day check they run), loaded as
 * their section nears the screen or the tracker is first used: not with the page (issue 15).
 */
import { lazyModule } from '../parts/lazy-module';

/** The downloads' module; `now()` has it once loaded. */
export const exportCode = lazyModule(() => import('./ExportActions'));
