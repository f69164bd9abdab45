/**
 * The made-up applicant and dates the lessons use in their worked examples. One set,
 * so every lesson tells the same story, and every date in it is computed by the rules
 * the tools run (examples.ts).
 */
import { isoDate } from '../dates';
import type { ScriptDetails } from '../script/details';

/** Priya Shah's interview: Tuesday, October 13, 2026. */
export const SAMPLE_INTERVIEW = isoDate('2026-10-13');

/** A Friday on which an interviewer said they would decide. */
export const SAMPLE_DECIDE_FRIDAY = isoDate('2026-10-16');

/** A Wednesday on which an interviewer said they would decide. */
export const SAMPLE_DECIDE_WEDNESDAY = isoDate('2026-10-21');

/** Priya's details, as she would type them into the script builder (a fictional 555-01xx number). */
export const SAMPLE_DETAILS: ScriptDetails = {
  fullName: 'Priya Shah',
  jobTitle: 'Front Desk Coordinator',
  company: 'Greenway Dental',
  interviewerName: 'Mr. Okafor',
  interviewDate: SAMPLE_INTERVIEW,
  phone: '(312) 555-0142',
  email: 'priya.shah@example.com',
  interviewerEmail: '',
  achievements: [],
};
