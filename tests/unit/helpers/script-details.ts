/** Shared details for the script builder's unit tests. */
import { REQUIRED_FIELDS, type RequiredField, type ScriptDetails } from '../../../src/lib/script/details';
import { isoDate } from '../../../src/lib/dates';

/** A Wednesday: the interview below was "last Tuesday, November 17". */
export const TODAY = isoDate('2026-11-25');

/** A complete form. */
export const PRIYA: ScriptDetails = {
  fullName: 'Priya Shah',
  jobTitle: 'Office Manager',
  company: 'Brightwell Dental',
  interviewerName: 'Ms. Alvarez',
  interviewDate: isoDate('2026-11-17'),
  phone: '(555) 010-0148',
  email: 'priya.shah@example.com',
  interviewerEmail: 'd.alvarez@brightwell.example',
  achievements: [],
};

/** Every subset of the required fields (64 of them), each as a list of missing fields. */
export const MISSING_COMBINATIONS: RequiredField[][] = Array.from(
  { length: 2 ** REQUIRED_FIELDS.length },
  (_, mask) => REQUIRED_FIELDS.filter((_, bit) => (mask >> bit) & 1),
);

/** `PRIYA` with the given required fields left empty. */
export function without(missing: readonly RequiredField[], details: ScriptDetails = PRIYA): ScriptDetails {
  return { ...details, ...Object.fromEntries(missing.map((field) => [field, ''])) };
}
