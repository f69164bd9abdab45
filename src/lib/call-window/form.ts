/**
 * The when-to-call form as data: which fields it has, what is wrong with what was
 * typed, and which values are good enough to save. Bad input is never saved, so a
 * half-typed or impossible date cannot overwrite a good one.
 */
import type { ApplicationDraft } from '../follow-ups/application-edits';
import { validateCallWindowInput } from './rule';
import { isoDateOrEmpty, type IsoDate } from '../dates';
import { dateFieldProblem } from '../date-field';
import { validatePhoneNumber } from '../phone-number';
import type { Application, GivenDateMeaning } from '../storage/schemas/application';

/** The form's typed fields, named as the application stores them. */
export const FORM_FIELDS = [
  'interviewDate',
  'givenDate',
  'company',
  'jobTitle',
  'interviewerName',
  'interviewerPhone',
] as const;

/** One typed field of the form. */
export type FormField = (typeof FORM_FIELDS)[number];

/** The two date fields. */
export type DateField = 'interviewDate' | 'givenDate';

/** What the form shows: one string per field, and the meaning of the given date. */
export type FormValues = Record<FormField, string> & { givenDateMeaning: GivenDateMeaning };

/** A sentence for each field that needs fixing. */
export type FormErrors = Partial<Record<FormField, string>>;

/** The browser's word (`validity.badInput`) that a date field holds an incomplete or impossible date. */
export type BadDates = Partial<Record<DateField, boolean>>;

/** An empty form: what the server renders. */
export const EMPTY_FORM: FormValues = {
  interviewDate: '',
  givenDate: '',
  company: '',
  jobTitle: '',
  interviewerName: '',
  interviewerPhone: '',
  givenDateMeaning: 'call-on',
};

/** The form's values as saved in an application, or the empty form without one. */
export function formValuesOf(application: Application | null): FormValues {
  if (!application) return EMPTY_FORM;
  const { interviewDate, givenDate, company, jobTitle, interviewerName, interviewerPhone, givenDateMeaning } =
    application;
  return { interviewDate, givenDate, company, jobTitle, interviewerName, interviewerPhone, givenDateMeaning };
}

/**
 * The interview date and the date they gave, checked as the call-window rule reads them:
 * one check for the calculator and the tracker, which share the date pair.
 */
export function checkInterviewDates(
  values: Pick<FormValues, DateField | 'givenDateMeaning'>,
  badDates: BadDates,
  today: IsoDate,
): Partial<Record<DateField, string>> {
  const errors: Partial<Record<DateField, string>> = {};
  const dates = validateCallWindowInput(values, today);
  const interview = dateFieldProblem(
    values.interviewDate,
    badDates.interviewDate ?? false,
    dates.interviewDate,
  );
  const given = dateFieldProblem(values.givenDate, badDates.givenDate ?? false, dates.givenDate);
  if (interview) errors.interviewDate = interview;
  if (given) errors.givenDate = given;
  return errors;
}

/** Every field's problem, if any. */
export function checkForm(values: FormValues, badDates: BadDates, today: IsoDate): FormErrors {
  const errors: FormErrors = { ...checkInterviewDates(values, badDates, today) };
  const phone = validatePhoneNumber(values.interviewerPhone);
  if (phone) errors.interviewerPhone = phone;
  return errors;
}

/**
 * The changes worth saving: every field that differs from what is saved and has no
 * problem. The given date waits for a good interview date, since it is only checked
 * against one.
 */
export function buildSaveDraft(values: FormValues, errors: FormErrors, saved: FormValues): ApplicationDraft {
  const draft: ApplicationDraft = {};
  for (const field of FORM_FIELDS) {
    if (values[field] === saved[field] || errors[field] !== undefined) continue;
    // A date field without a problem holds a real day or nothing.
    if (field === 'interviewDate' || field === 'givenDate') draft[field] = isoDateOrEmpty(values[field]);
    else draft[field] = values[field];
  }
  if (errors.interviewDate !== undefined && values.givenDate !== '') delete draft.givenDate;
  if (values.givenDateMeaning !== saved.givenDateMeaning) draft.givenDateMeaning = values.givenDateMeaning;
  return draft;
}
