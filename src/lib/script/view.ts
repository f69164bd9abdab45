/**
 * Which texts the script builder shows: the user's own version of each part when they
 * edited it, else the text generated from their details. The practice timer and the
 * calendar reminder read the voicemail the same way, so all three agree.
 */
import type { UserVoicemail } from '../practice/source';
import type { Application, ApplicationScripts, ScriptPart } from '../storage/schemas/application';
import type { Profile } from '../storage/schemas/profile';
import type { ScriptKind } from './checklist';
import type { ScriptDetails } from './details';
import { EMPTY_DETAILS, scriptDetailsOf } from './details';
import type { SaidOn } from './interview-day';
import { buildEmail, buildPhoneScript, buildVoicemail } from './text';

/** One text as shown: what the user reads, the template it came from, and whether they changed it. */
export interface ShownText {
  text: string;
  generated: string;
  isEdited: boolean;
}

/** Every editable part as shown. */
export type ShownScripts = Readonly<Record<ScriptPart, ShownText>>;

/** The script parts each output is made of: the email has a subject and a body. */
export const PARTS_OF: Readonly<Record<ScriptKind, readonly ScriptPart[]>> = {
  phone: ['phone'],
  voicemail: ['voicemail'],
  email: ['emailSubject', 'emailBody'],
};

/** The details the texts are built from: the profile, and the application when there is one. */
export function detailsOf(profile: Profile, application: Application | null): ScriptDetails {
  if (!application)
    return { ...EMPTY_DETAILS, fullName: profile.fullName, phone: profile.phone, email: profile.email };
  return scriptDetailsOf(application, profile);
}

/** The four texts generated from the details, worded as `saidOn` says. */
export function generateScripts(details: ScriptDetails, saidOn: SaidOn): Record<ScriptPart, string> {
  const email = buildEmail(details, saidOn);
  return {
    phone: buildPhoneScript(details, saidOn),
    voicemail: buildVoicemail(details, saidOn),
    emailSubject: email.subject,
    emailBody: email.body,
  };
}

/** Each part as shown: the user's edit when there is one (even an empty one), else the generated text. */
export function showScripts(details: ScriptDetails, edits: ApplicationScripts, saidOn: SaidOn): ShownScripts {
  const generated = generateScripts(details, saidOn);
  const show = (part: ScriptPart): ShownText => {
    const edit = edits[part];
    return { text: edit ?? generated[part], generated: generated[part], isEdited: edit !== undefined };
  };
  return {
    phone: show('phone'),
    voicemail: show('voicemail'),
    emailSubject: show('emailSubject'),
    emailBody: show('emailBody'),
  };
}

/** What to save when the user types `text` into a part: `null` (use the template) when it matches it again. */
export function editToSave(text: string, generated: string): string | null {
  return text === generated ? null : text;
}

/** The whole text of an output, as the checklist reads it: an email's subject and body together. */
export function fullTextOf(kind: ScriptKind, scripts: ShownScripts): string {
  return PARTS_OF[kind].map((part) => scripts[part].text).join('\n\n');
}

/**
 * The voicemail the script builder shows for the active application, worded as `saidOn`
 * says, with the details it was built from; `null` without an application. The practice
 * timer reads it, worded for today: it is read out now.
 */
export function currentVoicemail(
  profile: Profile,
  application: Application | null,
  saidOn: SaidOn,
): UserVoicemail | null {
  if (!application) return null;
  const details = detailsOf(profile, application);
  return { text: showScripts(details, application.scripts, saidOn).voicemail.text, details };
}
