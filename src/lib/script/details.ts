/**
 * The details a follow-up script is built from, as the script builder's form holds them.
 *
 * Field ids are the property names, so the checklist can point the UI at the field to
 * fill ("fullName" → focus the "Your full name" input).
 */
import { type IsoDate, isoDateOrEmpty } from '../dates';
import { MAX_ACHIEVEMENTS } from '../limits';
import type { Application } from '../storage/schemas/application';
import type { Profile } from '../storage/schemas/profile';

/** Everything the three texts need; strings as typed, `''` when not filled in. */
export interface ScriptDetails {
  fullName: string;
  jobTitle: string;
  company: string;
  interviewerName: string;
  interviewDate: IsoDate | '';
  phone: string;
  email: string;
  interviewerEmail: string;
  /** Up to two short achievements talked about in the interview. */
  achievements: string[];
}

/** A field of the form, named by its property in `ScriptDetails`. */
export type DetailField = keyof ScriptDetails;

/** Fields the texts cannot do without: each shows a gap marker until filled in. */
export const REQUIRED_FIELDS = [
  'fullName',
  'jobTitle',
  'company',
  'interviewerName',
  'interviewDate',
  'phone',
] as const;

/** One of the required fields. */
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** How many achievements a text mentions, and the longest each field accepts: the stored limits. */
export { MAX_ACHIEVEMENTS, TEXT_LIMITS as FIELD_LIMITS } from '../limits';

/** A form with nothing filled in. */
export const EMPTY_DETAILS: ScriptDetails = {
  fullName: '',
  jobTitle: '',
  company: '',
  interviewerName: '',
  interviewDate: '',
  phone: '',
  email: '',
  interviewerEmail: '',
  achievements: [],
};

/** The details with every string trimmed, blank achievements dropped and at most two kept. */
export function cleanDetails(details: ScriptDetails): ScriptDetails {
  return {
    fullName: details.fullName.trim(),
    jobTitle: details.jobTitle.trim(),
    company: details.company.trim(),
    interviewerName: details.interviewerName.trim(),
    // A half-typed or impossible date is as good as none: no day can be said for it.
    interviewDate: isoDateOrEmpty(details.interviewDate.trim()),
    phone: details.phone.trim(),
    email: details.email.trim(),
    interviewerEmail: details.interviewerEmail.trim(),
    achievements: details.achievements
      .map((achievement) => achievement.trim())
      .filter((achievement) => achievement !== '')
      .slice(0, MAX_ACHIEVEMENTS),
  };
}

/** The required fields still empty (or, for the date, not a real day), in form order. */
export function missingFields(details: ScriptDetails): RequiredField[] {
  const clean = cleanDetails(details);
  return REQUIRED_FIELDS.filter((field) => clean[field] === '');
}

/** The details saved for an interview: the application's, with yours from the profile. */
export function scriptDetailsOf(application: Application, profile: Profile): ScriptDetails {
  return {
    fullName: profile.fullName,
    phone: profile.phone,
    email: profile.email,
    jobTitle: application.jobTitle,
    company: application.company,
    interviewerName: application.interviewerName,
    interviewerEmail: application.interviewerEmail,
    interviewDate: application.interviewDate,
    achievements: application.achievements,
  };
}
