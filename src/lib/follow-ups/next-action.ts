/**
 * What to do next about each interview: the follow-up tracker's rule, on top of the
 * calculator's (call-window.ts). Pure: today is passed in.
 *
 * The log decides first, as the course does. An answer ("they replied", an offer, "not
 * selected") ends the follow-up; a second interview pauses it. Having spoken with them,
 * or sent the follow-up email, means your part is done: wait and keep applying. After a
 * voicemail, never call again: wait a week, then email. With nothing logged, the call
 * window gives today's advice.
 */
import { computeCallWindow } from '../call-window/rule';
import { adviceForToday, emailDayAfterVoicemail, type CallStatus } from '../call-window/advice';
import type { CallWindow } from '../call-window/types';
import {
  compareIsoDates,
  daysBetween,
  DEFAULT_LOCALE,
  formatLongDate,
  weekdayOnOrAfter,
  type DateLocale,
  type IsoDate,
} from '../dates';
import type { ActivityEntry, ActivityKind, Application } from '../storage/schemas/application';

/** The calculator's statuses, plus: your part is done, no follow-up is due, or a date is missing. */
export type NextActionStatus = CallStatus | 'followed-up' | 'done' | 'incomplete';

/** Where an interview sits in the to-do list. */
export type NextActionBucket = 'overdue' | 'due' | 'this-week' | 'later' | 'waiting' | 'closed';

/** What to do next about one interview, and when. */
export interface NextAction {
  status: NextActionStatus;
  /** The day to act (call, or email after a voicemail); `null` when nothing is due. */
  nextActionDate: IsoDate | null;
  headline: string;
  sentence: string;
  /** What to do on that day, in a few words ("Call", "Call or email"); empty when nothing is due. */
  todo: string;
  bucket: NextActionBucket;
  /** The call window, when the dates allow one. */
  window: CallWindow | null;
}

/** The parts of an application the rule reads. */
export type TrackedApplication = Pick<
  Application,
  'interviewDate' | 'givenDate' | 'givenDateMeaning' | 'log'
>;

/** A heading for each bucket, as the tracker shows it. */
export const BUCKET_LABELS: Readonly<Record<NextActionBucket, string>> = {
  overdue: 'Overdue',
  due: 'Due today',
  'this-week': 'In the next 7 days',
  later: 'Later',
  waiting: 'Nothing due',
  closed: 'Closed',
};

const TODO: Readonly<Record<NextActionStatus, string>> = {
  'interview-ahead': 'Call',
  'too-soon': 'Call',
  'in-window': 'Call',
  'past-window': 'Call or email',
  'long-past': 'Send a short email',
  'voicemail-left': 'Send a short email',
  replied: '',
  'followed-up': '',
  done: '',
  incomplete: '',
};

const ANSWER_KINDS: readonly ActivityKind[] = ['they-replied', 'second-interview', 'offer', 'not-selected'];
const WEEK_DAYS = 7;

/** What to do next about an application, today, its dates written for `locale`. */
export function nextActionFor(
  application: TrackedApplication,
  today: IsoDate,
  locale: DateLocale = DEFAULT_LOCALE,
): NextAction {
  const { interviewDate, givenDate, givenDateMeaning, log } = application;
  const result =
    interviewDate === '' ? null : computeCallWindow({ interviewDate, givenDate, givenDateMeaning }, today);
  const window = result?.ok ? result.window : null;
  const act = (
    status: NextActionStatus,
    headline: string,
    sentence: string,
    date: IsoDate | null,
    closed = false,
  ): NextAction => ({
    status,
    nextActionDate: date,
    headline,
    sentence,
    todo: date === null ? '' : TODO[status],
    window,
    bucket: closed ? 'closed' : bucketOf(date, today),
  });

  const answer = latestOf(log, ANSWER_KINDS);
  if (answer?.kind === 'offer') {
    return act(
      'done',
      'You have an offer',
      'Well done: no follow-up is due. Archive this interview when you no longer need it here.',
      null,
      true,
    );
  }
  if (answer?.kind === 'not-selected') {
    return act(
      'done',
      'Not selected this time',
      'No follow-up is due. Keep applying: every interview makes the next one easier.',
      null,
      true,
    );
  }
  if (answer?.kind === 'they-replied') {
    return act(
      'done',
      'They got back to you',
      'No follow-up call is due. Note what they said, and keep applying elsewhere until you have an offer.',
      null,
      true,
    );
  }
  if (answer?.kind === 'second-interview') {
    return act(
      'replied',
      'Second interview',
      'No follow-up call is due now. Prepare for it: go over your notes, the job and what you achieved. Afterwards, add it here as a new interview to follow it up.',
      null,
    );
  }

  if (!result || !window) {
    const problem =
      result && !result.ok ? (result.errors.interviewDate ?? result.errors.givenDate) : undefined;
    return problem
      ? act('incomplete', 'Check the dates', problem, null)
      : act(
          'incomplete',
          'Add the interview date',
          'Add the date of your interview to see when to call.',
          null,
        );
  }

  const spoke = latestOf(log, ['called-spoke']);
  const voicemail = latestOf(log, ['left-voicemail']);
  const email = latestOf(log, ['sent-email']);
  // A date they gave after you spoke starts a new round: they asked you to call again.
  if (spoke && !(givenDate !== '' && compareIsoDates(spoke.date, givenDate) < 0)) {
    return act(
      'followed-up',
      'You spoke with them',
      `You spoke with them ${describePast(spoke.date, today, locale)}, so no more calls are due. Wait for their answer and keep applying. If they gave you a new date, enter it as the date they gave you.`,
      null,
    );
  }
  // An email before the window opens is a thank-you note, not the follow-up, unless it followed a voicemail.
  if (
    email &&
    (compareIsoDates(email.date, window.opens) >= 0 ||
      (voicemail && compareIsoDates(email.date, voicemail.date) >= 0))
  ) {
    return act(
      'followed-up',
      'You sent your follow-up email',
      `You emailed them ${describePast(email.date, today, locale)}. Your part is done: give them time to reply, and keep applying.`,
      null,
    );
  }

  const advice = adviceForToday(window, today, { voicemailLeftOn: voicemail?.date }, locale);
  return act(
    advice.status,
    advice.headline,
    advice.sentence,
    actionDateOf(advice.status, window, today, voicemail?.date),
  );
}

/** Whether a status is one of the calculator's own (so its helpers apply). */
export function isCallStatus(status: NextActionStatus): status is CallStatus {
  return status !== 'followed-up' && status !== 'done' && status !== 'incomplete';
}

/** A next action as a calendar reminder: the day and whether it is a call or an email. */
export interface ActionReminder {
  day: IsoDate;
  action: 'call' | 'email';
}

/**
 * The reminder for a next action, or `null` when nothing is due. An action already
 * due or overdue goes on today, the first day it can still be done.
 */
export function reminderOf(next: NextAction, today: IsoDate): ActionReminder | null {
  if (next.nextActionDate === null || !isCallStatus(next.status)) return null;
  const day = compareIsoDates(next.nextActionDate, today) < 0 ? today : next.nextActionDate;
  const isEmail = next.status === 'voicemail-left' || next.status === 'long-past';
  return { day, action: isEmail ? 'email' : 'call' };
}

function actionDateOf(
  status: CallStatus,
  window: CallWindow,
  today: IsoDate,
  voicemailLeftOn: IsoDate | undefined,
): IsoDate | null {
  switch (status) {
    case 'interview-ahead':
      return window.suggested;
    case 'too-soon':
      return window.opens;
    case 'in-window':
      return weekdayOnOrAfter(today);
    case 'past-window':
    case 'long-past':
      return window.closes;
    case 'voicemail-left':
      return voicemailLeftOn ? emailDayAfterVoicemail(voicemailLeftOn) : null;
    case 'replied':
      return null;
  }
}

function bucketOf(date: IsoDate | null, today: IsoDate): NextActionBucket {
  if (date === null) return 'waiting';
  const days = daysBetween(today, date);
  if (days < 0) return 'overdue';
  if (days === 0) return 'due';
  return days <= WEEK_DAYS ? 'this-week' : 'later';
}

/** The latest entry of the given kinds; on the same day, the one logged last. */
function latestOf(log: readonly ActivityEntry[], kinds: readonly ActivityKind[]): ActivityEntry | undefined {
  let latest: ActivityEntry | undefined;
  for (const entry of log) {
    if (kinds.includes(entry.kind) && (!latest || compareIsoDates(entry.date, latest.date) >= 0))
      latest = entry;
  }
  return latest;
}

/** "today", "yesterday" or "on Tuesday, November 24" (en-GB "on Tuesday 24 November"). */
function describePast(date: IsoDate, today: IsoDate, locale: DateLocale): string {
  const offset = daysBetween(date, today);
  if (offset === 0) return 'today';
  if (offset === 1) return 'yesterday';
  return `on ${formatLongDate(date, today, locale)}`;
}
