/**
 * The speech check's sentences: each fact "heard at 3.2 s" or "not heard", whether the
 * name, job and day came within the target, and the fillers. Seconds as the clock shows them.
 */
import { formatSeconds } from '../messages';
import type { FactHeard, SpeechReport } from './report';

/** "heard at 3.2 s" or "not heard". */
export function heardLabel(fact: Pick<FactHeard, 'seconds'>): string {
  return fact.seconds === null ? 'not heard' : `heard at ${formatSeconds(fact.seconds)}`;
}

/** "2 filler words (“um”, “like”…)" or "No filler words heard." */
export function fillerSentence(count: number): string {
  if (count === 0) return 'No filler words heard.';
  return `${count} filler ${count === 1 ? 'word' : 'words'} heard (such as “um”, “uh” or “you know”).`;
}

/** Whether the name, job and day were all heard within the target, as a sentence. */
export function inTimeSentence(
  report: Pick<SpeechReport, 'allInTime' | 'inTime'>,
  targetSeconds: number,
): string {
  return report.allInTime
    ? `Your name, the job and the interview day were all heard within ${targetSeconds} seconds.`
    : `${report.inTime} of your name, the job and the interview day ${report.inTime === 1 ? 'was' : 'were'} heard within ${targetSeconds} seconds.`;
}

/** The check's result in two sentences, for the status region. */
export function speechSummary(report: SpeechReport, targetSeconds: number): string {
  return `What you said: ${inTimeSentence(report, targetSeconds)} ${fillerSentence(report.fillers)}`;
}

/** The sentence when nothing at all was heard. */
export const NOTHING_HEARD = 'Nothing was heard. Check that the right microphone is on, then try again.';
