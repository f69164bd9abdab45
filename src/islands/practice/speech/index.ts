/**
 * The speech check's code, loaded only when its checkbox is switched on: the on-device
 * recogniser, matching what was heard against the key facts, and the "What you said" view.
 */
import { localToday } from '../../../lib/dates';
import type { ScriptDetails } from '../../../lib/script/details';
import { listenTargets, SAMPLE_TARGETS } from '../../../lib/practice/speech/listen-targets';
import { speechSummary } from '../../../lib/practice/speech/messages';
import { checkSpeech, storedCheck, type SpeechReport } from '../../../lib/practice/speech/report';
import type { SpeechCheckResult } from '../../../lib/storage/schemas/practice';
import type { TimedWord } from '../../../lib/practice/speech/transcript';

export { checkOnDevice, installOnDevice, listenOnDevice, type Listening } from './recognizer';
export { default as SpeechResult } from './SpeechResult';
export { DOWNLOAD_NOTE, SPEECH_PROBLEM_MESSAGES } from '../../../lib/practice/speech/availability';

/** The check of one run: what was heard against the facts of the text read (`null`: the sample). */
export function reportOf(
  words: readonly TimedWord[],
  details: ScriptDetails | null,
  targetSeconds: number,
): { report: SpeechReport; sentence: string; stored: (keepTranscript: boolean) => SpeechCheckResult } {
  const targets = details ? listenTargets(details, localToday()) : SAMPLE_TARGETS;
  const report = checkSpeech(words, targets, targetSeconds);
  return {
    report,
    sentence: speechSummary(report, targetSeconds),
    stored: (keepTranscript) => storedCheck(report, keepTranscript),
  };
}
