/**
 * The call window, as the rule (rule.ts) works it out and the advice (advice.ts) reads
 * it: in a file of its own so neither imports the other for it.
 */
import type { IsoDate } from '../dates';
import type { GivenDateMeaning } from '../storage/schemas/application';

/** Where the window came from: the 7–14 day habit, or the interviewer's date. */
export type CallWindowBasis = 'rule-of-thumb' | GivenDateMeaning;

/** The days to call: `opens` to `closes` inclusive, `suggested` being the best one. */
export interface CallWindow {
  interviewDate: IsoDate;
  opens: IsoDate;
  closes: IsoDate;
  suggested: IsoDate;
  basis: CallWindowBasis;
}
