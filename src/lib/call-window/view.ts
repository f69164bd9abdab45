/**
 * What the when-to-call tool shows for a set of dates: today's advice, the window in
 * words, the timeline's labels and the day a reminder goes on. Pure: today and the
 * activity log are passed in, so the island only draws what this returns.
 */
import { computeCallWindow, timelineDays, type CallWindowInput, type TimelineDay } from './rule';
import {
  adviceForToday,
  emailDayAfterVoicemail,
  type CallAdvice,
  type CallLog,
  type CallStatus,
} from './advice';
import type { CallWindow } from './types';
import {
  compareIsoDates,
  DEFAULT_LOCALE,
  formatLongDate,
  isIsoDate,
  isoDate,
  isWeekend,
  weekdayOnOrAfter,
  type DateLocale,
  type IsoDate,
} from '../dates';
import type { ActivityEntry } from '../storage/schemas/application';

/** The neutral sentence: what the server renders and what shows until a date is entered. */
export const WAITING_SENTENCE = 'Enter your interview date to see when to call.';

/** The sentence while a date marked above needs fixing. */
export const FIX_SENTENCE = 'Fix the date marked above to see when to call.';

/** Everything the tool shows below the fields. */
export type CallWindowView =
  | { kind: 'waiting' | 'fix'; sentence: string }
  | {
      kind: 'ready';
      window: CallWindow;
      advice: CallAdvice;
      /** "Tuesday, November 24 to Tuesday, December 1". */
      windowText: string;
      /** Why the window is where it is, in one sentence. */
      basisText: string;
      days: TimelineDay[];
      /** The day the interviewer gave to decide by, marked on the timeline; `null` without one. */
      decisionDay: IsoDate | null;
      /**
       * Whether the call window still applies: not after a voicemail (the next step is an
       * email) nor after they replied, so the window, its basis and the timeline hide.
       */
      showsWindow: boolean;
      /** The day to send a short email after an unanswered voicemail, or `null`. */
      emailDay: IsoDate | null;
      /** The reminder to offer: the day, and whether it is for the call or the email; `null` when none is due. */
      reminder: { day: IsoDate; action: 'call' | 'email' } | null;
    };

/** The statuses whose advice points to the email lesson. */
const EMAIL_STATUSES: ReadonlySet<CallStatus> = new Set(['past-window', 'long-past', 'voicemail-left']);

/**
 * The dates as saved and today (`null` on the server and before hydration) turned into what
 * to show, its dates written for `locale`.
 */
export function buildCallWindowView(
  input: CallWindowInput,
  today: IsoDate | null,
  log: CallLog = {},
  locale: DateLocale = DEFAULT_LOCALE,
): CallWindowView {
  if (today === null || input.interviewDate.trim() === '')
    return { kind: 'waiting', sentence: WAITING_SENTENCE };
  const result = computeCallWindow(input, today);
  if (!result.ok) return { kind: 'fix', sentence: FIX_SENTENCE };
  const { window } = result;
  const advice = adviceForToday(window, today, log, locale);
  const given = (input.givenDate ?? '').trim();
  const emailDay =
    advice.status === 'voicemail-left' && log.voicemailLeftOn
      ? laterOf(emailDayAfterVoicemail(log.voicemailLeftOn), weekdayOnOrAfter(today))
      : null;
  const callDay = reminderDayFor(window, advice, today);
  return {
    kind: 'ready',
    window,
    advice,
    windowText: `${formatLongDate(window.opens, today, locale)} to ${formatLongDate(window.closes, today, locale)}`,
    basisText: describeBasis(input, window, today, locale),
    days: timelineDays(window, today, locale),
    decisionDay: window.basis === 'decide-by' && isIsoDate(given) ? given : null,
    showsWindow: advice.status !== 'voicemail-left' && advice.status !== 'replied',
    emailDay,
    reminder: emailDay
      ? { day: emailDay, action: 'email' }
      : callDay
        ? { day: callDay, action: 'call' }
        : null,
  };
}

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** Whether the advice should offer the lesson on emailing instead. */
export function suggestsEmail(status: CallStatus): boolean {
  return EMAIL_STATUSES.has(status);
}

/** The latest voicemail left and the latest reply, from an application's activity log. */
export function callLogOf(log: readonly Pick<ActivityEntry, 'kind' | 'date'>[]): CallLog {
  const latest = (kind: ActivityEntry['kind']) =>
    log
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.date)
      .sort(compareIsoDates)
      .at(-1);
  return { voicemailLeftOn: latest('left-voicemail'), repliedOn: latest('they-replied') };
}

/** The words on one day of the timeline, so it reads without colour: "Interview", "Today"… */
export function timelineTags(day: TimelineDay, decisionDay: IsoDate | null = null): string[] {
  const tags: string[] = [];
  if (day.isInterview) tags.push('Interview');
  if (day.isToday) tags.push('Today');
  if (day.date === decisionDay) tags.push('Decision day');
  if (day.isSuggested) tags.push('Suggested day');
  // A weekend inside the window is not a day to call, so it says "Weekend" only.
  if (day.inWindow && !day.isWeekend) tags.push('Call window');
  if (day.isWeekend) tags.push('Weekend');
  return tags;
}

/**
 * The day to put in the calendar: the suggested day while it is ahead, the next
 * weekday while the window is open, and none once the window has passed or the
 * log says the call was made.
 */
export function reminderDayFor(window: CallWindow, advice: CallAdvice, today: IsoDate): IsoDate | null {
  if (advice.status === 'interview-ahead' || advice.status === 'too-soon') return window.suggested;
  if (advice.status !== 'in-window') return null;
  return compareIsoDates(window.suggested, today) >= 0 ? window.suggested : weekdayOnOrAfter(today);
}

function describeBasis(
  input: CallWindowInput,
  window: CallWindow,
  today: IsoDate,
  locale: DateLocale,
): string {
  if (window.basis === 'rule-of-thumb') {
    return 'They gave you no date, so the usual rule applies: one to two weeks after the interview, on a weekday.';
  }
  // A window from a given date has one that was checked: this cannot throw.
  const given = isoDate((input.givenDate ?? '').trim());
  const day = formatLongDate(given, today, locale);
  if (window.basis === 'call-on') {
    return isWeekend(given)
      ? `They asked you to call on ${day}. That is a weekend, so call on the next weekday.`
      : `They asked you to call on ${day}, so that is your day.`;
  }
  return `They said they would decide by ${day}, so call on the second working day after it, when their news has had time to reach you.`;
}
