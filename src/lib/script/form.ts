/**
 * The script builder's form as data: its fields, where each is saved (the profile or
 * the active application), what is wrong with what was typed, and what is good enough
 * to save. Bad input stays in the field and is never saved, so it cannot overwrite a
 * good value; the texts still follow what is typed.
 */
import type { ApplicationDraft } from '../follow-ups/application-edits';
import { validateCallWindowInput } from '../call-window/rule';
import { BAD_DATE_MESSAGE } from '../date-field';
import { isIsoDate, type IsoDate } from '../dates';
import { MAX_ACHIEVEMENTS } from '../limits';
import { validatePhoneNumber } from '../phone-number';
import { isEmailAddress } from '../safe-links';
import type { Application } from '../storage/schemas/application';
import type { Profile } from '../storage/schemas/profile';
import type { ScriptDetails } from './details';

/** The form's fields in the order they are shown. */
export const SCRIPT_FORM_FIELDS = [
  'fullName',
  'phone',
  'email',
  'jobTitle',
  'company',
  'interviewerName',
  'interviewDate',
  'interviewerEmail',
  'achievement1',
  'achievement2',
] as const;

/** One field of the form. */
export type ScriptFormField = (typeof SCRIPT_FORM_FIELDS)[number];

/** What the form shows: one string per field. */
export type ScriptFormValues = Record<ScriptFormField, string>;

/** A sentence for each field that needs fixing. */
export type ScriptFormErrors = Partial<Record<ScriptFormField, string>>;

/** The fields saved in the profile, shared by every application. */
export const PROFILE_FIELDS = ['fullName', 'phone', 'email'] as const;

/** What an email field says when the text cannot be an address. */
export const EMAIL_MESSAGE = 'This does not look like an email address. Check it, or leave the field empty.';

/** An empty form: what the server renders. */
export const EMPTY_SCRIPT_FORM: ScriptFormValues = {
  fullName: '',
  phone: '',
  email: '',
  jobTitle: '',
  company: '',
  interviewerName: '',
  interviewDate: '',
  interviewerEmail: '',
  achievement1: '',
  achievement2: '',
};

type SavedApplication = Pick<
  Application,
  'jobTitle' | 'company' | 'interviewerName' | 'interviewDate' | 'interviewerEmail' | 'achievements'
>;

/** The form's values as saved: the profile, and the application when there is one. */
export function scriptFormValuesOf(profile: Profile, application: SavedApplication | null): ScriptFormValues {
  return {
    fullName: profile.fullName,
    phone: profile.phone,
    email: profile.email,
    jobTitle: application?.jobTitle ?? '',
    company: application?.company ?? '',
    interviewerName: application?.interviewerName ?? '',
    interviewDate: application?.interviewDate ?? '',
    interviewerEmail: application?.interviewerEmail ?? '',
    achievement1: application?.achievements[0] ?? '',
    achievement2: application?.achievements[1] ?? '',
  };
}

/**
 * The details the texts are built from, as the form shows them. A value with a problem
 * is left out until it is fixed, so no text offers a number nobody can call: the text
 * shows the gap marker and the checklist points at the field.
 */
export function detailsOfForm(values: ScriptFormValues, errors: ScriptFormErrors = {}): ScriptDetails {
  const good = (field: ScriptFormField) => (errors[field] === undefined ? values[field] : '');
  const date = good('interviewDate');
  return {
    fullName: good('fullName'),
    jobTitle: good('jobTitle'),
    company: good('company'),
    interviewerName: good('interviewerName'),
    interviewDate: isIsoDate(date) ? date : '',
    phone: good('phone'),
    email: good('email'),
    interviewerEmail: good('interviewerEmail'),
    achievements: [good('achievement1'), good('achievement2')],
  };
}

function emailProblem(text: string): string | undefined {
  return text.trim() === '' || isEmailAddress(text) ? undefined : EMAIL_MESSAGE;
}

/**
 * Every field's problem, if any. `isBadDate` is the browser's word that the date field
 * holds something it cannot give as a value (an unfinished or impossible date). The
 * interview date follows the when-to-call calculator's rules, as both edit it.
 */
export function checkScriptForm(
  values: ScriptFormValues,
  isBadDate: boolean,
  today: IsoDate,
): ScriptFormErrors {
  const errors: ScriptFormErrors = {};
  const phone = validatePhoneNumber(values.phone);
  if (phone) errors.phone = phone;
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  const interviewerEmail = emailProblem(values.interviewerEmail);
  if (interviewerEmail) errors.interviewerEmail = interviewerEmail;
  if (values.interviewDate === '') {
    if (isBadDate) errors.interviewDate = BAD_DATE_MESSAGE;
  } else {
    const date = validateCallWindowInput({ interviewDate: values.interviewDate }, today).interviewDate;
    if (date) errors.interviewDate = date;
  }
  return errors;
}

/** The changes worth saving, split by store: fields that differ from what is saved and have no problem. */
export function buildScriptSaves(
  values: ScriptFormValues,
  errors: ScriptFormErrors,
  saved: ScriptFormValues,
): { profile: Partial<Profile>; application: ApplicationDraft } {
  const changed = (field: ScriptFormField) => values[field] !== saved[field] && errors[field] === undefined;
  const profile: Partial<Profile> = {};
  for (const field of PROFILE_FIELDS) if (changed(field)) profile[field] = values[field];
  const application: ApplicationDraft = {};
  for (const field of ['jobTitle', 'company', 'interviewerName', 'interviewerEmail'] as const) {
    if (changed(field)) application[field] = values[field];
  }
  if (changed('interviewDate') && (values.interviewDate === '' || isIsoDate(values.interviewDate))) {
    application.interviewDate = values.interviewDate;
  }
  if (changed('achievement1') || changed('achievement2')) {
    application.achievements = achievementsOf(values);
  }
  return { profile, application };
}

/** The achievements as stored: in their places, trailing empty ones dropped. */
function achievementsOf(values: ScriptFormValues): string[] {
  const list = [values.achievement1, values.achievement2].slice(0, MAX_ACHIEVEMENTS);
  while (list.length > 0 && list.at(-1) === '') list.pop();
  return list;
}
