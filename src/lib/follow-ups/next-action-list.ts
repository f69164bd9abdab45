/**
 * The follow-up list: interviews sorted by their next action, and the home page's
 * "Today" (due, overdue, the next 7 days). The rule for one interview is in next-action.ts.
 */
import { compareIsoDates, DEFAULT_LOCALE, type DateLocale, type IsoDate } from '../dates';
import {
  nextActionFor,
  reminderOf,
  type ActionReminder,
  type NextAction,
  type NextActionBucket,
  type TrackedApplication,
} from './next-action';
import type { Application } from '../storage/schemas/application';

/** An application with its next action. */
export interface Ranked<T> {
  application: T;
  action: NextAction;
}

/**
 * Applications with their next action, soonest first; nothing due after that, then closed
 * ones. `actionOf` lets a caller reuse actions it already worked out (see `actionKeyOf`).
 */
export function sortByNextAction<T extends TrackedApplication & Pick<Application, 'id' | 'company'>>(
  applications: readonly T[],
  today: IsoDate,
  actionOf: (application: T, today: IsoDate) => NextAction = nextActionFor,
): Ranked<T>[] {
  return applications
    .map((application) => ({ application, action: actionOf(application, today) }))
    .sort((a, b) => compareRanked(a, b));
}

/** Everything `nextActionFor` reads, as one string: equal keys give equal actions. */
export function actionKeyOf(application: TrackedApplication, today: IsoDate): string {
  const log = application.log.map((entry) => `${entry.kind}@${entry.date}`).join(' ');
  return [today, application.interviewDate, application.givenDate, application.givenDateMeaning, log].join(
    '|',
  );
}

/**
 * The home page's "Today": what is due, what is overdue, and what comes up in the next seven
 * days, the actions' dates written for `locale`.
 */
export function summariseToday<
  T extends TrackedApplication & Pick<Application, 'id' | 'company' | 'archived'>,
>(
  applications: readonly T[],
  today: IsoDate,
  locale: DateLocale = DEFAULT_LOCALE,
): { due: Ranked<T>[]; overdue: Ranked<T>[]; nextSevenDays: Ranked<T>[] } {
  const ranked = sortByNextAction(
    applications.filter((application) => !application.archived),
    today,
    (application, day) => nextActionFor(application, day, locale),
  );
  const inBucket = (bucket: NextActionBucket) => ranked.filter(({ action }) => action.bucket === bucket);
  return { due: inBucket('due'), overdue: inBucket('overdue'), nextSevenDays: inBucket('this-week') };
}

/** An interview, the day to act on it and what to do: call, or email. */
export interface ActionDay<T = Application> extends ActionReminder {
  application: T;
}

/** Every next action as a reminder, soonest first (archived, answered and finished ones left out). */
export function upcomingActionDays<
  T extends TrackedApplication & Pick<Application, 'id' | 'company' | 'archived'>,
>(applications: readonly T[], today: IsoDate): ActionDay<T>[] {
  return sortByNextAction(
    applications.filter((application) => !application.archived),
    today,
  ).flatMap(({ application, action }) => {
    const reminder = reminderOf(action, today);
    return reminder ? [{ application, ...reminder }] : [];
  });
}

/**
 * The call reminders whose voicemail is the user's own edited text: the calendar carries it
 * as typed, so its day words are checked before it goes in. (A generated script is worded
 * for the call day afresh, and an email reminder carries no script.)
 */
export function editedVoicemailDays<
  T extends TrackedApplication & Pick<Application, 'id' | 'company' | 'archived' | 'scripts'>,
>(applications: readonly T[], today: IsoDate): ActionDay<T>[] {
  const edited = applications.filter(
    (application) => !application.archived && (application.scripts.voicemail ?? '').trim() !== '',
  );
  // Most lists have no edited script: no need to work out every next action then.
  if (edited.length === 0) return [];
  return upcomingActionDays(edited, today).filter(({ action }) => action === 'call');
}

const COLLATOR = new Intl.Collator('en');

const NO_DATE_ORDER: Readonly<Record<NextActionBucket, number>> = {
  overdue: 0,
  due: 0,
  'this-week': 0,
  later: 0,
  waiting: 1,
  closed: 2,
};

function compareRanked<T extends Pick<Application, 'id' | 'company' | 'interviewDate'>>(
  a: Ranked<T>,
  b: Ranked<T>,
): number {
  const byDate = compareNullableDates(a.action.nextActionDate, b.action.nextActionDate);
  if (byDate !== 0) return byDate;
  const byBucket = NO_DATE_ORDER[a.action.bucket] - NO_DATE_ORDER[b.action.bucket];
  if (byBucket !== 0) return byBucket;
  // Same day: the earlier interview first, then by name, so the order never flickers.
  return (
    compareNullableDates(a.application.interviewDate || null, b.application.interviewDate || null) ||
    COLLATOR.compare(a.application.company, b.application.company) ||
    (a.application.id < b.application.id ? -1 : a.application.id > b.application.id ? 1 : 0)
  );
}

function compareNullableDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareIsoDates(a, b);
}
