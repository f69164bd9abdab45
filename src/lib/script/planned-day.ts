/**
 * The day the next follow-up step is planned for: the tracker's next action (the
 * calculator's suggested day until something is logged, the email day after a
 * voicemail). Its own module: the script builder loads it after the page, as the
 * tracker's rules are not needed to show the form.
 */
import type { IsoDate } from '../dates';
import { nextActionFor, type TrackedApplication } from '../follow-ups/next-action';

/** The day of the next step for `application` seen on `today`, or `null` when none is due. */
export function plannedDayOf(application: TrackedApplication, today: IsoDate): IsoDate | null {
  return nextActionFor(application, today).nextActionDate;
}
