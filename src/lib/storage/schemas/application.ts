/** One job application being followed up: the interview, the scripts, what happened. */
import * as v from 'valibot';
import type { IsoDate } from '../../dates';
import { MAX_ACHIEVEMENTS, TEXT_LIMITS } from '../../limits';
import {
  idField,
  isoDateField,
  optionalIsoDateField,
  optionalText,
  record,
  text,
  timestampField,
} from './fields';

/** What a follow-up step or an answer was. */
export const ACTIVITY_KINDS = [
  'called-spoke',
  'left-voicemail',
  'sent-email',
  'they-replied',
  'second-interview',
  'offer',
  'not-selected',
] as const;

/** One kind of activity. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** One line of an application's activity log. */
export interface ActivityEntry {
  id: string;
  kind: ActivityKind;
  date: IsoDate;
  note: string;
}

/** What the date the interviewer gave means: call on it, or they decide by it. */
export const GIVEN_DATE_MEANINGS = ['call-on', 'decide-by'] as const;

/** One meaning of the given date. */
export type GivenDateMeaning = (typeof GIVEN_DATE_MEANINGS)[number];

/** The script texts a user can edit. */
export const SCRIPT_PARTS = ['phone', 'voicemail', 'emailSubject', 'emailBody'] as const;

/** One editable script text. */
export type ScriptPart = (typeof SCRIPT_PARTS)[number];

/** The user's edits of the scripts; a missing part uses the generated text. */
export type ApplicationScripts = { [Part in ScriptPart]?: string };

/** An interview the user is following up on. */
export interface Application {
  id: string;
  company: string;
  jobTitle: string;
  interviewerName: string;
  interviewerEmail: string;
  interviewerPhone: string;
  /** The day of the interview, or '' when not entered. */
  interviewDate: IsoDate | '';
  /** The date the interviewer gave, if any, or ''. */
  givenDate: IsoDate | '';
  givenDateMeaning: GivenDateMeaning;
  /** At most two things to mention, each at most 140 characters. */
  achievements: string[];
  scripts: ApplicationScripts;
  log: ActivityEntry[];
  archived: boolean;
  /** When the application was added, as an ISO timestamp. */
  createdAt: string;
}

/** Validates one activity entry. */
export const activityEntrySchema: v.GenericSchema<unknown, ActivityEntry> = record({
  id: idField,
  kind: v.picklist(ACTIVITY_KINDS),
  date: isoDateField,
  note: optionalText(TEXT_LIMITS.note),
});

const scriptText = v.exactOptional(text(TEXT_LIMITS.script));

/** Validates one application; a missing text field is empty. */
export const applicationSchema: v.GenericSchema<unknown, Application> = record({
  id: idField,
  company: optionalText(TEXT_LIMITS.company),
  jobTitle: optionalText(TEXT_LIMITS.jobTitle),
  interviewerName: optionalText(TEXT_LIMITS.interviewerName),
  interviewerEmail: optionalText(TEXT_LIMITS.interviewerEmail),
  interviewerPhone: optionalText(TEXT_LIMITS.interviewerPhone),
  interviewDate: optionalIsoDateField,
  givenDate: optionalIsoDateField,
  givenDateMeaning: v.optional(v.picklist(GIVEN_DATE_MEANINGS), 'call-on'),
  achievements: v.optional(
    v.pipe(v.array(text(TEXT_LIMITS.achievement)), v.maxLength(MAX_ACHIEVEMENTS)),
    () => [],
  ),
  scripts: v.optional(
    record({ phone: scriptText, voicemail: scriptText, emailSubject: scriptText, emailBody: scriptText }),
    () => ({}),
  ),
  log: v.optional(v.array(activityEntrySchema), () => []),
  archived: v.optional(v.boolean(), false),
  createdAt: timestampField,
});
