/**
 * The when-to-call form as data: which fields it has, what is wrong with what was
 * typed, and which values are good enough to save. Bad input is never saved, so a
 * half-typed or impossible date cannot overwrite a good one.
 */
import type { ApplicationDraft } from '../follow-ups/application-edits';
import { validateCallWindowInput } from './rule';
import type { IsoDate } from '../dates';
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

/** What a date field says when the browser holds a date it cannot give us. */
export const BAD_DATE_MESSAGE = 'Check this date: it is incomplete, or that day does not exist.';

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

/** Every field's problem, if any. */
export function checkForm(values: FormValues, badDates: BadDates, today: IsoDate): FormErrors {
  const errors: FormErrors = {};
  const dates = validateCallWindowInput(values, today);
  // An empty value with bad input means the browser is holding something it refused.
  const interview =
    badDates.interviewDate && values.interviewDate === '' ? BAD_DATE_MESSAGE : dates.interviewDate;
  const given = badDates.givenDate && values.givenDate === '' ? BAD_DATE_MESSAGE : dates.givenDate;
  if (interview) errors.interviewDate = interview;
  if (given) errors.givenDate = given;
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
    if (values[field] !== saved[field] && errors[field] === undefined) draft[field] = values[field];
  }
  if (errors.interviewDate !== undefined && values.givenDate !== '') delete draft.givenDate;
  if (values.givenDateMeaning !== saved.givenDateMeaning) draft.givenDateMeaning = values.givenDateMeaning;
  return draft;
}

/**
 * Whether a date field holds a whole date worth checking at once. Typing a year digit
 * by digit passes through 0002, 0020 and 0202: those wait for the field to be left.
 */
export function isCompleteDate(text: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text);
}
