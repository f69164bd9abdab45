/**
 * What to do today, given a call window: one status, a short headline and a
 * sentence that names the day to act.
 */
import type { CallWindow } from './types';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  DEFAULT_LOCALE,
  formatLongDate,
  isWeekend,
  weekdayOnOrAfter,
  type DateLocale,
  type IsoDate,
} from '../dates';

/** Where today falls, from "the interview is still ahead" to "they replied". */
export type CallStatus =
  'interview-ahead' | 'too-soon' | 'in-window' | 'past-window' | 'long-past' | 'voicemail-left' | 'replied';

/** What the activity log says already happened. */
export interface CallLog {
  voicemailLeftOn?: IsoDate | undefined;
  repliedOn?: IsoDate | undefined;
}

/** Today's advice. */
export interface CallAdvice {
  status: CallStatus;
  headline: string;
  sentence: string;
  /** From today to the suggested day: negative once it has passed. */
  daysUntilSuggested: number;
}

// "About six weeks" after the interview, a call is no longer expected.
/** Days after the interview when the follow-up stops: the tracker stops suggesting calls, the course says to move on. */
export const LONG_PAST_AFTER_DAYS = 42;
// An interviewer's own date can lie beyond six weeks; leave a month past it before giving up.
const LONG_PAST_AFTER_WINDOW_DAYS = 28;
// After a voicemail, a call back usually comes within a week.
/** Days to wait after leaving a voicemail before following up by email. */
export const VOICEMAIL_WAIT_DAYS = 7;

/** Today's status and a sentence saying what to do about it, its dates written for `locale`. */
export function adviceForToday(
  window: CallWindow,
  today: IsoDate,
  log: CallLog = {},
  locale: DateLocale = DEFAULT_LOCALE,
): CallAdvice {
  const daysUntilSuggested = daysBetween(today, window.suggested);
  const advise = (status: CallStatus, headline: string, sentence: string): CallAdvice => ({
    status,
    headline,
    sentence,
    daysUntilSuggested,
  });
  if (log.repliedOn) {
    return advise(
      'replied',
      'They got back to you',
      'No follow-up call is due. Note what they said, and keep applying elsewhere until you have an offer.',
    );
  }
  if (log.voicemailLeftOn) return voicemailAdvice(log.voicemailLeftOn, today, locale, advise);

  const on = (date: IsoDate) => describeDay(date, today, locale, 'on ');
  if (compareIsoDates(today, window.interviewDate) < 0) {
    return advise(
      'interview-ahead',
      'Your interview is coming up',
      `Your interview is ${on(window.interviewDate)}. Plan to call ${on(window.suggested)} if you haven't heard back by then.`,
    );
  }
  if (compareIsoDates(today, window.opens) < 0) {
    const days = daysBetween(today, window.opens);
    return advise(
      'too-soon',
      'Too soon to call',
      `Wait ${plural(days, 'more day')}, until ${describeDay(window.opens, today, locale, '')}.`,
    );
  }
  if (compareIsoDates(today, window.closes) <= 0) {
    const callDay = weekdayOnOrAfter(today);
    const lastDay = callDay === window.closes ? ', the last day of your window' : '';
    const by = lastDay ? '' : `, or by ${describeDay(window.closes, today, locale, '')}`;
    return advise(
      'in-window',
      'Time to call',
      callDay === today
        ? `Call today${by}${lastDay}.`
        : `It's the weekend: call ${on(callDay)}${by}${lastDay}.`,
    );
  }
  const longPastFrom = laterOf(
    addDays(window.interviewDate, LONG_PAST_AFTER_DAYS),
    addDays(window.closes, LONG_PAST_AFTER_WINDOW_DAYS),
  );
  if (compareIsoDates(today, longPastFrom) > 0) {
    return advise(
      'long-past',
      'Send an email and keep going',
      'It has been over six weeks: send a short email and keep applying.',
    );
  }
  const when = isWeekend(today) ? on(weekdayOnOrAfter(today)) : 'now';
  return advise(
    'past-window',
    'Your call window has passed',
    `Your window has passed: call ${when}, or send a short email instead.`,
  );
}

/** The day to send a short email after a voicemail went unanswered: a week on, on a weekday. */
export function emailDayAfterVoicemail(leftOn: IsoDate): IsoDate {
  return weekdayOnOrAfter(addDays(leftOn, VOICEMAIL_WAIT_DAYS));
}

function voicemailAdvice(
  leftOn: IsoDate,
  today: IsoDate,
  locale: DateLocale,
  advise: (status: CallStatus, headline: string, sentence: string) => CallAdvice,
): CallAdvice {
  const emailFrom = emailDayAfterVoicemail(leftOn);
  const left = `You left a voicemail ${describeDay(leftOn, today, locale, 'on ', 'yesterday')}`;
  return advise(
    'voicemail-left',
    'You left a voicemail',
    compareIsoDates(today, emailFrom) < 0
      ? `${left}, so don't call again. If they haven't called back by ${describeDay(emailFrom, today, locale, '')}, send a short email; meanwhile, keep applying.`
      : `${left} and they haven't called back: don't call again. Send a short email, and keep applying.`,
  );
}

/** "today", "tomorrow, Monday, December 1" or `prefix` + "Monday, December 1" (en-GB "Monday 1 December"). */
function describeDay(
  date: IsoDate,
  today: IsoDate,
  locale: DateLocale,
  prefix: string,
  yesterday?: string,
): string {
  const offset = daysBetween(today, date);
  if (offset === 0) return 'today';
  if (offset === 1) return `tomorrow, ${formatLongDate(date, today, locale)}`;
  if (offset === -1 && yesterday) return yesterday;
  return `${prefix}${formatLongDate(date, today, locale)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}
