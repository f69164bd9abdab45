/**
 * The follow-up tracker's two forms as data: an interview (add or edit) and an entry
 * of the activity log. What each field holds, what is wrong with it, and what to save.
 */
import { EMPTY_INTERVIEW, type ApplicationDraft } from './application-edits';
import { dateFieldProblem } from '../date-field';
import { checkInterviewDates, type BadDates } from '../call-window/form';
import { daysBetween, isIsoDate, isoDateOrEmpty, type IsoDate } from '../dates';
import { validatePhoneNumber } from '../phone-number';
import { isEmailAddress } from '../safe-links';
import type { ActivityKind, Application, GivenDateMeaning } from '../storage/schemas/application';

/** The typed fields of the interview form, in the order they are shown. */
export const INTERVIEW_FIELDS = [
  'company',
  'jobTitle',
  'interviewerName',
  'interviewerEmail',
  'interviewerPhone',
  'interviewDate',
  'givenDate',
] as const;

/** One typed field of the interview form. */
export type InterviewField = (typeof INTERVIEW_FIELDS)[number];

/** What the interview form holds. */
export type InterviewValues = Record<InterviewField, string> & { givenDateMeaning: GivenDateMeaning };

/** A sentence for each field that needs fixing. */
export type InterviewErrors = Partial<Record<InterviewField, string>>;

/** Which date fields the browser says hold an incomplete or impossible date (`validity.badInput`). */
export type BadDateInputs = BadDates;

const REQUIRED: Partial<Record<InterviewField, string>> = {
  company: 'Enter the name of the company.',
  jobTitle: 'Enter the job title.',
  interviewerName: "Enter the interviewer's name: the person to ask for when you call.",
};

/** The form filled in from a saved application. */
export function interviewValuesOf(application: Application): InterviewValues {
  const values: InterviewValues = { ...EMPTY_INTERVIEW, givenDateMeaning: application.givenDateMeaning };
  for (const field of INTERVIEW_FIELDS) values[field] = application[field];
  return values;
}

/** Every field's problem, if any; the dates checked as the calculator checks them. */
export function checkInterview(
  values: InterviewValues,
  badDates: BadDateInputs,
  today: IsoDate,
): InterviewErrors {
  const errors: InterviewErrors = {};
  for (const [field, message] of Object.entries(REQUIRED) as [InterviewField, string][]) {
    if (values[field].trim() === '') errors[field] = message;
  }
  const email = values.interviewerEmail.trim();
  if (email !== '' && !isEmailAddress(email)) {
    errors.interviewerEmail = 'Enter an email address like name@example.com, or leave this empty.';
  }
  const phone = validatePhoneNumber(values.interviewerPhone);
  if (phone) errors.interviewerPhone = phone;
  return { ...errors, ...checkInterviewDates(values, badDates, today) };
}

/** The first field with a problem, in the order shown: where focus goes after a failed save. */
export function firstInvalidField(errors: InterviewErrors): InterviewField | undefined {
  return INTERVIEW_FIELDS.find((field) => errors[field] !== undefined);
}

/** What to save from a form without errors: text trimmed. */
export function buildInterviewDraft(values: InterviewValues): ApplicationDraft {
  const draft: ApplicationDraft = { givenDateMeaning: values.givenDateMeaning };
  for (const field of INTERVIEW_FIELDS) {
    const value = values[field].trim();
    if (field === 'interviewDate' || field === 'givenDate') draft[field] = isoDateOrEmpty(value);
    else draft[field] = value;
  }
  return draft;
}

/** What the activity form holds. */
export interface ActivityValues {
  kind: ActivityKind;
  date: string;
  note: string;
}

/** The activity form's first state: the first kind, today, no note. */
export function emptyActivity(today: IsoDate): ActivityValues {
  return { kind: 'called-spoke', date: today, note: '' };
}

/** What is wrong with the date of an activity: it must be a real day, not in the future, within a year. */
export function checkActivityDate(date: string, badInput: boolean, today: IsoDate): string | undefined {
  if (date === '') return dateFieldProblem(date, badInput, 'Enter the day it happened.');
  if (!isIsoDate(date)) return 'Enter a full date: day, month and year.';
  const daysAgo = daysBetween(date, today);
  if (daysAgo < 0) return 'That day is still to come. Log what has already happened.';
  if (daysAgo > 366) return 'That is more than a year ago. Check the year.';
  return undefined;
}
