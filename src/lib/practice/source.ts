/**
 * Which text the practice timer shows: the user's own voicemail when it is ready to
 * read (written, with no gap markers left), else the sample with made-up details.
 * Where the key facts end comes from the 10-second check on the user's details; when
 * they cannot all be found, nothing is marked and the whole message has to fit.
 */
import type { IsoDate } from '../dates';
import { samplePracticeSource as sample } from './sample-source';
import type { TextSource } from '../storage/schemas/practice';
import type { ScriptDetails } from '../script/details';
import { findGaps } from '../script/gaps';
import { checkKeyFactsTiming } from '../script/ten-second-check';

/** Why the user's own voicemail is not the one shown. */
export type SampleReason = 'no-voicemail' | 'has-gaps';

/** The text to practice, where its key facts end, and how to label it. */
export interface PracticeSource {
  text: string;
  /** End of the key facts, for timing: the text's end when they were not found. */
  keyFactsEndIndex: number;
  /** Whether the key facts were found (and so are marked). */
  isKeyFactsFound: boolean;
  source: TextSource;
  label: string;
  /** Set when the sample is shown: why the user's own voicemail is not. */
  sampleReason: SampleReason | null;
  /** The details the voicemail was built from (what the speech check listens for); `null` for the sample. */
  details: ScriptDetails | null;
}

/** The user's voicemail as the script builder shows it, with the details it was built from. */
export interface UserVoicemail {
  text: string;
  details: ScriptDetails;
}

/** "Your voicemail for Office Coordinator at Acme". */
function labelOf(details: ScriptDetails): string {
  const job = details.jobTitle.trim();
  const company = details.company.trim();
  return `Your voicemail${job ? ` for ${job}` : ''}${company ? ` at ${company}` : ''}`;
}

/** The text to practice: `voicemail` when there is one without gaps, else the sample. */
export function choosePracticeText(
  voicemail: UserVoicemail | null,
  today: IsoDate,
  wordsPerMinute: number,
  targetSeconds: number,
): PracticeSource {
  if (!voicemail || voicemail.text.trim() === '') return sample('no-voicemail');
  if (findGaps(voicemail.text).length > 0) return sample('has-gaps');
  const { text, details } = voicemail;
  const { keyFactsEndIndex } = checkKeyFactsTiming(text, details, today, wordsPerMinute, targetSeconds);
  return {
    text,
    keyFactsEndIndex: keyFactsEndIndex ?? text.length,
    isKeyFactsFound: keyFactsEndIndex !== null,
    source: 'voicemail',
    label: labelOf(details),
    sampleReason: null,
    details,
  };
}
