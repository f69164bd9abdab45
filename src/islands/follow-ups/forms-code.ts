/**
 * The tracker's forms (add, edit, log) and its delete question, loaded on the action that
 * opens one (issue 15): the first render needs only the cards. The buttons that open
 * them warm the code as the pointer or focus reaches them, so a click usually finds it
 * ready; an empty tracker shows the add form at once, so it loads there on arrival.
 */
import { lazyModule } from '../parts/lazy-module';

/** The lazily loaded `./forms.ts`. */
export const formsCode = lazyModule(() => import('./forms'));

/** The type of the loaded module. */
export type FormsCode = typeof import('./forms');
