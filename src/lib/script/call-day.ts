/**
 * Which day the script builder's texts are worded for. A script is read out on the call
 * day, not the day it was written, so the day comes from the follow-up plan: the
 * tracker's next action for the interview (planned-day.ts, loaded after the page).
 */
import { compareIsoDates, DEFAULT_LOCALE, type DateLocale, type IsoDate } from '../dates';
import type { DayWording } from './interview-day';

/**
 * The wording for texts shown on `today` for a call planned on `planned`: relative to
 * today while the call is due now (or overdue), else the date itself, worded for the
 * planned day, because a text copied or printed today is read out then ("yesterday"
 * would be wrong by then). With no plan known (`null`) the date is said too.
 */
export function wordingFor(
  planned: IsoDate | null,
  today: IsoDate,
  locale: DateLocale = DEFAULT_LOCALE,
): DayWording {
  if (planned !== null && compareIsoDates(planned, today) <= 0)
    return { day: today, isRelative: true, locale };
  return { day: planned ?? today, isRelative: false, locale };
}

/** The line under the scripts' heading: why the interview day is worded as it is. */
export function describeWording(wording: DayWording): string {
  return wording.isRelative
    ? 'Worded for a call today: words such as “yesterday” are right today only, so come back on the day you call.'
    : 'Your call is on a later day, so the texts give the interview’s date rather than “yesterday” or “last Tuesday”: they read right whichever day you call.';
}
