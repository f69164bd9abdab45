/** The ids of the when-to-call fields: unique on a page, and how the form finds its inputs. */
import type { FormField } from '../../lib/call-window/form';

/** The input id of each field. */
export const FIELD_IDS: Readonly<Record<FormField, string>> = {
  interviewDate: 'wtc-interview-date',
  givenDate: 'wtc-given-date',
  company: 'wtc-company',
  jobTitle: 'wtc-job-title',
  interviewerName: 'wtc-interviewer-name',
  interviewerPhone: 'wtc-interviewer-phone',
};
