/**
 * The 10-second check: are the name, the job and the interview day all said before the
 * listener's attention goes? The course asks for them within about ten seconds.
 *
 * Works on the voicemail as it stands (edited or not) at the user's pace.
 *
 * The key facts end where the sentence saying the last of them ends ("…for the Junior
 * Accountant position at Acme Ltd."), never mid-phrase: the script builder shades them
 * to there and the practice timer marks the same part.
 */
import type { IsoDate } from '../dates';
import { type ChecklistId, checkScript } from './checklist';
import type { ScriptDetails } from './details';
import { sentenceParts } from '../practice/text-parts';
import { DEFAULT_WORDS_PER_MINUTE, charIndexAtSeconds, secondsUntil } from '../speech-timing';

/** The key facts that must come first, by checklist id. */
export type KeyFact = Extract<ChecklistId, 'fullName' | 'job' | 'interviewDay'>;

/** The key facts, in the order a caller says them. */
export const KEY_FACTS: readonly KeyFact[] = ['fullName', 'job', 'interviewDay'];

/** The course's target: what they need to place you, within about ten seconds. */
export const KEY_FACTS_TARGET_SECONDS = 10;

/** Where the target time falls in a voicemail and whether the key facts come before it. */
export interface KeyFactsTiming {
  /** Index in the text reached at the target time; the text's length when all of it fits. */
  markIndex: number;
  /** Where the key facts end (the end of the sentence saying the last); `null` when any is not in the text. */
  keyFactsEndIndex: number | null;
  /** Seconds to say the text up to the end of the key facts; `null` when any is absent. */
  keyFactsSeconds: number | null;
  /** Whether all key facts are said within the target time. */
  fits: boolean;
  /** Key facts absent from the text or said only after the mark, in speaking order. */
  missingBeforeMark: KeyFact[];
}

/** The end of the key facts: the end of the sentence (or line) in which the last of them ends. */
export function keyFactsEnd(text: string, lastFactEnd: number): number {
  const sentence = sentenceParts(text).find((part) => part.start < lastFactEnd && lastFactEnd <= part.end);
  return sentence ? Math.max(sentence.end, lastFactEnd) : lastFactEnd;
}

// Float slack so a fact ending exactly on the mark counts as said in time.
const EPSILON = 1e-9;

/** Where `targetSeconds` falls in the voicemail at this pace, and which key facts miss it. */
export function checkKeyFactsTiming(
  voicemailText: string,
  details: ScriptDetails,
  today: IsoDate,
  wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE,
  targetSeconds: number = KEY_FACTS_TARGET_SECONDS,
): KeyFactsTiming {
  const items = checkScript('voicemail', voicemailText, details, today);
  const ends = KEY_FACTS.map((id) => items.find((i) => i.id === id)?.endIndex ?? null);
  const saidInTime = (end: number | null) =>
    end !== null && secondsUntil(voicemailText, end, wordsPerMinute) <= targetSeconds + EPSILON;
  const missingBeforeMark = KEY_FACTS.filter((_, index) => !saidInTime(ends[index] ?? null));
  const found = ends.filter((end) => end !== null);
  const keyFactsEndIndex =
    found.length === KEY_FACTS.length ? keyFactsEnd(voicemailText, Math.max(...found)) : null;
  return {
    markIndex: charIndexAtSeconds(voicemailText, targetSeconds, wordsPerMinute),
    keyFactsEndIndex,
    keyFactsSeconds:
      keyFactsEndIndex === null ? null : secondsUntil(voicemailText, keyFactsEndIndex, wordsPerMinute),
    fits: missingBeforeMark.length === 0,
    missingBeforeMark,
  };
}
