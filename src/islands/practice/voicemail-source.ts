/**
 * The user's own voicemail as the practice timer shows it: the script builder's code
 * (texts, checklist, 10-second check), loaded only when an interview is saved.
 */
import type { IsoDate } from '../../lib/dates';
import { choosePracticeText, type PracticeSource } from '../../lib/practice/source';
import { currentVoicemail } from '../../lib/script/view';
import type { Application } from '../../lib/storage/schemas/application';
import type { Profile } from '../../lib/storage/schemas/profile';

/** The text to practice for this profile and interview, as of `today`. */
export function voicemailSource(
  profile: Profile,
  application: Application,
  today: IsoDate,
  wordsPerMinute: number,
  targetSeconds: number,
): PracticeSource {
  return choosePracticeText(
    currentVoicemail(profile, application, today),
    today,
    wordsPerMinute,
    targetSeconds,
  );
}
