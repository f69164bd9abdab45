/**
 * The course's checklist, checked against a text as it stands, edits and all.
 *
 * Each item is ticked only when the detail is filled in AND the text says it, so a
 * gap marker or a deleted sentence leaves it unticked. When the detail itself is
 * empty the item names the field to fill; when only the text lacks it, there is no
 * field to point at (the fix is in the text, or "Reset to generated").
 */
import { interviewDayPhrases, type SaidOn } from './interview-day';
import { digitsOf } from '../phone-number';
import { type DetailField, type ScriptDetails, cleanDetails } from './details';
import { type TextRange, findDigits, findFirstPhrase, findPattern, findPhrase } from './text-match';

/** Which of the three texts is checked. */
export type ScriptKind = 'phone' | 'voicemail' | 'email';

/** A checklist item's id. */
export type ChecklistId = 'fullName' | 'job' | 'interviewDay' | 'thanks' | 'callBack' | 'phone' | 'signature';

/** One line of the checklist beside a text. */
export interface ChecklistItem {
  id: ChecklistId;
  label: string;
  present: boolean;
  /** The empty field to fill for this item, when filling it in is the fix. */
  field?: DetailField;
  /** Where in the text the item's first occurrence ends, when present. */
  endIndex?: number;
}

/** The labels the checklist shows, in the course's words. */
export const CHECKLIST_LABELS: Readonly<Record<ChecklistId, string>> = {
  fullName: 'Your full name',
  job: 'The job you interviewed for',
  interviewDay: 'The day you interviewed',
  thanks: 'A thank-you',
  callBack: 'An invitation to call back with questions',
  phone: 'Your phone number',
  signature: 'A signature with your email or phone number',
};

const THANKS = /(?<![\p{L}])(?:thank|grateful|appreciat)/iu;
// Asking them to get in touch, or offering to answer their questions.
const CALL_BACK =
  /(?<![\p{L}])(?:call (?:me )?back|call me|give me a (?:call|ring)|reach me|reach out|contact me|get in touch|get back to me|reply|any (?:other |further |more )?questions|questions for me)(?![\p{L}])/iu;

/** A checklist item from what was found, pointing at `field` only when that field is empty. */
function item(
  id: ChecklistId,
  found: TextRange | null,
  field: DetailField | undefined,
  isEmpty: boolean,
): ChecklistItem {
  const result: ChecklistItem = { id, label: CHECKLIST_LABELS[id], present: !isEmpty && found !== null };
  if (isEmpty && field) result.field = field;
  if (result.present && found) result.endIndex = found.end;
  return result;
}

/**
 * The checklist for a text: name, job, interview day, thanks, an invitation to call back,
 * and the phone number (for an email, a signature with the email address or phone).
 */
export function checkScript(
  kind: ScriptKind,
  text: string,
  details: ScriptDetails,
  saidOn: SaidOn,
): ChecklistItem[] {
  const d = cleanDetails(details);
  const phoneDigits = digitsOf(d.phone);
  const items = [
    item('fullName', findPhrase(text, d.fullName), 'fullName', d.fullName === ''),
    item('job', findPhrase(text, d.jobTitle), 'jobTitle', d.jobTitle === ''),
    item(
      'interviewDay',
      d.interviewDate === '' ? null : findFirstPhrase(text, interviewDayPhrases(d.interviewDate, saidOn)),
      'interviewDate',
      d.interviewDate === '',
    ),
    item('thanks', findPattern(text, THANKS), undefined, false),
    item('callBack', findPattern(text, CALL_BACK), undefined, false),
  ];
  if (kind !== 'email')
    return [...items, item('phone', findDigits(text, phoneDigits), 'phone', phoneDigits === '')];
  const contacts = [findPhrase(text, d.email), findDigits(text, phoneDigits)].filter((r) => r !== null);
  const signature = contacts.sort((a, b) => a.start - b.start)[0] ?? null;
  // Either contact signs the email; with neither typed in, the email field is the one to add.
  return [...items, item('signature', signature, 'email', d.email === '' && phoneDigits === '')];
}
