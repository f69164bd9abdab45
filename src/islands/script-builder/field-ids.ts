/** The ids and labels of the script builder's fields: unique on a page, and how "Go to field" finds them. */
import type { ScriptFormField } from '../../lib/script/form';
import type { ScriptPart } from '../../lib/storage/schemas/application';
import type { DetailField } from '../../lib/script/details';

/** The input id of each field. */
export const FIELD_IDS: Readonly<Record<ScriptFormField, string>> = {
  fullName: 'sb-full-name',
  phone: 'sb-phone',
  email: 'sb-email',
  jobTitle: 'sb-job-title',
  company: 'sb-company',
  interviewerName: 'sb-interviewer-name',
  interviewDate: 'sb-interview-date',
  interviewerEmail: 'sb-interviewer-email',
  achievement1: 'sb-achievement-1',
  achievement2: 'sb-achievement-2',
};

/** The visible label of each field, exactly as the form shows it. */
export const FIELD_LABELS: Readonly<Record<ScriptFormField, string>> = {
  fullName: 'Your full name',
  phone: 'Your phone number',
  email: 'Your email (optional)',
  jobTitle: 'Job title',
  company: 'Company',
  interviewerName: "Interviewer's name",
  interviewDate: 'Interview date',
  interviewerEmail: "Interviewer's email (optional)",
  achievement1: 'Achievement 1',
  achievement2: 'Achievement 2',
};

/** The form field a checklist item or gap marker points at. */
export function formFieldOf(field: DetailField): ScriptFormField {
  return field === 'achievements' ? 'achievement1' : field;
}

/** Move focus to a field of the form (and scroll it into view). */
export function focusField(field: DetailField): void {
  document.getElementById(FIELD_IDS[formFieldOf(field)])?.focus();
}

/** The id of the field holding one script text. */
export function textFieldId(part: ScriptPart): string {
  return `sb-text-${part}`;
}
