/**
 * My data's actions, loaded on the first intent to use one (pointer near a button, focus on
 * it, a file chosen): at load the page carries only what it shows, what is stored and the
 * buttons (issue 15).
 */
import { lazyModule } from '../parts/lazy-module';

/** The actions module (actions.ts); `now()` has it once a button has loaded it. */
export const actionsCode = lazyModule(() => import('./actions'));
