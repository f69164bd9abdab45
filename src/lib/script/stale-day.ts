/**
 * Day words in a text the user edited that will be wrong when it is read out. A
 * generated text is re-worded every day; an edited one is frozen as typed, so "I
 * interviewed with you yesterday", written the day after the interview, is wrong by
 * the call a week later. Only words that can name the interview day are checked:
 * "yesterday", "the day before yesterday", "tomorrow", "last week", "this week", and
 * the interview's own weekday when no date follows it ("on Tuesday", "last Tuesday").
 */
import { addDays, dayOfWeek, daysBetween, formatLongDate, formatWeekday, type IsoDate } from '../dates';
import type { ScriptDetails } from './details';
import { describeInterviewDay, wordingOf, type SaidOn } from './interview-day';
import { BEFORE_COPY_OR_PRINT } from './stale-day-unchecked';

/** A day word that will be wrong, and how the interview day is said on the reading day instead. */
export interface StaleDayWord {
  said: string;
  instead: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** The Monday that starts the week `date` falls in. */
function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** Whether `said` (lower case) names the interview day correctly when read on `day`. */
function isRight(said: string, interview: IsoDate, day: IsoDate): boolean {
  const daysAgo = daysBetween(interview, day);
  if (said === 'yesterday') return daysAgo === 1;
  if (said === 'the day before yesterday') return daysAgo === 2;
  if (said === 'tomorrow') return daysAgo === -1;
  if (said === 'last week') return mondayOf(interview) === addDays(mondayOf(day), -7);
  if (said.endsWith('this week')) return mondayOf(interview) === mondayOf(day) && daysAgo >= 0;
  // The interview's weekday, alone: right only within the six days before.
  return daysAgo >= 1 && daysAgo <= 6;
}

/** The day words in `text` that are wrong when it is read out as `saidOn` says; none without an interview date. */
export function findStaleDayWords(
  text: string,
  interview: ScriptDetails['interviewDate'],
  saidOn: SaidOn,
): StaleDayWord[] {
  if (interview === '') return [];
  const { day } = wordingOf(saidOn);
  const weekday = formatWeekday(interview);
  const words = new RegExp(
    `\\b(?:the day before yesterday|yesterday|tomorrow|last week|(?:earlier )?this week|` +
      `(?:(?:last|this past|this|on) )?${weekday}\\b(?!,? (?:\\d|${MONTHS})))`,
    'giu',
  );
  const instead = describeInterviewDay(interview, saidOn);
  const stale = new Map<string, StaleDayWord>();
  for (const [said] of text.matchAll(words)) {
    if (!isRight(said.toLowerCase(), interview, day)) stale.set(said.toLowerCase(), { said, instead });
  }
  return [...stale.values()];
}

/**
 * The warning for stale day words, or `null` when there are none: what is wrong, when, and
 * what to say instead. `today` tells a text read today from one read on a later day;
 * `before` names what the user is about to do with the text.
 */
export function describeStaleDayWords(
  words: readonly StaleDayWord[],
  saidOn: SaidOn,
  today: IsoDate,
  before = BEFORE_COPY_OR_PRINT,
): string | null {
  const first = words[0];
  if (!first) return null;
  const { day, locale } = wordingOf(saidOn);
  const said = words.map((word) => `“${word.said}”`).join(' and ');
  const wrong =
    day === today
      ? 'which is not right today'
      : `which will not be right on ${formatLongDate(day, today, locale)}, the day you plan to call`;
  return `Check the day before ${before}: your text says ${said}, ${wrong}. Say “${first.instead}” instead.`;
}
