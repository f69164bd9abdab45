/**
 * Hints for the fields several tools share, worded once so the calculator, the script
 * builder and the tracker ask for the same thing in the same words.
 */
export { THEIR_PHONE_HINT, YOUR_PHONE_HINT } from './phone-number';

/**
 * The interviewer's name, as the texts use it ("Hi Ms. Alvarez,", "Dear Ms. Alvarez,"):
 * the course says to use the name they gave you, else their title and surname.
 */
export const INTERVIEWER_NAME_HINT =
  'As you will greet them: the name they gave you, or their title and surname, e.g. Ms. Alvarez.';
